package se.sim1177.staffing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.sim1177.scenario.StaffGroup;

/**
 * What the search did to each staff group, in a manager's words: a group its roster leaves empty,
 * with why (a nurse there covers least of the groups it competes with), and a group whose weekly
 * nurse-hours changed by more than a quarter from today's roster.
 */
public final class GroupChanges {
  /** A change in a group's weekly nurse-hours beyond this share of today's is named. */
  static final double MUCH = 0.25;

  private GroupChanges() {}

  /**
   * The sentences for {@code chosen} against {@code today}, for the groups the search may change
   * ({@code templated}); a nurse's worth is the roster program's own ({@link PhoneDemand#phoneCoverage}).
   */
  public static List<String> sentences(Roster today, Roster chosen, boolean[] templated, PhoneDemand demand) {
    List<String> out = new ArrayList<>();
    List<StaffGroup> groups = chosen.groups();
    for (int g = 0; g < groups.size(); g++) {
      if (!templated[g]) {
        continue;
      }
      StaffGroup group = groups.get(g);
      double before = today.nurseHours(g);
      double after = chosen.nurseHours(g);
      if (after == 0) {
        out.add(emptied(group, groups, templated, g, before, demand));
      } else if (before > 0 && Math.abs(after - before) > MUCH * before) {
        out.add(String.format(Locale.ROOT, "%s: %.0f nurse-hours a week, against %.0f in today's roster (%+.0f %%).", group.name(),
            after, before, 100 * (after - before) / before));
      } else if (before == 0) {
        out.add(String.format(Locale.ROOT, "%s: %.0f nurse-hours a week; today's roster has none.", group.name(), after));
      }
    }
    return out;
  }

  private static String emptied(StaffGroup group, List<StaffGroup> groups, boolean[] templated, int g, double before,
      PhoneDemand demand) {
    if (!group.answers(se.sim1177.scenario.Channel.PHONE)) {
      return group.name() + ": no shifts" + (before > 0 ? String.format(Locale.ROOT, " (today %.0f nurse-hours a week)", before)
          : "") + "; it answers the chat only, and the blended nurses' time between calls covers the chat for less.";
    }
    StringBuilder others = new StringBuilder();
    boolean least = true;
    for (int o = 0; o < groups.size(); o++) {
      if (o == g || !templated[o] || !groups.get(o).answers(se.sim1177.scenario.Channel.PHONE)) {
        continue;
      }
      least &= demand.phoneCoverage(groups.get(o)) >= demand.phoneCoverage(group);
      others.append(others.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %.2f", groups.get(o).name(),
          demand.phoneCoverage(groups.get(o))));
    }
    String today = before > 0 ? String.format(Locale.ROOT, " (today %.0f nurse-hours a week)", before) : "";
    String why = String.format(Locale.ROOT, "a nurse there gives %.2f of a standard nurse on duty (absence %.0f %%, handle-time"
        + " factor %.2f)", demand.phoneCoverage(group), 100 * group.absence(), group.handleTimeFactor());
    if (others.length() == 0) {
      return group.name() + ": no shifts" + today + "; " + why + ".";
    }
    return group.name() + ": no shifts" + today + ". " + Character.toUpperCase(why.charAt(0)) + why.substring(1)
        + (least ? ", the least of the groups it competes with (" + others + "), so at the same cost an hour the others cover"
            + " the need for less." : ", against " + others + "; its templates or seats fit the need less well than theirs.");
  }
}
