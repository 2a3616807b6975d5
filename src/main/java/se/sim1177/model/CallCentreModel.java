package se.sim1177.model;

import java.util.ArrayList;
import java.util.List;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.Shift;
import se.sim1177.scenario.StaffGroup;

/**
 * A scenario compiled for simulation: samplers, rates and the roster as flat arrays. Immutable and
 * shared by all replications; each replication keeps its mutable state in a {@link Replication}.
 */
public final class CallCentreModel {
  final Scenario scenario;
  final ArrivalProfile arrivals;
  final int measuredDays;
  final int warmupDays;
  final int startWeekday;
  final double busynessShape;
  final DurationSampler talkTime;
  final DurationSampler afterCallWork;
  final DurationSampler patience;
  final DurationSampler redialDelay;
  final double balkProbability;
  final double redialProbability;
  final int maxAttempts;
  final int maxWaiting;
  final double maxPredictedWaitSeconds;
  final double serviceLevelSeconds;
  final RosterShift[] shifts;
  final int nurseSlots;
  final double[] groupHandleFactor;
  final double[] groupAbsence;
  /** Calls per second one nurse of the group completes on average: 1 / mean handling time. */
  final double[] groupServiceRate;
  final int groups;

  public CallCentreModel(Scenario scenario) {
    this.scenario = scenario;
    arrivals = new ArrivalProfile(scenario.arrivals());
    measuredDays = scenario.simulation().days();
    warmupDays = scenario.simulation().warmupDays();
    startWeekday = scenario.simulation().startWeekday().ordinal();
    busynessShape = scenario.arrivals().dayBusynessShape();
    talkTime = DurationSampler.of(scenario.handling().talkTime());
    afterCallWork = DurationSampler.of(scenario.handling().afterCallWork());
    patience = DurationSampler.of(scenario.callers().patience());
    redialDelay = DurationSampler.of(scenario.callers().redial().delay());
    balkProbability = scenario.callers().balkProbability();
    redialProbability = scenario.callers().redial().probability();
    maxAttempts = scenario.callers().redial().maxAttempts();
    maxWaiting = scenario.queue().maxWaiting();
    maxPredictedWaitSeconds = scenario.queue().maxPredictedWaitSeconds();
    serviceLevelSeconds = scenario.targets().serviceLevelSeconds();

    List<StaffGroup> staff = scenario.staff();
    groups = staff.size();
    groupHandleFactor = new double[groups];
    groupAbsence = new double[groups];
    groupServiceRate = new double[groups];
    List<RosterShift> compiled = new ArrayList<>();
    int slot = 0;
    for (int g = 0; g < groups; g++) {
      StaffGroup group = staff.get(g);
      groupHandleFactor[g] = group.handleTimeFactor();
      groupAbsence[g] = group.absence();
      double meanHandle = scenario.handling().talkTime().mean() * group.handleTimeFactor()
          + scenario.handling().afterCallWork().mean();
      groupServiceRate[g] = meanHandle > 0 ? 1 / meanHandle : Double.MAX_VALUE;
      for (Shift s : group.shifts()) {
        if (s.nurses() == 0) {
          continue;
        }
        compiled.add(new RosterShift(g, s.days().mask(), s.startMinute() * 60.0, s.lengthMinutes() * 60.0, slot, s.nurses()));
        slot += s.nurses();
      }
    }
    shifts = compiled.toArray(new RosterShift[0]);
    nurseSlots = slot;
  }

  public Scenario scenario() {
    return scenario;
  }

  public int intervalsPerDay() {
    return arrivals.intervalsPerDay();
  }

  public double intervalSeconds() {
    return arrivals.intervalSeconds();
  }

  public int measuredDays() {
    return measuredDays;
  }

  /** Weekday ordinal (Monday = 0) of measured day {@code day}. */
  public int weekdayOfMeasuredDay(int day) {
    return (startWeekday + warmupDays + day) % 7;
  }
}
