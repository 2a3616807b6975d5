package se.sim1177.staffing;

import se.sim1177.roster.CandidateShift;
import se.sim1177.roster.CoverageProblem;
import se.sim1177.roster.InfeasibleRosterException;
import se.sim1177.roster.RosterSolution;
import se.sim1177.roster.RosterSolver;
import se.sim1177.roster.SolverSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.StaffGroup;
import se.sim1177.scenario.Staffing;

/**
 * A scenario's staffing question made concrete: the slot grid, the phone demand, the candidate
 * shifts, what the groups without templates already cover, and the seats. It turns a requirement
 * per interval into the cheapest roster of the candidates that covers it.
 */
public final class StaffingProblem {
  private final Scenario scenario;
  private final WeekGrid grid;
  private final PhoneDemand demand;
  private final List<Candidate> candidates;
  private final boolean[] templated;
  private final double[] fixedCoverage;
  private final double[] fixedChatCoverage;
  private final int[][] fixedSeatsUsed;
  private final int[] seats;
  private final SolverSettings solver;

  /** @throws TooManyCandidatesException when the templates offer more than {@link RosterProgramLimits} allows */
  public StaffingProblem(Scenario scenario, SolverSettings solver) {
    this.scenario = scenario;
    this.solver = solver;
    Staffing staffing = scenario.staffing();
    List<StaffGroup> groups = scenario.staff();
    RosterProgramLimits.check(scenario);
    grid = WeekGrid.of(scenario.arrivals().intervalsPerDay(), staffing);
    demand = PhoneDemand.of(scenario);
    candidates = CandidateShifts.of(scenario, grid, demand);
    templated = new boolean[groups.size()];
    for (Candidate c : candidates) {
      templated[c.group()] = true;
    }
    seats = new int[groups.size()];
    fixedSeatsUsed = new int[groups.size()][grid.slots()];
    fixedCoverage = new double[grid.slots()];
    fixedChatCoverage = new double[grid.slots()];
    Roster today = new Roster(groups);
    for (int g = 0; g < groups.size(); g++) {
      seats[g] = staffing.seatsOf(groups.get(g).name());
      if (templated[g]) {
        continue;
      }
      double coverage = demand.phoneCoverage(groups.get(g));
      double chat = scenario.chat().inUse() ? Candidate.chatCoverage(groups.get(g)) : 0;
      for (int t = 0; t < grid.slots(); t++) {
        int from = t * grid.slotMinutes();
        int to = from + grid.slotMinutes();
        fixedCoverage[t] += coverage * today.meanScheduled(g, from, to);
        fixedChatCoverage[t] += chat * today.meanScheduled(g, from, to);
        int most = 0;
        for (int m = from; m < to; m++) {
          most = Math.max(most, today.seatedAt(g, m));
        }
        fixedSeatsUsed[g][t] = most;
      }
    }
  }

  public Scenario scenario() {
    return scenario;
  }

  public WeekGrid grid() {
    return grid;
  }

  public PhoneDemand demand() {
    return demand;
  }

  public List<Candidate> candidates() {
    return candidates;
  }

  public boolean templated(int group) {
    return templated[group];
  }

  /** Whether the search chooses the shifts of a group that answers the chat: then the roster program has chat rows. */
  public boolean staffsChat() {
    if (!scenario.chat().inUse()) {
      return false;
    }
    for (int g = 0; g < templated.length; g++) {
      if (templated[g] && scenario.staff().get(g).answers(se.sim1177.scenario.Channel.CHAT)) {
        return true;
      }
    }
    return false;
  }

  /** The roster the scenario has today. */
  public Roster today() {
    return new Roster(scenario.staff());
  }

  /** The roster with {@code counts} nurses on each candidate. */
  public Roster roster(int[] counts) {
    return Roster.chosen(scenario.staff(), candidates, counts, templated);
  }

  /**
   * The cheapest counts that cover {@code requirement} (standard phone nurses on duty, per
   * interval of the week) in every slot of each interval; among the cheapest, one whose weekdays
   * differ least from day to day ({@link SameShiftNextDay}).
   *
   * @throws UnstaffableException when no roster of the candidates within the seats can
   */
  public RosterSolution solve(double[] requirement) {
    return solve(requirement, null);
  }

  /**
   * As {@link #solve(double[])}, and {@code chatRequirement} (chat nurses on duty per interval of
   * the week; null for none) covered by the nurses of the groups that answer the chat: blended
   * nurses count towards both rows (see {@link CoverageProblem}).
   */
  public RosterSolution solve(double[] requirement, double[] chatRequirement) {
    double[] perSlot = new double[grid.slots()];
    double[] chatPerSlot = new double[grid.slots()];
    for (int t = 0; t < perSlot.length; t++) {
      perSlot[t] = requirement[grid.intervalOf(t)];
      chatPerSlot[t] = chatRequirement == null ? 0 : chatRequirement[grid.intervalOf(t)];
    }
    List<CandidateShift> shifts = new ArrayList<>();
    int slot = grid.slotMinutes();
    for (Candidate c : candidates) {
      shifts.add(new CandidateShift(c.group(), c.firstSlot(), c.lengthSlots(), c.coverage(), c.cost(),
          c.hasBreak() ? c.breakOffsetMinutes() / slot : 0, c.hasBreak() ? c.breakMinutes() / slot : 0, c.chatCoverage()));
    }
    CoverageProblem p = new CoverageProblem(grid.slots(), perSlot, fixedCoverage, shifts, seats, fixedSeatsUsed,
        minimumPerSlot(), groupMinimumPerSlot(), chatPerSlot, fixedChatCoverage, SameShiftNextDay.of(candidates, shifts));
    try {
      return RosterSolver.solve(p, solver);
    } catch (InfeasibleRosterException e) {
      throw new UnstaffableException(e.describe(this::slotLabel));
    }
  }

