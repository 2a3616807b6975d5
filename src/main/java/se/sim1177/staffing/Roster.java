package se.sim1177.staffing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.sim1177.scenario.DaySet;
import se.sim1177.scenario.Shift;
import se.sim1177.scenario.StaffGroup;
import se.sim1177.scenario.StaffingCost;
import se.sim1177.scenario.Weekday;

/**
 * A whole roster, every staff group with its shifts, and what it puts on duty minute by minute
 * over the week: what the search compares, writes out and simulates. A shift's break counts in
 * three ways: its nurses are off the line (not scheduled), still in their seats, and paid only
 * when the break is.
 */
public final class Roster {
  private final List<StaffGroup> groups;
  /** Nurses scheduled on the line per group and minute of the week (not on a break). */
  private final int[][] scheduled;
  /** Nurses holding a seat per group and minute: from their shift's start to its end, breaks included. */
  private final int[][] seated;
  /** Nurses paid per group and minute: every minute of a shift but an unpaid break's. */
  private final int[][] paid;

  public Roster(List<StaffGroup> groups) {
    this.groups = List.copyOf(groups);
    scheduled = new int[groups.size()][WeekGrid.WEEK_MINUTES];
    seated = new int[groups.size()][WeekGrid.WEEK_MINUTES];
    paid = new int[groups.size()][WeekGrid.WEEK_MINUTES];
    for (int g = 0; g < groups.size(); g++) {
      for (Shift s : groups.get(g).shifts()) {
        for (Weekday d : Weekday.values()) {
          if (s.days().contains(d)) {
            int from = d.ordinal() * 1440 + s.startMinute();
            for (int k = 0; k < s.lengthMinutes(); k++) {
              int m = (from + k) % WeekGrid.WEEK_MINUTES;
              seated[g][m] += s.nurses();
              if (!s.onBreakAt(k)) {
                scheduled[g][m] += s.nurses();
              }
              if (s.paidAt(k)) {
                paid[g][m] += s.nurses();
              }
            }
          }
        }
      }
    }
  }

  /**
   * The groups of {@code base} with the shifts chosen in {@code counts} (nurses per candidate) in
   * place of the shifts of every group that has templates; the other groups keep theirs. Shifts
   * with the same hours and nurses on several days are written once with those days.
   */
  public static Roster chosen(List<StaffGroup> base, List<Candidate> candidates, int[] counts, boolean[] templated) {
    List<StaffGroup> out = new ArrayList<>();
    for (int g = 0; g < base.size(); g++) {
      StaffGroup group = base.get(g);
      if (!templated[g]) {
        out.add(group);
        continue;
      }
      // (start, end, nurses, break offset) → days, in the candidates' order.
      Map<List<Integer>, Integer> days = new LinkedHashMap<>();
      Map<List<Integer>, Candidate> example = new LinkedHashMap<>();
      for (int i = 0; i < candidates.size(); i++) {
        Candidate c = candidates.get(i);
        if (c.group() != g || counts[i] == 0) {
          continue;
        }
        int end = c.startMinute() + c.lengthMinutes();
        int endOfDay = end == 1440 ? 1440 : end % 1440;
        List<Integer> key = List.of(c.startMinute(), endOfDay, counts[i], c.breakOffsetMinutes());
        days.merge(key, 1 << c.day().ordinal(), (a, b) -> a | b);
        example.putIfAbsent(key, c);
      }
      List<Shift> shifts = new ArrayList<>();
      days.forEach((k, mask) -> shifts.add(new Shift(new DaySet(mask), k.get(0), k.get(1), k.get(2), example.get(k).shiftBreak())));
      out.add(new StaffGroup(group.name(), group.workplace(), group.handleTimeFactor(), group.absence(), shifts,
          group.channels(), group.priority(), group.longestWaitingFirst()));
    }
    return new Roster(out);
  }

  public List<StaffGroup> groups() {
    return groups;
  }

  /** Nurses of group {@code g} scheduled on the line (not on a break) at minute {@code minute} of the week. */
  public int scheduledAt(int g, int minute) {
    return scheduled[g][minute];
  }

  /** Mean nurses of group {@code g} scheduled over minutes [from, to) of the week. */
  public double meanScheduled(int g, int from, int to) {
    long sum = 0;
    for (int m = from; m < to; m++) {
      sum += scheduled[g][m];
    }
    return (double) sum / (to - from);
  }

  /** Nurses of group {@code g} in their seats at minute {@code minute} of the week, those on a break included. */
  public int seatedAt(int g, int minute) {
    return seated[g][minute];
  }

  /** The most nurses of group {@code g} in their seats at once (breaks included): what its workplace must hold. */
  public int mostScheduled(int g) {
    int most = 0;
    for (int n : seated[g]) {
      most = Math.max(most, n);
    }
    return most;
  }

  /** Paid nurse-hours a week of group {@code g}: its shifts, less their unpaid breaks. */
  public double nurseHours(int g) {
    long minutes = 0;
    for (int n : paid[g]) {
      minutes += n;
    }
    return minutes / 60.0;
  }

  public double nurseHours() {
    double sum = 0;
    for (int g = 0; g < groups.size(); g++) {
      sum += nurseHours(g);
    }
    return sum;
  }

  /** Weighted nurse-hours a week of group {@code g}: each paid minute at its rate. */
  public double cost(int g, StaffingCost rates) {
    double sum = 0;
    for (int m = 0; m < WeekGrid.WEEK_MINUTES; m++) {
      sum += paid[g][m] * rates.rateAt(m);
    }
    return sum / 60;
  }

  public double cost(StaffingCost rates) {
    double sum = 0;
    for (int g = 0; g < groups.size(); g++) {
      sum += cost(g, rates);
    }
    return sum;
  }

  /** Every shift's nurse count scaled by {@code factor}, to the nearest nurse: what a manager does by hand. */
  public Roster scaled(double factor) {
    List<StaffGroup> out = new ArrayList<>();
    for (StaffGroup g : groups) {
      List<Shift> shifts = g.shifts().stream()
          .map(s -> s.withNurses((int) Math.round(s.nurses() * factor)))
          .toList();
      out.add(new StaffGroup(g.name(), g.workplace(), g.handleTimeFactor(), g.absence(), shifts, g.channels(), g.priority(),
          g.longestWaitingFirst()));
    }
    return new Roster(out);
  }
}
