package se.sim1177.staffing;

import java.util.BitSet;
import java.util.function.IntConsumer;
import se.sim1177.experiment.StoppingRule;
import se.sim1177.scenario.Staffing;

/**
 * Stops a search simulation as soon as {@link SearchMargin#meets}'s answer on all its replications
 * is known, so the search's decisions, and the roster it returns, are the same as when every
 * replication runs (exact curtailment). The replications come in order from one seed, each with
 * its own random streams, so the first k are the same whether or not the rest run.
 *
 * <p>With {@code needed} of the {@code replications} periods required to meet every target:
 *
 * <ul>
 *   <li>once more than {@code replications − needed} have missed, the share rule fails whatever
 *       the others do, and {@code meets} with it: stop, the roster does not meet the targets;
 *   <li>once {@code needed} have met every target, the share rule holds whatever the others do;
 *       but the interval floor is judged on interval figures pooled over every replication, which
 *       the others would still move, so this stops only when the scenario asks no floor.
 * </ul>
 *
 * Anything else goes on to the next replication.
 */
final class MarginCurtailment implements StoppingRule {
  private final PeriodTargets targets;
  private final int replications;
  private final int needed;
  private final boolean mayStopMeeting;
  private final BitSet missedIn = new BitSet();
  private int met;
  private int missed;

  MarginCurtailment(PeriodTargets targets, Staffing staffing, int replications) {
    this.targets = targets;
    this.replications = replications;
    this.needed = SearchMargin.periodsNeeded(staffing.confidence(), replications);
    Staffing.IntervalFloor floor = staffing.intervalFloor();
    this.mayStopMeeting = floor.answerRate() == null && floor.meanWaitSeconds() == null;
  }

  @Override
  public boolean decidedAfter(int replication, double[] summary) {
    if (targets.metBy(summary)) {
      met++;
    } else {
      missed++;
      missedIn.set(replication);
    }
    return missed > replications - needed || (mayStopMeeting && met >= needed);
  }

  /** Tells {@code action} each replication seen so far that missed a target, in replication order. */
  void forEachMissed(IntConsumer action) {
    missedIn.stream().forEach(action);
  }
}
