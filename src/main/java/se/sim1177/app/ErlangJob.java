package se.sim1177.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.sim1177.analytic.ErlangA;
import se.sim1177.analytic.ErlangC;
import se.sim1177.analytic.ErlangLimitException;
import se.sim1177.analytic.ErlangLimits;
import se.sim1177.scenario.Durations;

/**
 * {@code sim1177 erlang}: Erlang C (no abandonment) or Erlang A (exponential patience) figures for
 * one stationary interval, one row per staffing level, from 1 to {@link ErlangLimits#MOST_AGENTS}
 * nurses. Every row is computed before any is printed, so input beyond the Erlang computations'
 * limits is refused (exit 2) with the option that caused it, never half a table.
 */
public final class ErlangJob {
  /** Rows of the default range: the load's nurses and ten more (three fewer with patience). */
  private static final int DEFAULT_ROWS = 11;

  private ErlangJob() {}

  public static void run(ErlangOptions options, PrintStream out) throws UsageException {
    double callsPerHour = options.callsPerHour();
    double handleSeconds = options.handleSeconds();
    Double patienceSeconds = options.patienceSeconds();
    double withinSeconds = options.withinSeconds();
    if (!(callsPerHour > 0) || Double.isInfinite(callsPerHour)) {
      throw new UsageException(options.shown("--calls-per-hour", String.valueOf(callsPerHour)) + ": must be a positive number");
    }
    double lambda = callsPerHour / 3600;
    double load = lambda * handleSeconds;
    boolean erlangA = patienceSeconds != null;
    int[] range = options.nurses() == null ? defaultRange(options, load, erlangA) : range(options.nurses());
    if (range == null) {
      throw new UsageException("--nurses " + options.nurses() + ": must be a whole number like 12 or a range like 10..16 (from 1 up to "
          + ErlangLimits.MOST_AGENTS + ")");
    }
    List<String> rows = new ArrayList<>();
    for (int c = range[0]; c <= range[1]; c++) {
      rows.add(erlangA ? erlangARow(options, lambda, c) : erlangCRow(lambda, handleSeconds, withinSeconds, load, c));
    }
    out.printf(Locale.ROOT, "%s: %.1f calls/hour, mean handling %.1f min, offered load %.2f erlangs%s%n",
        erlangA ? "Erlang A (M/M/c+M)" : "Erlang C (M/M/c)", callsPerHour, handleSeconds / 60, load,
        erlangA ? String.format(Locale.ROOT, ", mean patience %.1f min", patienceSeconds / 60) : "");
    String within = Durations.format(withinSeconds);
    out.printf(Locale.ROOT, "%7s %10s %8s %12s %21s %16s %16s%n", "nurses", "occupancy", "P(wait)",
        "answer_rate", "mean_wait_answered_s", "mean_wait_all_s", "service_level(" + within + ")");
    rows.forEach(out::println);
  }

  private static String erlangARow(ErlangOptions options, double lambda, int c) throws UsageException {
    try {
      ErlangA.Figures f = new ErlangA(lambda, options.handleSeconds(), c, options.patienceSeconds()).figures(options.withinSeconds());
      return row(c, f.occupancy(), f.probabilityOfWaiting(), f.answerRate(), f.meanWaitAnsweredSeconds(), f.meanWaitAllSeconds(),
          f.serviceLevel());
    } catch (ErlangLimitException e) {
      throw new UsageException(switch (e.limit()) {
        case STATES -> options.shown("--patience", Durations.format(options.patienceSeconds())) + ": " + e.getMessage()
            + "; give a shorter --patience, fewer --calls-per-hour or more --nurses (up to " + ErlangLimits.MOST_AGENTS + ")";
        case SERVICE_LEVEL_TERMS -> options.shown("--within", Durations.format(options.withinSeconds())) + ": " + e.getMessage()
            + "; give a shorter --within";
        // The nurses are checked against the same limit before any row is computed.
        case AGENTS -> "--nurses: " + e.getMessage();
      });
    }
  }

  private static String erlangCRow(double lambda, double handleSeconds, double withinSeconds, double load, int c) {
    if (load >= c) {
      return String.format(Locale.ROOT, "%7d %10s   overloaded: the queue grows without bound (add --patience for Erlang A)", c, ">= 1");
    }
    ErlangC q = new ErlangC(lambda, handleSeconds, c);
    return row(c, q.occupancy(), q.probabilityOfWaiting(), 1, q.meanWaitSeconds(), q.meanWaitSeconds(), q.serviceLevel(withinSeconds));
  }

  private static String row(int c, double occupancy, double pWait, double answered, double asa, double waitAll, double sl) {
    return String.format(Locale.ROOT, "%7d %10.3f %8.3f %12.3f %21.1f %16.1f %16.3f", c, occupancy, pWait, answered, asa, waitAll, sl);
  }

  /**
   * Eleven levels from the load's whole erlangs (three fewer with patience, where fewer nurses
   * than the load still answer most calls), cut at {@link ErlangLimits#MOST_AGENTS}.
   */
  private static int[] defaultRange(ErlangOptions options, double load, boolean erlangA) throws UsageException {
    double from = Math.max(1, Math.floor(load) - (erlangA ? 3 : 0));
    if (from > ErlangLimits.MOST_AGENTS) {
      throw new UsageException(String.format(Locale.ROOT, "%s with %s: an offered load of %,.0f erlangs (calls an hour × hours of"
          + " handling) needs more than the %,d nurses the table shows; the load may be at most %,d erlangs: give fewer"
          + " --calls-per-hour or a shorter --aht, or a --nurses range up to %d", options.shown("--calls-per-hour",
              String.valueOf(options.callsPerHour())), options.shown("--aht", Durations.format(options.handleSeconds())), load,
          ErlangLimits.MOST_AGENTS, ErlangLimits.MOST_AGENTS, ErlangLimits.MOST_AGENTS));
    }
    int first = (int) from;
    return new int[] {first, Math.min(ErlangLimits.MOST_AGENTS, first + DEFAULT_ROWS - 1)};
  }

  private static int[] range(String nurses) {
    String[] parts = nurses.trim().split("\\.\\.", -1);
    try {
      int from = Integer.parseInt(parts[0].trim());
      int to = parts.length == 2 ? Integer.parseInt(parts[1].trim()) : from;
      if (parts.length > 2 || from < 1 || to < from || to > ErlangLimits.MOST_AGENTS) {
        return null;
      }
      return new int[] {from, to};
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
