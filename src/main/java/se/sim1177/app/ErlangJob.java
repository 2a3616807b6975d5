package se.sim1177.app;

import java.io.PrintStream;
import java.util.Locale;
import se.sim1177.analytic.ErlangA;
import se.sim1177.analytic.ErlangC;

/**
 * {@code sim1177 erlang}: Erlang C (no abandonment) or Erlang A (exponential patience) figures for
 * one stationary interval, one row per staffing level.
 */
public final class ErlangJob {
  private ErlangJob() {}

  public static void run(ErlangOptions options, PrintStream out) throws UsageException {
    double callsPerHour = options.callsPerHour();
    double handleSeconds = options.handleSeconds();
    Double patienceSeconds = options.patienceSeconds();
    double withinSeconds = options.withinSeconds();
    if (!(callsPerHour > 0) || Double.isInfinite(callsPerHour)) {
      throw new UsageException("--calls-per-hour " + callsPerHour + ": must be a positive number");
    }
    double lambda = callsPerHour / 3600;
    double load = lambda * handleSeconds;
    boolean erlangA = patienceSeconds != null;
    int[] range = range(options.nurses(), load, erlangA);
    if (range == null) {
      throw new UsageException("--nurses " + options.nurses() + ": must be a whole number like 12 or a range like 10..16 (from 1 up to 10000)");
    }
    out.printf(Locale.ROOT, "%s: %.1f calls/hour, mean handling %.1f min, offered load %.2f erlangs%s%n",
        erlangA ? "Erlang A (M/M/c+M)" : "Erlang C (M/M/c)", callsPerHour, handleSeconds / 60, load,
        erlangA ? String.format(Locale.ROOT, ", mean patience %.1f min", patienceSeconds / 60) : "");
    String within = se.sim1177.scenario.Durations.format(withinSeconds);
    out.printf(Locale.ROOT, "%7s %10s %8s %12s %21s %16s %16s%n", "nurses", "occupancy", "P(wait)",
        "answer_rate", "mean_wait_answered_s", "mean_wait_all_s", "service_level(" + within + ")");
    for (int c = range[0]; c <= range[1]; c++) {
      if (erlangA) {
        ErlangA.Figures f = new ErlangA(lambda, handleSeconds, c, patienceSeconds).figures(withinSeconds);
        row(out, c, f.occupancy(), f.probabilityOfWaiting(), f.answerRate(), f.meanWaitAnsweredSeconds(), f.meanWaitAllSeconds(), f.serviceLevel());
      } else if (load < c) {
        ErlangC q = new ErlangC(lambda, handleSeconds, c);
        row(out, c, q.occupancy(), q.probabilityOfWaiting(), 1, q.meanWaitSeconds(), q.meanWaitSeconds(), q.serviceLevel(withinSeconds));
      } else {
        out.printf(Locale.ROOT, "%7d %10s   overloaded: the queue grows without bound (add --patience for Erlang A)%n", c, ">= 1");
      }
    }
  }

  private static void row(PrintStream out, int c, double occupancy, double pWait, double answered, double asa, double waitAll, double sl) {
    out.printf(Locale.ROOT, "%7d %10.3f %8.3f %12.3f %21.1f %16.1f %16.3f%n", c, occupancy, pWait, answered, asa, waitAll, sl);
  }

  private static int[] range(String nurses, double load, boolean erlangA) {
    if (nurses == null) {
      int from = Math.max(1, (int) Math.floor(load) - (erlangA ? 3 : 0));
      return new int[] {from, from + 10};
    }
    String[] parts = nurses.trim().split("\\.\\.", -1);
    try {
      int from = Integer.parseInt(parts[0].trim());
      int to = parts.length == 2 ? Integer.parseInt(parts[1].trim()) : from;
      if (parts.length > 2 || from < 1 || to < from || to > 10_000) {
        return null;
      }
      return new int[] {from, to};
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
