package se.sim1177.app;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import se.sim1177.scenario.Scenario;

/**
 * How long simulating a scenario will take, judged from the scenario alone: the first contacts
 * (calls and chats, before redials) it will simulate, at the speed {@code sim1177 bench} measures
 * per thread. {@code check} prints it; {@code run}, {@code sweep}, {@code compare} and
 * {@code staff} print one line on stderr before work that will take longer than
 * {@value #LONG_SECONDS} seconds, so that a year × 10,000 replications does not look like a hang.
 */
final class WorkEstimate {
  /** Calls a core simulates in a second, as measured by sim1177 bench (docs/performance.md). */
  static final double CALLS_PER_CORE_SECOND = 2.5e6;
  /** Work estimated to take longer than this is announced before it starts. */
  static final double LONG_SECONDS = 10;

  private WorkEstimate() {}

  /** Expected first attempts by phone a week, before any move to the chat. */
  static double firstAttemptsPerWeek(Scenario s) {
    return s.arrivals().callsPerDay() * s.arrivals().weekdayFactors().stream().mapToDouble(Double::doubleValue).sum();
  }

  /** Expected first contacts (calls and chats, before redials) of one replication, warm-up days included. */
  static double contactsPerReplication(Scenario s) {
    double chats = s.chat().inUse() ? s.chat().adoption() * (1 + s.chat().inducedDemand()) : 0;
    return firstAttemptsPerWeek(s) * (1 + chats) * s.simulation().totalDays() / 7.0;
  }

  /** Seconds to simulate {@code contacts} on {@code threads} threads. */
  static double seconds(double contacts, int threads) {
    return contacts / CALLS_PER_CORE_SECOND / Math.max(1, threads);
  }

  /** Seconds to run all of {@code s}'s replications on {@code threads} (never more threads than replications). */
  static double runSeconds(Scenario s, int threads) {
    int replications = s.simulation().replications();
    return seconds(contactsPerReplication(s) * replications, Math.min(threads, replications));
  }

  /** {@code check}'s wording: "a second or less", "40 s", "25 min". */
  static String roughly(double seconds) {
    return seconds < 1 ? "a second or less" : seconds < 90 ? String.format(Locale.ROOT, "%.0f s", seconds)
        : String.format(Locale.ROOT, "%.0f min", seconds / 60);
  }

  /**
   * Prints "about 3 h 20 min of simulation on 2 threads (10,000 replications × 365 days); Ctrl-C
   * stops without writing anything" when {@code seconds} is above {@link #LONG_SECONDS}; nothing
   * otherwise, so that short runs print what they always printed.
   *
   * @param about "about", or "at most about" for a bound
   * @param work what will be simulated, for the parentheses
   */
  static void announceIfLong(PrintStream err, double seconds, String about, int threads, String work) {
    if (seconds > LONG_SECONDS) {
      err.printf(Locale.ROOT, "%s %s of simulation on %d thread%s (%s); Ctrl-C stops without writing anything%n", about,
          duration(seconds), threads, threads == 1 ? "" : "s", work);
    }
  }

  /** "40 s", "25 min", "3 h 20 min", "4 days 2 h". */
  static String duration(double seconds) {
    long minutes = Math.round(seconds / 60);
    if (seconds < 90) {
      return String.format(Locale.ROOT, "%.0f s", seconds);
    } else if (minutes < 90) {
      return minutes + " min";
    } else if (minutes < 48 * 60) {
      return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }
    long hours = Math.round(seconds / 3600);
    return String.format(Locale.ROOT, "%,d days", hours / 24) + (hours % 24 == 0 ? "" : " " + hours % 24 + " h");
  }

  /** "5 variants of 30 replications × 31 days", or "5 variants" when they differ in replications or days. */
  static String each(List<Scenario> all, String noun) {
    String first = replicationsAndDays(all.get(0));
    boolean alike = all.stream().allMatch(s -> replicationsAndDays(s).equals(first));
    return all.size() + " " + noun + (alike ? " of " + first : "");
  }

  /** "10,000 replications × 365 days" of {@code s}, warm-up days included. */
  static String replicationsAndDays(Scenario s) {
    int replications = s.simulation().replications();
    int days = s.simulation().totalDays();
    return String.format(Locale.ROOT, "%,d replication%s × %,d day%s", replications, replications == 1 ? "" : "s", days,
        days == 1 ? "" : "s");
  }
}
