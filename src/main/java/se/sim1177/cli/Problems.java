package se.sim1177.cli;

import java.io.PrintStream;
import se.sim1177.scenario.ScenarioException;
import se.sim1177.scenario.ScenarioProblem;

/** Prints scenario problems the way every command reports them. */
final class Problems {
  private Problems() {}

  static void report(ScenarioException e, PrintStream err) {
    int n = e.problems().size();
    for (ScenarioProblem p : e.problems()) {
      err.println("error: " + p);
    }
    err.println(n == 1 ? "1 problem; nothing was run or written." : n + " problems; nothing was run or written.");
  }
}
