package se.sim1177.anchors;

import se.sim1177.engine.StreamFamily;
import se.sim1177.experiment.Power;
import se.sim1177.model.CallCentreModel;
import se.sim1177.model.Replication;
import se.sim1177.model.ReplicationResult;
import se.sim1177.scenario.Scenario;

/** Runs a scenario replication by replication and estimates a per-day figure from the totals. */
final class Anchors {
  private Anchors() {}

  /**
   * For each of {@code figures}: the mean over {@code replications} of (Σ over a replication's
   * measured days of the figure of each day) / days, a per-day figure, with its SE between
   * replications. One run serves every figure.
   */
  static Power.Estimate[] perDay(Scenario s, int replications, PerDay... figures) {
    CallCentreModel model = new CallCentreModel(s);
    StreamFamily streams = new StreamFamily(s.simulation().seed());
    double[][] values = new double[figures.length][replications];
    for (int r = 0; r < replications; r++) {
      ReplicationResult result = new Replication(model, streams, r).run();
      for (int f = 0; f < figures.length; f++) {
        double sum = 0;
        for (int d = 0; d < result.days(); d++) {
          sum += figures[f].value(result, d);
        }
        values[f][r] = sum / result.days();
      }
    }
    Power.Estimate[] estimates = new Power.Estimate[figures.length];
    for (int f = 0; f < figures.length; f++) {
      estimates[f] = Power.Estimate.of(values[f]);
    }
    return estimates;
  }

  /** A figure of one measured day. */
  interface PerDay {
    double value(ReplicationResult r, int day);
  }

  /** A published mean with its standard error, recovered from its published confidence interval. */
  record Published(double mean, double standardError) {
    static Published fromInterval(double mean, double low, double high, double quantile) {
      return new Published(mean, (high - low) / 2 / quantile);
    }

    static Published fromStandardDeviation(double mean, double standardDeviation, int n) {
      return new Published(mean, standardDeviation / Math.sqrt(n));
    }

    Power.Estimate asEstimate(int n) {
      return new Power.Estimate(mean, standardError, n);
    }
  }

}