  /**
   * The roster program's floor on nurses per slot for {@code staffing.minimum}. The program counts
   * fixed shifts' nurses in their seats (breaks included) towards it, but a nurse on her break is
   * not on the line: so the floor is what the candidates must add at the slot's worst minute
   * (the minimum less the fixed nurses on the line then) plus the fixed nurses the program counts.
   * That is exact: the candidates' own breaks lie on the slot grid.
   */
  int[] minimumPerSlot() {
    int[] minimum = new int[grid.slots()];
    Staffing staffing = scenario.staffing();
    if (staffing.minimum().isEmpty()) {
      return minimum;
    }
    Roster today = today();
    for (int t = 0; t < minimum.length; t++) {
      int fixedCounted = 0;
      for (int g = 0; g < fixedSeatsUsed.length; g++) {
        fixedCounted += fixedSeatsUsed[g][t];
      }
      int toAdd = 0;
      for (int m = t * grid.slotMinutes(); m < (t + 1) * grid.slotMinutes(); m++) {
        int onLine = 0;
        for (int g = 0; g < templated.length; g++) {
          onLine += templated[g] ? 0 : today.scheduledAt(g, m);
        }
        toAdd = Math.max(toAdd, staffing.minimumAt(m) - onLine);
      }
      minimum[t] = toAdd > 0 ? fixedCounted + toAdd : 0;
    }
    return minimum;
  }

  /**
   * Each templated group's own floor ({@code staffing.minimum} with {@code group:}) per slot: the
   * most it asks at any minute of the slot. Groups without templates hold theirs by their own
   * shifts (the scenario checks that), so theirs is 0 here.
   */
  int[][] groupMinimumPerSlot() {
    List<StaffGroup> groups = scenario.staff();
    int[][] minimum = new int[groups.size()][grid.slots()];
    for (int g = 0; g < groups.size(); g++) {
      if (!templated[g]) {
        continue;
      }
      String name = groups.get(g).name();
      for (int t = 0; t < grid.slots(); t++) {
        for (int m = t * grid.slotMinutes(); m < (t + 1) * grid.slotMinutes(); m++) {
          minimum[g][t] = Math.max(minimum[g][t], scenario.staffing().minimumAt(name, m));
        }
      }
    }
    return minimum;
  }

  /** Whether the roster of {@code counts} schedules at least {@code staffing.minimum} nurses at every minute. */
  public boolean meetsMinimum(int[] counts) {
    return scenario.staffing().minimum().isEmpty() || meetsMinimum(roster(counts));
  }

  /**
   * Whether {@code r} has at least {@code staffing.minimum} nurses on the line at every minute of
   * the week: all groups together, and each group a floor names.
   */
  public boolean meetsMinimum(Roster r) {
    Staffing staffing = scenario.staffing();
    for (int m = 0; m < WeekGrid.WEEK_MINUTES; m++) {
      int scheduled = 0;
      for (int g = 0; g < r.groups().size(); g++) {
        scheduled += r.scheduledAt(g, m);
        if (r.scheduledAt(g, m) < staffing.minimumAt(r.groups().get(g).name(), m)) {
          return false;
        }
      }
      if (scheduled < staffing.minimumAt(m)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code r} holds the one floor {@code floor} at every minute of its window. */
  public boolean holds(Roster r, se.sim1177.scenario.MinimumStaffing floor) {
    for (int m = 0; m < WeekGrid.WEEK_MINUTES; m++) {
      if (!floor.covers(m)) {
        continue;
      }
      int onLine = 0;
      for (int g = 0; g < r.groups().size(); g++) {
        if (floor.group() == null || floor.group().equals(r.groups().get(g).name())) {
          onLine += r.scheduledAt(g, m);
        }
      }
      if (onLine < floor.nurses()) {
        return false;
      }
    }
    return true;
  }

  /** "Tuesday 03:30" for slot {@code slot}. */
  public String slotLabel(int slot) {
    int minute = slot * grid.slotMinutes();
    return dayName(minute / 1440) + " " + String.format(Locale.ROOT, "%02d:%02d", minute % 1440 / 60, minute % 60);
  }

  /** "Tuesday 03:00–04:00" for interval {@code interval} of the week. */
  public String intervalLabel(int interval) {
    int from = interval * grid.intervalMinutes();
    int to = from + grid.intervalMinutes();
    return dayName(from / 1440) + String.format(Locale.ROOT, " %02d:%02d–%02d:%02d", from % 1440 / 60, from % 60,
        to % 1440 == 0 ? 24 : to % 1440 / 60, to % 60);
  }

  private static final String[] DAY_NAMES = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

  static String dayName(int day) {
    return DAY_NAMES[Math.floorMod(day, 7)];
  }
}
