package se.sim1177.app;

import java.util.OptionalInt;
import se.sim1177.analytic.ErlangLimitException;
import se.sim1177.analytic.ErlangLimits;

/**
 * The fewest nurses on the phone that meet every {@link ErlangTargets target} of one interval,
 * from 1 up to {@link ErlangLimits#MOST_AGENTS}, whatever rows the table shows. Each target gets
 * no worse with another nurse (service level, answer rate and mean wait improve, occupancy falls),
 * so meeting them all is monotone in the nurses: the search gallops up from the first level that
 * can carry the load (1, 2, 4, ... nurses further) and then bisects, a few dozen levels at most.
 */
final class FewestNurses {
  private FewestNurses() {}

  /**
   * @return the fewest nurses meeting every target, or empty when not even {@link
   *     ErlangLimits#MOST_AGENTS} do
   * @throws UsageException when Erlang A's service level would take more work than its limit
   */
  static OptionalInt meeting(ErlangOptions options, ErlangTargets targets) throws UsageException {
    double load = options.callsPerHour() / 3600 * options.handleSeconds();
    // Erlang C: fewer nurses than the load are overloaded; Erlang A may meet a loose target below it.
    long first = options.patienceSeconds() == null ? (long) Math.floor(load) + 1 : 1;
    if (first > ErlangLimits.MOST_AGENTS) {
      return OptionalInt.empty();
    }
    int failing = (int) first - 1; // the most nurses known not to meet the targets (0: none tried)
    int step = 1;
    while (true) {
      int tried = (int) Math.min(ErlangLimits.MOST_AGENTS, (long) failing + step);
      if (meets(options, targets, tried)) {
        return OptionalInt.of(bisect(options, targets, failing, tried));
      }
      if (tried == ErlangLimits.MOST_AGENTS) {
        return OptionalInt.empty();
      }
      failing = tried;
      step *= 2;
    }
  }

  /** The fewest nurses above {@code failing} meeting the targets, knowing {@code meeting} does. */
  private static int bisect(ErlangOptions options, ErlangTargets targets, int failing, int meeting) throws UsageException {
    while (meeting - failing > 1) {
      int middle = failing + (meeting - failing) / 2;
      if (meets(options, targets, middle)) {
        meeting = middle;
      } else {
        failing = middle;
      }
    }
    return meeting;
  }

  private static boolean meets(ErlangOptions options, ErlangTargets targets, int nurses) throws UsageException {
    try {
      return targets.met(StaffingLevel.computed(options, nurses, targets.serviceLevel() != null));
    } catch (ErlangLimitException e) {
      if (e.limit() == ErlangLimitException.Limit.STATES) {
        // So few nurses that over 100,000 callers wait at once: that meets no target.
        return false;
      }
      throw StaffingLevel.refusal(options, e);
    }
  }
}
