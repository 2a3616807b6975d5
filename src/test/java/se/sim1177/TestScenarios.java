package se.sim1177;

import java.util.Collections;
import java.util.List;
import se.sim1177.scenario.Arrivals;
import se.sim1177.scenario.Callers;
import se.sim1177.scenario.DaySet;
import se.sim1177.scenario.DistributionSpec;
import se.sim1177.scenario.Handling;
import se.sim1177.scenario.QueueLimits;
import se.sim1177.scenario.Redial;
import se.sim1177.scenario.RunControl;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ServiceLevelTarget;
import se.sim1177.scenario.Shift;
import se.sim1177.scenario.StaffGroup;
import se.sim1177.scenario.Targets;
import se.sim1177.scenario.Weekday;
import se.sim1177.scenario.Workplace;

/** Scenarios built in code for tests. */
public final class TestScenarios {
  /** Patience so long that nobody abandons within any test horizon: turns M/M/c+M into M/M/c. */
  public static final double NO_ABANDONMENT = 1e12;

  private TestScenarios() {}

  /**
   * A stationary M/M/c+M line: constant Poisson arrivals, exponential handling (talk only),
   * exponential patience, {@code nurses} on duty at all times, no redials, balking or absence.
   */
  public static Scenario stationary(double callsPerHour, double meanHandleSeconds, int nurses, double meanPatienceSeconds,
      double serviceLevelSeconds, int days, int replications, long seed) {
    return new Scenario("M/M/" + nurses + "+M test",
        new RunControl(days, 1, Weekday.MON, replications, seed),
        new Arrivals(callsPerHour * 24, Collections.nCopies(7, 1.0), Arrivals.flatIntraday(24), 0),
        new Callers(0, new DistributionSpec.Exponential(meanPatienceSeconds), Redial.NONE),
        QueueLimits.NONE,
        new Handling(new DistributionSpec.Exponential(meanHandleSeconds), new DistributionSpec.Fixed(0)),
        List.of(new StaffGroup("all", Workplace.OFFICE, 1.0, 0,
            List.of(new Shift(DaySet.ALL, 0, 1440, nurses))))
        ,
        new Targets(null, null, new ServiceLevelTarget(serviceLevelSeconds, 0.8)));
  }
}
