package se.sim1177.experiment;

import java.util.Arrays;
import se.sim1177.model.ReplicationMonitor;

/**
 * Stands between an experiment's workers and its reducer when a {@link StoppingRule} may stop it
 * early. It shows the rule the replications in a fixed order (the order they were started in),
 * each once every replication before it in that order has finished, whichever thread ran it; and
 * passes on to the reducer only the replications the rule has seen. Once the rule decides, the
 * replications after that point in the order are left out: the reducer is told to skip them, the
 * ones not started are not started, and the running ones stop at their next midnight ({@link
 * ReplicationMonitor#stop}). What the result holds thus depends on the seed and the order only,
 * never on the thread count or on which replication finished first.
 */
final class StoppingGate implements ReplicationSink {
  private final int[] order;
  private final StoppingRule rule;
  private final InOrderSink reducer;
  private final ReplicationMonitor monitor;
  private final ReplicationValues[] waiting;
  private int shown;
  private boolean decided;
  private boolean stopped;

  /** The reducer's side of the gate: replications in, in any order, and those that will never come. */
  interface InOrderSink extends ReplicationSink {
    /** Replication {@code replication} will not come: the result leaves it out. */
    void skip(int replication);
  }

  /** @param order every replication index once, in the order the workers start them */
  StoppingGate(int[] order, StoppingRule rule, InOrderSink reducer, ReplicationMonitor monitor) {
    this.order = order.clone();
    this.rule = rule;
    this.reducer = reducer;
    this.monitor = monitor;
    this.waiting = new ReplicationValues[order.length];
  }

  @Override
  public synchronized void accept(int replication, ReplicationValues values) {
    if (stopped) {
      return;
    }
    waiting[replication] = values;
    while (!stopped && shown < order.length && waiting[order[shown]] != null) {
      int r = order[shown];
      ReplicationValues v = waiting[r];
      waiting[r] = null;
      shown++;
      reducer.accept(r, v);
      decided = decided || rule.decidedAfter(r, v.summary());
      // An experiment holds at least two replications; the rule's answer stands once given.
      if (decided && shown >= 2 && shown < order.length) {
        stop();
      }
    }
  }

  private void stop() {
    stopped = true;
    monitor.stop();
    Arrays.fill(waiting, null);
    for (int p = shown; p < order.length; p++) {
      reducer.skip(order[p]);
    }
  }

  @Override
  public synchronized boolean stopped() {
    return stopped;
  }
}
