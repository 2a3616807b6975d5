package se.sim1177.calibration;

import java.util.List;
import se.sim1177.experiment.ExperimentResult;

/**
 * What {@code calibrate} found: each fitted value with its 95 % interval, each observed figure
 * against the fitted model's, whether the fit reproduces them, and what the figures cannot tell
 * apart.
 *
 * @param correlation the fitted keys' correlations at the fit (zeros when they are not identified)
 * @param chiSquare Σ z² at the fit, z = (simulated − observed) / √(se_observed² + se_simulated²)
 * @param degreesOfFreedom Satterthwaite's degrees of freedom of Σ z² given the figures' correlation,
 *     less the fitted keys; below 0.5 the fit cannot be tested
 * @param pValue the χ² test's p-value, NaN without degrees of freedom
 * @param findings sentences on identifiability and fit, in the order to show them
 * @param overrides the fitted values as {@code --set} overrides
 * @param fitted the simulation at the fitted values
 * @param runs every simulation the fit ran, in order
 * @param ridge the flattest direction of the information, per key in its own units
 */
public record CalibrationResult(String period, List<FittedValue> values, double[][] correlation, List<FigureCheck> figures, double chiSquare,
    double degreesOfFreedom, double pValue, boolean reproduces, boolean identified, List<String> findings, int evaluations,
    String optimiser, List<String> overrides, ExperimentResult fitted, List<Evaluation> runs, double[] ridge) {
  public CalibrationResult {
    values = List.copyOf(values);
    figures = List.copyOf(figures);
    findings = List.copyOf(findings);
    overrides = List.copyOf(overrides);
    runs = List.copyOf(runs);
  }

  /** A simulation the fit ran: the keys' values in their own units, and its Σ z². */
  public record Evaluation(double[] values, double distance) {}

  /** The direction (per key, in its own units) along which the figures change least. */
  public double[] ridgeDirection() {
    return ridge.clone();
  }

  /**
   * A fitted key.
   *
   * @param start where the search started (the Erlang A estimate for the patience)
   * @param low the 95 % interval's low end; NaN when the key is not identified
   * @param high its high end
   */
  public record FittedValue(FitKey key, double start, double value, double low, double high, boolean identified) {}

  /** An observed figure against the fitted model's, with the model's 95 % interval and the z-score. */
  public record FigureCheck(String metric, double observed, double observedStandardError, double simulated, double simulatedLow,
      double simulatedHigh, double z) {}
}
