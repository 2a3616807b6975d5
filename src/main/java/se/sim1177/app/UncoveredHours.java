package se.sim1177.app;

import java.util.ArrayList;
import java.util.List;
import se.sim1177.analytic.OfferedLoad;

/**
 * The hours of the week that are offered calls while no phone nurse is on duty, in words and
 * joined into runs: "Sat 07:00-08:00, Sun 07:00-08:00", "Mon-Fri 22:00-07:00" style runs are not
 * merged across days, so each day's gap reads on its own ("Mon 00:00-02:00").
 */
final class UncoveredHours {
  /** Less planned load than this in an hour (erlangs) is no call worth naming. */
  private static final double SOME_LOAD = 0.01;
  /** Fewer nurses than this expected on duty is nobody. */
  private static final double NOBODY = 0.05;
  private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

  private UncoveredHours() {}

  /** The uncovered hours as runs within a day, "Sat 07:00-08:00, Sun 07:00-08:00"; null when there are none. */
  static String text(OfferedLoad load) {
    double[] erlangs = load.offeredErlangs();
    double[] nurses = load.nursesOnDuty();
    List<String> runs = new ArrayList<>();
    for (int day = 0; day < 7; day++) {
      int start = -1;
      for (int h = 0; h <= 24; h++) {
        int hour = day * 24 + h;
        boolean uncovered = h < 24 && erlangs[hour] > SOME_LOAD && nurses[hour] < NOBODY;
        if (uncovered && start < 0) {
          start = h;
        } else if (!uncovered && start >= 0) {
          runs.add(String.format(java.util.Locale.ROOT, "%s %02d:00-%02d:00", DAYS[day], start, h));
          start = -1;
        }
      }
    }
    return runs.isEmpty() ? null : String.join(", ", runs);
  }
}
