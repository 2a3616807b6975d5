package se.sim1177.app;

import java.util.List;

/**
 * Bad input that is not in a scenario file (an option value, an output folder): exit code 2. It
 * may name several problems at once, each shown on a line of its own.
 */
public final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public UsageException(String message) {
    this(List.of(message));
  }

  /** Several problems found together, in the order they are shown. */
  public UsageException(List<String> problems) {
    super(String.join("; ", problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a usage error names at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** Every problem, one line each. */
  public List<String> problems() {
    return problems;
  }
}
