package se.sim1177.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.apache.commons.math3.optim.PointValuePair;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.model.LineOverloadedException;

/**
 * Every simulation a calibration runs, by the values it ran with ({@link ScaledKeys#id}), in the
 * order run: a point the search, the differences or the ridge come back to is not simulated again,
 * and every evaluation uses the same seed (common random numbers), so a point's figures are a
 * deterministic function of the keys.
 */
final class Simulations {
  private final ScaledKeys keys;
  private final Calibration.Simulator simulator;
  private final IntConsumer progress;
  /** Every simulation by the values it ran with, in the order run; null where the line overloaded. */
  private final Map<String, ExperimentResult> evaluated = new LinkedHashMap<>();

  /** {@code progress} is told the number of simulations run so far (null: nobody is told). */
  Simulations(ScaledKeys keys, Calibration.Simulator simulator, IntConsumer progress) {
    this.keys = keys;
    this.simulator = simulator;
    this.progress = progress;
  }

  /** The simulation at {@code x} on the scaled keys, run once; null when the line overloads there. */
  ExperimentResult at(double[] x) {
    String id = keys.id(x);
    ExperimentResult known = evaluated.get(id);
    if (known != null || evaluated.containsKey(id)) {
      return known;
    }
    List<String> overrides = keys.overrides(x);
    ExperimentResult r;
    try {
      r = simulator.simulate(overrides);
    } catch (LineOverloadedException e) {
      // A line overloaded without end at these values is far from any region's figures.
      r = null;
    }
    evaluated.put(id, r);
    if (progress != null) {
      progress.accept(evaluated.size());
    }
    return r;
  }

  /** How many simulations have run. */
  int count() {
    return evaluated.size();
  }

  /** The point with the least {@link FigureStatistics#distance} among those simulated, and that distance. */
  PointValuePair bestSeen(FigureStatistics figures) {
    double[] best = null;
    double value = Double.POSITIVE_INFINITY;
    for (Map.Entry<String, ExperimentResult> e : evaluated.entrySet()) {
      double v = figures.distance(e.getValue());
      if (v < value) {
        value = v;
        best = keys.point(e.getKey());
      }
    }
    return new PointValuePair(best, value);
  }

  /** Every simulation run: its values in the keys' own units and its Σ z². */
  List<CalibrationResult.Evaluation> runs(FigureStatistics figures) {
    List<CalibrationResult.Evaluation> all = new ArrayList<>();
    for (Map.Entry<String, ExperimentResult> e : evaluated.entrySet()) {
      double[] x = keys.point(e.getKey());
      double[] values = new double[x.length];
      for (int j = 0; j < x.length; j++) {
        values[j] = keys.natural(j, x[j]);
      }
      all.add(new CalibrationResult.Evaluation(values, figures.distance(e.getValue())));
    }
    return all;
  }
}
