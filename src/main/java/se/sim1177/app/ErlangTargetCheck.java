package se.sim1177.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import se.sim1177.analytic.ErlangLimits;
import se.sim1177.scenario.Durations;

/**
 * The calculator question of {@code sim1177 erlang}: which rows meet every {@link ErlangTargets
 * target} (a {@value #COLUMN} column), and, after the table, the fewest nurses on the phone that do
 * and the positions to schedule for them after shrinkage. Also refuses targets no staffing could
 * mean, naming the option as typed.
 */
final class ErlangTargetCheck {
  /** The column each row's verdict is printed under. */
  static final String COLUMN = "meets_targets";

  private ErlangTargetCheck() {}

  /** Refuses (exit 2) a share outside 0–100 %, a wait that is not positive, and shrinkage of 100 % or more. */
  static void validate(ErlangOptions options) throws UsageException {
    ErlangTargets t = options.targets();
    List<String> problems = new ArrayList<>();
    share(options, "--target-service-level", t.serviceLevel(), false, problems);
    share(options, "--target-answer-rate", t.answerRate(), false, problems);
    share(options, "--max-occupancy", t.maxOccupancy(), true, problems);
    share(options, "--shrinkage", t.shrinkage(), false, problems);
    if (t.meanWaitSeconds() != null && !(t.meanWaitSeconds() > 0 && t.meanWaitSeconds() < Double.POSITIVE_INFINITY)) {
      problems.add(options.shown("--target-mean-wait", String.valueOf(t.meanWaitSeconds()))
          + ": must be a positive duration like 30s or 2m");
    }
    if (t.shrinkage() != null && t.shrinkage() >= 1) {
      problems.add(options.shown("--shrinkage", Shares.percent(t.shrinkage()))
          + ": must be below 100% (the share of paid time not on the phone, like 30% or 0.3); at 100% no one is ever on the phone");
    }
    if (t.shrinkage() != null && !t.any()) {
      problems.add(options.shown("--shrinkage", Shares.percent(t.shrinkage()))
          + ": turns the nurses a target needs into scheduled positions; give a target too (--target-service-level,"
          + " --target-answer-rate, --target-mean-wait or --max-occupancy)");
    }
    if (!problems.isEmpty()) {
      throw new UsageException(problems);
    }
  }

  private static void share(ErlangOptions options, String option, Double value, boolean positive, List<String> problems) {
    if (value != null && !(value >= 0 && value <= 1 && (!positive || value > 0))) {
      problems.add(options.shown(option, String.valueOf(value)) + ": must be a share " + (positive ? "above 0%" : "from 0%")
          + " up to 100%, written like 80% or 0.8");
    }
  }

  /** The row as always, then whether it meets every target. */
  static String markedRow(ErlangTargets targets, StaffingLevel level) {
    return level.row() + (level.overloaded() ? "" : String.format(Locale.ROOT, " %13s", targets.met(level) ? "yes" : "no"));
  }

  /**
   * The lines after the table: when no row shown meets every target, which target the most nurses
   * shown still miss; then the fewest nurses meeting them all, from {@code fewest}, with where they
   * lie against the rows shown and the positions to schedule.
   */
  static List<String> summary(ErlangOptions options, List<StaffingLevel> shown, OptionalInt fewest) {
    ErlangTargets targets = options.targets();
    List<String> lines = new ArrayList<>();
    lines.add("targets: " + describe(options));
    int from = shown.get(0).nurses();
    StaffingLevel last = shown.get(shown.size() - 1);
    String range = from == last.nurses() ? String.valueOf(from) : from + ".." + last.nurses();
    if (shown.stream().noneMatch(targets::met)) {
      lines.add(String.format(Locale.ROOT, "no row shown meets every target: at %d nurses, %s; %s", last.nurses(),
          String.join(", ", targets.missed(last)), fewest.isPresent()
              ? "give a larger range, like --nurses " + last.nurses() + ".." + fewest.getAsInt()
              : String.format(Locale.ROOT, "nor does any staffing up to %,d nurses: loosen a target", ErlangLimits.MOST_AGENTS)));
    }
    if (fewest.isEmpty()) {
      return lines;
    }
    int n = fewest.getAsInt();
    String where = n < from ? " (below the rows shown, " + range + ")" : n > last.nurses() ? " (outside the rows shown, " + range + ")" : "";
    String shrinkage = targets.shrinkage() == null ? "with no --shrinkage, " + n + " scheduled"
        : "with " + Shares.percent(targets.shrinkage()) + " shrinkage, " + targets.scheduled(n) + " scheduled";
    lines.add("fewest nurses meeting every target: " + n + " on the phone" + where + "; " + shrinkage);
    return lines;
  }

  /** The targets in words, for the summary's first line. */
  private static String describe(ErlangOptions options) {
    ErlangTargets t = options.targets();
    List<String> parts = new ArrayList<>();
    if (t.serviceLevel() != null) {
      parts.add(Shares.percent(t.serviceLevel()) + " answered within " + Durations.format(options.withinSeconds()));
    }
    if (t.answerRate() != null) {
      parts.add("answer rate at least " + Shares.percent(t.answerRate()));
    }
    if (t.meanWaitSeconds() != null) {
      parts.add("mean wait of answered calls at most " + Durations.format(t.meanWaitSeconds()));
    }
    if (t.maxOccupancy() != null) {
      parts.add("occupancy at most " + Shares.percent(t.maxOccupancy()));
    }
    return String.join(", ", parts);
  }
}
