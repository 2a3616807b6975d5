package se.sim1177.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.history.ObservedPeriod;

/**
 * Fits scenario keys nobody observes (how patient callers are, how often they redial) so that the
 * simulated figures reproduce the observed ones. The steps, each with its own class:
 *
 * <ul>
 *   <li><b>Start</b>: the patience from Erlang A's relation ({@link ErlangAStart}), every other key
 *       as the scenario writes it.
 *   <li><b>Search</b>: BOBYQA (Brent's method for one key) on the keys scaled to [0, 1]
 *       ({@link FitSearch}, {@link ScaledKeys}), every evaluation a simulation on common random
 *       numbers ({@link Simulations}), minimising Σ z² of the figures weighed as independent
 *       ({@link FigureStatistics}).
 *   <li><b>Step</b>: one generalised least-squares step from the search's point, weighing the
 *       figures by their full covariance ({@link Information}).
 *   <li><b>Uncertainty and identifiability</b>: each key's 95 % interval from the information
 *       JᵀΣ⁻¹J, and what the figures cannot tell apart ({@link Identifiability}).
 *   <li><b>Fit</b>: Satterthwaite's test of Σ z² of correlated figures ({@link
 *       FigureStatistics#fitTest}), said in words ({@link FitWording}).
 * </ul>
 */
public final class Calibration {
  /** Runs the scenario with {@code --set} overrides on top of the user's. */
  public interface Simulator {
    ExperimentResult simulate(List<String> overrides);
  }

  private final ScaledKeys keys;
  private final ObservedPeriod observed;
  private final FigureStatistics figures;
  private final Simulations simulations;

  private Calibration(List<FitKey> keys, ObservedPeriod observed, Simulator simulator, IntConsumer progress) {
    this.keys = new ScaledKeys(keys);
    this.observed = observed;
    this.figures = new FigureStatistics(observed);
    this.simulations = new Simulations(this.keys, simulator, progress);
  }

  /** The most simulations a calibration of {@code keys} runs, for the time estimate. */
  public static int mostSimulations(int keys) {
    return FitSearch.MAX_SEARCH + 1 + 2 * keys + 2;
  }

  /**
   * Fits {@code keys} to {@code observed}.
   *
   * @param progress told the number of simulations run so far
   */
  public static CalibrationResult fit(List<FitKey> keys, ObservedPeriod observed, Simulator simulator, IntConsumer progress) {
    return new Calibration(keys, observed, simulator, progress).fit();
  }

  private CalibrationResult fit() {
    int n = keys.size();
    double[] start = new double[n];
    for (int j = 0; j < n; j++) {
      FitKey k = keys.get(j);
      double s = k.path().equals(FitKey.PATIENCE) ? ErlangAStart.patienceSeconds(observed) : Double.NaN;
      start[j] = keys.scaled(j, Double.isNaN(s) ? k.written() : s);
    }
    double[] searched = FitSearch.search(start, simulations, figures);
    // One generalised least-squares step from the search's point (a two-step estimator): the
    // search weighs the figures as independent, on a smooth surface; the step weighs them by their
    // full covariance, which makes the estimate efficient and its covariance (JᵀΣ⁻¹J)⁻¹.
    ExperimentResult atSearched = simulations.at(searched);
    double[][] jacobian = Information.jacobian(searched, simulations, figures);
    double[][] information = Information.information(jacobian, figures.missCovariance(atSearched));
    double[] best = Information.glsStep(searched, jacobian, figures.missCovariance(atSearched), information, atSearched, figures);
    ExperimentResult atFit = simulations.at(best);
    if (atFit == null) {
      best = searched;
      atFit = atSearched;
    }
    double distance = figures.distance(atFit);
    double[][] missCovariance = figures.missCovariance(atFit);
    List<String> findings = new ArrayList<>();
    Identifiability identifiability = new Identifiability(keys, figures, simulations);
    List<CalibrationResult.FittedValue> values = identifiability.intervals(best, start, information, findings);
    boolean identified = values.stream().allMatch(CalibrationResult.FittedValue::identified);
    List<CalibrationResult.FigureCheck> checks = figures.checks(atFit);
    double[] test = figures.fitTest(distance, missCovariance, atFit, n);
    double p = test[1];
    double df = test[0];
    boolean reproduces = Double.isFinite(p) ? p >= 0.05 : checks.stream().allMatch(c -> Math.abs(c.z()) <= 2);
    findings.add(FitWording.fitSentence(distance, test[0], p, checks, reproduces));
    double chi = distance;
    List<String> overrides = keys.overrides(best);
    return new CalibrationResult(observed.label(), values, identifiability.correlation(), checks, chi, Math.max(0, df), p, reproduces,
        identified, findings, simulations.count(), (n == 1 ? "Brent" : "BOBYQA") + " and one generalised least-squares step",
        overrides, atFit, simulations.runs(figures), Information.ridgeDirection(information, keys));
  }
}
