package se.sim1177.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.sim1177.analytic.ErlangLimits;
import se.sim1177.scenario.Durations;

/**
 * {@code sim1177 erlang}: Erlang C (no abandonment) or Erlang A (exponential patience) figures for
 * one stationary interval, one row per staffing level, from 1 to {@link ErlangLimits#MOST_AGENTS}
 * nurses. Every row is computed before any is printed, so input beyond the Erlang computations'
 * limits is refused (exit 2) with the option that caused it, never half a table. With {@link
 * ErlangTargets targets} each row says whether it meets them all, and {@link ErlangTargetCheck} adds the
 * fewest nurses that do, on the phone and scheduled.
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
    ErlangTargets targets = options.targets();
    ErlangTargetCheck.validate(options);
    List<StaffingLevel> levels = new ArrayList<>();
    for (int c = range[0]; c <= range[1]; c++) {
      levels.add(StaffingLevel.at(options, c, true));
    }
    List<String> summary = targets.any() ? ErlangTargetCheck.summary(options, levels, FewestNurses.meeting(options, targets)) : List.of();
    out.printf(Locale.ROOT, "%s: %.1f calls/hour, mean handling %.1f min, offered load %.2f erlangs%s%n",
        erlangA ? "Erlang A (M/M/c+M)" : "Erlang C (M/M/c)", callsPerHour, handleSeconds / 60, load,
        erlangA ? String.format(Locale.ROOT, ", mean patience %.1f min", patienceSeconds / 60) : "");
    String within = Durations.format(withinSeconds);
    out.printf(Locale.ROOT, "%7s %10s %8s %12s %21s %16s %16s%s%n", "nurses", "occupancy", "P(wait)",
        "answer_rate", "mean_wait_answered_s", "mean_wait_all_s", "service_level(" + within + ")",
        targets.any() ? String.format(Locale.ROOT, " %13s", ErlangTargetCheck.COLUMN) : "");
    for (StaffingLevel level : levels) {
      out.println(targets.any() ? ErlangTargetCheck.markedRow(targets, level) : level.row());
    }
    summary.forEach(out::println);
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
