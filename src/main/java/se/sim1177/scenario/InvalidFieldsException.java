package se.sim1177.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by a scenario record's constructor when values are out of range, listing every problem
 * found so that the reader can point at each one in the user's file.
 */
public final class InvalidFieldsException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final transient List<FieldProblem> problems;

  public InvalidFieldsException(List<FieldProblem> problems) {
    super(problems.stream()
        .map(p -> p.key() + ": " + p.value() + " " + p.complaint())
        .collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
