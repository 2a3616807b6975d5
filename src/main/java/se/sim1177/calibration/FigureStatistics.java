package se.sim1177.calibration;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.MetricSummary;
import se.sim1177.history.ObservedFigure;
import se.sim1177.history.ObservedPeriod;

/**
 * The observed figures a calibration fits (those with a value and a standard error), and how far a
 * simulation is from them.
 *
 * <ul>
 *   <li><b>Distance</b>: the search minimises Σ z², z = (simulated − observed) / √(se_observed² +
 *       se_simulated²): each figure's miss over what is known about it, the figures weighed as if
 *       independent (a smooth surface to search). Their full covariance Σ — the observed figures'
 *       correlation from the same days (a busy day lowers the answer rate and raises the abandon
 *       rate and the mean wait at once) and the simulated figures' from the same replications —
 *       enters through one generalised least-squares step from the search's point (a two-step
 *       estimator, {@link Information}), the intervals and the test of the fit.
 *   <li><b>Fit</b>: Σ z² of correlated figures, tested as Satterthwaite's scaled χ² with the degrees
 *       of freedom their correlation leaves, less one per key; a p-value below 0.05 says the model
 *       cannot reproduce the figures within their uncertainty.
 * </ul>
 */
final class FigureStatistics {
  private final ObservedPeriod observed;
  private final List<String> figures = new ArrayList<>();

  FigureStatistics(ObservedPeriod observed) {
    this.observed = observed;
    for (ObservedFigure f : observed.figures()) {
      if (Double.isFinite(f.value()) && f.standardError() > 0) {
        figures.add(f.metric());
      }
    }
  }

  /** The metrics fitted, in the observed period's order. */
  List<String> metrics() {
    return figures;
  }

  int size() {
    return figures.size();
  }

  /** The {@code i}-th metric fitted. */
  String metric(int i) {
    return figures.get(i);
  }

  /** Whether {@code metric} is one of the figures fitted. */
  boolean fits(String metric) {
    return figures.contains(metric);
  }

  /**
   * What the search minimises: Σ z², each figure's miss over the uncertainty of observation and
   * simulation together. Correlated figures are weighed as if independent here, which keeps the
   * search on a smooth surface; their correlation enters the intervals and the test of the fit.
   */
  double distance(ExperimentResult r) {
    if (r == null) {
      return 1e9;
    }
    double sum = 0;
    for (String metric : figures) {
      double z = z(observed.figure(metric), r.metric(metric));
      sum += Double.isFinite(z) ? z * z : 1e6;
    }
    return sum;
  }

  /** Each figure's miss, simulated − observed, in the figures' order. */
  double[] misses(ExperimentResult at) {
    int m = figures.size();
    double[] r = new double[m];
    for (int i = 0; i < m; i++) {
      r[i] = at.metric(figures.get(i)).mean() - observed.figure(figures.get(i)).value();
    }
    return r;
  }

  /** Each figure observed against the simulation {@code r}, with its z-score. */
  List<CalibrationResult.FigureCheck> checks(ExperimentResult r) {
    List<CalibrationResult.FigureCheck> checks = new ArrayList<>();
    for (String metric : figures) {
      ObservedFigure o = observed.figure(metric);
      MetricSummary m = r.metric(metric);
      checks.add(new CalibrationResult.FigureCheck(metric, o.value(), o.standardError(), m.mean(), m.ci95Low(), m.ci95High(),
          z(o, m)));
    }
    return checks;
  }

  /** A figure's variance in {@link #distance}: observed and simulated. */
  private double variance(int i, ExperimentResult r) {
    double se = observed.figure(figures.get(i)).standardError();
    double sim = simulationSe(r.metric(figures.get(i)));
    return se * se + sim * sim;
  }

  /**
   * The misses' full covariance: the observed figures' (standard errors and correlation: the same
   * busy days lower the answer rate and raise the abandon rate and the mean wait at once) plus the
   * simulated figures' (the same simulated months move them together).
   */
  double[][] missCovariance(ExperimentResult r) {
    int m = figures.size();
    double[][] simulated = simulationCovariance(r);
    double[][] cov = new double[m][m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        double si = observed.figure(figures.get(i)).standardError();
        double sj = observed.figure(figures.get(j)).standardError();
        cov[i][j] = si * sj * observed.correlation(figures.get(i), figures.get(j)) + simulated[i][j];
      }
    }
    return cov;
  }

  /**
   * {degrees of freedom, p-value} of the fit of {@code keys} keys: Σ z² of correlated figures is a
   * weighted sum of χ²₁ terms, the weights the eigenvalues λ of the misses' correlation;
   * Satterthwaite's approximation takes it as c·χ²_ν, c = Σλ²/Σλ, ν = (Σλ)²/Σλ², less one degree
   * per fitted key. NaN when no degree of freedom is left (as many independent figures as keys).
   */
  double[] fitTest(double distance, double[][] missCovariance, ExperimentResult atFit, int keys) {
    int m = figures.size();
    double[][] correlation = new double[m][m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        correlation[i][j] = missCovariance[i][j] / Math.sqrt(variance(i, atFit) * variance(j, atFit));
      }
    }
    double[] lambda = new EigenDecomposition(new Array2DRowRealMatrix(correlation)).getRealEigenvalues();
    double sum = 0;
    double squares = 0;
    for (double l : lambda) {
      sum += Math.max(0, l);
      squares += l * l;
    }
    double nu = sum * sum / squares - keys;
    if (!(nu >= 0.5)) {
      return new double[] {Math.max(0, nu), Double.NaN};
    }
    double c = squares / sum;
    return new double[] {nu, 1 - new ChiSquaredDistribution(null, nu).cumulativeProbability(distance / c)};
  }

  /**
   * The covariance of the simulated figures' means, from the replications' own values: the same
   * simulated months move the simulated figures together, as the same days move the observed ones.
   */
  private double[][] simulationCovariance(ExperimentResult r) {
    int m = figures.size();
    double[][] values = new double[m][];
    for (int i = 0; i < m; i++) {
      values[i] = r.replicationValues(figures.get(i));
    }
    int n = values[0].length;
    double[][] cov = new double[m][m];
    double[] mean = new double[m];
    for (int i = 0; i < m; i++) {
      for (double v : values[i]) {
        mean[i] += v / n;
      }
    }
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        double sum = 0;
        for (int k = 0; k < n; k++) {
          sum += (values[i][k] - mean[i]) * (values[j][k] - mean[j]);
        }
        cov[i][j] = n > 1 ? sum / (n - 1) / n : 0;
      }
    }
    return cov;
  }

  private static double simulationSe(MetricSummary m) {
    return m.n() > 1 ? m.halfWidth() / new TDistribution(null, m.n() - 1).inverseCumulativeProbability(0.975) : 0;
  }

  /** The miss in units of the uncertainty of observation and simulation together. */
  private static double z(ObservedFigure o, MetricSummary m) {
    double simSe = simulationSe(m);
    return (m.mean() - o.value()) / Math.sqrt(o.standardError() * o.standardError() + simSe * simSe);
  }
}
