package se.sim1177.history;

import java.util.List;

/**
 * An export sim1177 cannot use: each problem names the file, the line, the column and the value as
 * written, and what is allowed. Nothing is written when one is thrown (exit code 2).
 */
public final class ExportException extends Exception {
  private static final long serialVersionUID = 1L;
  /** At most this many problems are listed; the rest are counted. */
  static final int SHOWN = 10;

  private final List<String> problems;

  public ExportException(List<String> problems) {
    super(String.join("; ", problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an export problem names at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public ExportException(String problem) {
    this(List.of(problem));
  }

  /** Every problem, one line each. */
  public List<String> problems() {
    return problems;
  }
}
