package se.sim1177.app;

import java.io.PrintStream;
import java.util.function.IntConsumer;

/** Progress of replications on an interactive terminal; silent when output is redirected. */
final class Progress {
  private Progress() {}

  static IntConsumer onConsole(PrintStream err, int total) {
    if (System.console() == null) {
      return null;
    }
    long start = System.nanoTime();
    return done -> {
      double seconds = (System.nanoTime() - start) / 1e9;
      if (seconds > 1 || done == total) {
        err.print("\rreplications " + done + "/" + total + (done == total ? "\r" + " ".repeat(30) + "\r" : ""));
        err.flush();
      }
    };
  }
}
