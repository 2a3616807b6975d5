package se.sim1177.experiment;

import java.util.function.ToDoubleFunction;

/**
 * A named result figure computed from one replication's tallies; across replications it gets a
 * mean and a confidence interval.
 *
 * @param key the name used in every output file (a contract: never rename)
 * @param definition one line saying what it measures and in which unit
 */
public record Metric(String key, String definition, ToDoubleFunction<TallyScope> formula) {
  public double of(TallyScope scope) {
    return formula.applyAsDouble(scope);
  }
}
