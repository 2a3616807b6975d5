package se.sim1177.cli;

import java.io.PrintStream;
import java.util.List;
import se.sim1177.scenario.ScenarioException;
import se.sim1177.scenario.ScenarioProblem;

/**
 * Prints problems the way every command reports them: one {@code error:} line each, at most
 * {@link #MAX_SHOWN} of them, then how many there were.
 */
final class Problems {
  /**
   * Most problems printed. A file can hold tens of thousands of one mistake (an alias used on every
   * line); a screenful names the kind and where it starts, and the count says how far it goes.
   */
  static final int MAX_SHOWN = 20;

  private Problems() {}

  static void report(ScenarioException e, PrintStream err) {
    List<String> lines = e.problems().stream().map(ScenarioProblem::toString).toList();
    printFirst(lines, err);
    err.println(count(lines.size()));
  }

  /** A usage error's problems; the count only when some were left out, as a usage error is rarely more than one. */
  static void reportUsage(List<String> problems, PrintStream err) {
    printFirst(problems, err);
    if (problems.size() > MAX_SHOWN) {
      err.println(count(problems.size()));
    }
  }

  private static void printFirst(List<String> problems, PrintStream err) {
    problems.stream().limit(MAX_SHOWN).forEach(p -> err.println("error: " + p));
  }

  /** {@code "3 problems; nothing was run or written."}, saying how many are not shown when some are not. */
  static String count(int problems) {
    if (problems == 1) {
      return "1 problem; nothing was run or written.";
    }
    int rest = problems - MAX_SHOWN;
    String notShown = rest <= 0 ? "" : "; the first " + MAX_SHOWN + " are shown, " + rest + " more " + (rest == 1 ? "is" : "are") + " not";
    return problems + " problems" + notShown + "; nothing was run or written.";
  }
}
