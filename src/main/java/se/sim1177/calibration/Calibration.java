package se.sim1177.calibration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.MetricSummary;
import se.sim1177.history.ObservedFigure;
import se.sim1177.history.ObservedPeriod;

/**
 * Fits scenario keys nobody observes (how patient callers are, how often they redial) so that the
 * simulated figures reproduce the observed ones.
 *
 * <ul>
 *   <li><b>Distance</b>: the search minimises Σ z², z = (simulated − observed) / √(se_observed² +
 *       se_simulated²): each figure's miss over what is known about it, the figures weighed as if
 *       independent (a smooth surface to search). Their full covariance Σ — the observed figures'
 *       correlation from the same days (a busy day lowers the answer rate and raises the abandon
 *       rate and the mean wait at once) and the simulated figures' from the same replications —
 *       enters through one generalised least-squares step from the search's point (a two-step
 *       estimator), the intervals and the test of the fit.
 *   <li><b>Search</b>: every evaluation simulates with the same seed (common random numbers), so χ²
 *       is a deterministic function of the keys and its small changes are real. With two or more
 *       keys, Powell's BOBYQA (commons-math3), a derivative-free trust-region method that fits a
 *       quadratic model to the evaluations within bounds: a smooth, low-dimensional, bounded problem
 *       whose every evaluation is a simulation, where it needs tens of evaluations and CMA-ES
 *       hundreds. With one key, Brent's method on its range. Keys are searched scaled to [0, 1].
 *   <li><b>Start</b>: the patience from Erlang A's relation ({@link ErlangAStart}), every other key
 *       as the scenario writes it.
 *   <li><b>Uncertainty</b>: the figures' derivatives J by the keys (central differences on the same
 *       random numbers) give the information JᵀΣ⁻¹J; its inverse is the estimate's covariance, and a
 *       key's 95 % interval is value ± 1.96 standard errors.
 *   <li><b>Identifiability</b>: a key is identified when its interval leaves most of its range out
 *       (covers less than half of it) and the information has no flat direction along it (an
 *       eigenvalue near zero: a ridge where the figures stay the same). Keys whose estimates
 *       correlate at 0.9 or more are identified but trade off, and are named. The figures calibrate could observe but was not
 *       given are simulated at both ends of the ridge, and the one that changes most, in units of
 *       its simulated precision, is named as the observation that would separate the keys.
 *   <li><b>Fit</b>: Σ z² of correlated figures, tested as Satterthwaite's scaled χ² with the degrees
 *       of freedom their correlation leaves, less one per key; a p-value below 0.05 says the model
 *       cannot reproduce the figures within their uncertainty.
 * </ul>
 */
public final class Calibration {
  /** Largest number of evaluations of the search itself. */
  static final int MAX_SEARCH = 60;
  /** The Hessian's step, on the [0, 1] scale of each key's range. */
  static final double STEP = 0.05;
  /** A key moves along a ridge when it is at least this share of the ridge's direction (on the scaled keys). */
  static final double RIDGE_SHARE = 0.3;
  /** A key is pinned down when its 95 % interval covers less than this share of its range. */
  static final double PINNED = 0.5;
  /** Keys whose estimates correlate at least this strongly trade off along a ridge (practical non-identifiability). */
  static final double TRADE_OFF = 0.9;
  /** Relative eigenvalue below which a direction is flat. */
  static final double FLAT = 1e-6;

  /** Runs the scenario with {@code --set} overrides on top of the user's. */
  public interface Simulator {
    ExperimentResult simulate(List<String> overrides);
  }

  private final List<FitKey> keys;
  private final ObservedPeriod observed;
  private final Simulator simulator;
  private final IntConsumer progress;
  /** Every simulation by the values it ran with, in the order run. */
  private final Map<String, ExperimentResult> evaluated = new java.util.LinkedHashMap<>();
  private final List<String> figures = new ArrayList<>();
  private double[][] correlation;

  private Calibration(List<FitKey> keys, ObservedPeriod observed, Simulator simulator, IntConsumer progress) {
    this.keys = List.copyOf(keys);
    this.observed = observed;
    this.simulator = simulator;
    this.progress = progress;
    for (ObservedFigure f : observed.figures()) {
      if (Double.isFinite(f.value()) && f.standardError() > 0) {
        figures.add(f.metric());
      }
    }
  }

  /** The most simulations a calibration of {@code keys} runs, for the time estimate. */
  public static int mostSimulations(int keys) {
    return MAX_SEARCH + 1 + 2 * keys + 2;
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
      start[j] = scaled(j, Double.isNaN(s) ? k.written() : s);
    }
    double[] searched = search(start);
    // One generalised least-squares step from the search's point (a two-step estimator): the
    // search weighs the figures as independent, on a smooth surface; the step weighs them by their
    // full covariance, which makes the estimate efficient and its covariance (JᵀΣ⁻¹J)⁻¹.
    ExperimentResult atSearched = simulate(searched);
    double[][] jacobian = jacobian(searched);
    double[][] information = information(jacobian, missCovariance(atSearched));
    double[] best = glsStep(searched, jacobian, missCovariance(atSearched), information, atSearched);
    ExperimentResult atFit = simulate(best);
    if (atFit == null) {
      best = searched;
      atFit = atSearched;
    }
    double distance = distance(atFit);
    double[][] missCovariance = missCovariance(atFit);
    List<String> findings = new ArrayList<>();
    List<CalibrationResult.FittedValue> values = intervals(best, start, information, findings);
    boolean identified = values.stream().allMatch(CalibrationResult.FittedValue::identified);
    List<CalibrationResult.FigureCheck> checks = checks(atFit);
    double[] test = fitTest(distance, missCovariance, atFit);
    double p = test[1];
    double df = test[0];
    boolean reproduces = Double.isFinite(p) ? p >= 0.05 : checks.stream().allMatch(c -> Math.abs(c.z()) <= 2);
    findings.add(fitSentence(distance, test[0], p, checks, reproduces));
    double chi = distance;
    List<String> overrides = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      overrides.add(keys.get(j).override(natural(j, best[j])));
    }
    return new CalibrationResult(observed.label(), values, correlation, checks, chi, Math.max(0, df), p, reproduces, identified,
        findings, evaluated.size(), (n == 1 ? "Brent" : "BOBYQA") + " and one generalised least-squares step", overrides, atFit,
        evaluations(), ridgeDirection(best, information));
  }

  /** Every simulation run: its values in the keys' own units and its Σ z². */
  private List<CalibrationResult.Evaluation> evaluations() {
    List<CalibrationResult.Evaluation> all = new ArrayList<>();
    for (Map.Entry<String, ExperimentResult> e : evaluated.entrySet()) {
      double[] x = point(e.getKey());
      double[] values = new double[x.length];
      for (int j = 0; j < x.length; j++) {
        values[j] = natural(j, x[j]);
      }
      all.add(new CalibrationResult.Evaluation(values, distance(e.getValue())));
    }
    return all;
  }

  /** The flattest direction of the information, in the keys' own units per unit step. */
  private double[] ridgeDirection(double[] best, double[][] information) {
    EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(information));
    double[] lambda = eigen.getRealEigenvalues();
    int flattest = 0;
    for (int i = 1; i < lambda.length; i++) {
      if (lambda[i] < lambda[flattest]) {
        flattest = i;
      }
    }
    double[] v = eigen.getEigenvector(flattest).toArray();
    double[] natural = new double[v.length];
    for (int j = 0; j < v.length; j++) {
      natural[j] = v[j] * (keys.get(j).high() - keys.get(j).low());
    }
    return natural;
  }

  private double[] search(double[] start) {
    int n = keys.size();
    if (n == 1) {
      BrentOptimizer brent = new BrentOptimizer(1e-3, 1e-4);
      UnivariatePointValuePair found = brent.optimize(new MaxEval(MAX_SEARCH), GoalType.MINIMIZE,
          new SearchInterval(0, 1, Math.min(1, Math.max(0, start[0]))),
          new UnivariateObjectiveFunction(x -> distance(simulate(new double[] {x}))));
      return new double[] {found.getPoint()};
    }
    double[] lower = new double[n];
    double[] upper = new double[n];
    java.util.Arrays.fill(upper, 1);
    double[] x0 = new double[n];
    for (int j = 0; j < n; j++) {
      x0[j] = Math.min(0.98, Math.max(0.02, start[j]));
    }
    MultivariateFunction f = x -> distance(simulate(x));
    BOBYQAOptimizer bobyqa = new BOBYQAOptimizer(2 * n + 1, 0.15, 1e-3);
    PointValuePair found;
    try {
      found = bobyqa.optimize(new MaxEval(MAX_SEARCH), GoalType.MINIMIZE, new ObjectiveFunction(f), new InitialGuess(x0),
          new SimpleBounds(lower, upper));
    } catch (org.apache.commons.math3.exception.TooManyEvaluationsException e) {
      // The best point seen so far stands; the intervals say how sharply it is pinned down.
      found = bestSeen();
    }
    PointValuePair seen = bestSeen();
    return seen.getValue() < found.getValue() ? seen.getPoint() : found.getPoint();
  }

  private PointValuePair bestSeen() {
    double[] best = null;
    double value = Double.POSITIVE_INFINITY;
    for (Map.Entry<String, ExperimentResult> e : evaluated.entrySet()) {
      double v = distance(e.getValue());
      if (v < value) {
        value = v;
        best = point(e.getKey());
      }
    }
    return new PointValuePair(best, value);
  }

  /**
   * The figures' derivatives by the scaled keys at {@code x}: central differences on the same
   * random numbers, the stencil kept inside [0, 1]; row per figure, column per key.
   */
  private double[][] jacobian(double[] x) {
    int n = x.length;
    int m = figures.size();
    double[][] j = new double[m][n];
    for (int k = 0; k < n; k++) {
      double[] up = x.clone();
      double[] down = x.clone();
      up[k] = Math.min(1, x[k] + STEP);
      down[k] = Math.max(0, x[k] - STEP);
      if (up[k] - down[k] < STEP) {
        up[k] = Math.min(1, down[k] + 2 * STEP);
        down[k] = Math.max(0, up[k] - 2 * STEP);
      }
      ExperimentResult ru = simulate(up);
      ExperimentResult rd = simulate(down);
      for (int i = 0; i < m; i++) {
        j[i][k] = ru == null || rd == null ? 0
            : (ru.metric(figures.get(i)).mean() - rd.metric(figures.get(i)).mean()) / (up[k] - down[k]);
      }
    }
    return j;
  }

  /**
   * Each key's 95 % interval from the information JᵀΣ⁻¹J of the figures about the keys (J the
   * figures' derivatives, Σ the misses' full covariance): the estimate's covariance is its inverse.
   */
  private List<CalibrationResult.FittedValue> intervals(double[] best, double[] start, double[][] a, List<String> findings) {
    int n = best.length;
    EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(a));
    double[] lambda = eigen.getRealEigenvalues();
    double largest = 0;
    int flattest = 0;
    for (int i = 0; i < n; i++) {
      largest = Math.max(largest, Math.abs(lambda[i]));
      if (lambda[i] < lambda[flattest]) {
        flattest = i;
      }
    }
    boolean singular = !(lambda[flattest] > FLAT * largest) || !(lambda[flattest] > 0);
    double[] ridge = eigen.getEigenvector(flattest).toArray();
    // A⁻¹ on the directions A pins down; along a flat one (a ridge) the keys that move are not identified.
    double[][] inverse = new double[n][n];
    for (int e = 0; e < n; e++) {
      if (!(lambda[e] > FLAT * largest) || !(lambda[e] > 0)) {
        continue;
      }
      double[] v = eigen.getEigenvector(e).toArray();
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          inverse[i][j] += v[i] * v[j] / lambda[e];
        }
      }
    }
    double[][] covariance = inverse;
    List<CalibrationResult.FittedValue> values = new ArrayList<>();
    boolean anyUnidentified = singular;
    correlation = new double[n][n];
    for (int i = 0; i < n && !singular; i++) {
      for (int j = 0; j < n; j++) {
        correlation[i][j] = covariance[i][j] / Math.sqrt(covariance[i][i] * covariance[j][j]);
      }
    }
    for (int j = 0; j < n; j++) {
      FitKey k = keys.get(j);
      double value = natural(j, best[j]);
      double low = Double.NaN;
      double high = Double.NaN;
      boolean identified = false;
      boolean onRidge = singular && Math.abs(ridge[j]) > RIDGE_SHARE;
      if (!onRidge && covariance[j][j] > 0) {
        double half = 1.96 * Math.sqrt(covariance[j][j]) * (k.high() - k.low());
        // Practically identified: the interval leaves most of the range out.
        identified = 2 * half < PINNED * (k.high() - k.low());
        if (identified) {
          low = Math.max(k.low(), value - half);
          high = Math.min(k.high(), value + half);
        }
      }
      anyUnidentified |= !identified;
      values.add(new CalibrationResult.FittedValue(k, natural(j, start[j]), value, low, high, identified));
    }
    if (anyUnidentified) {
      findings.add(ridgeSentence(best, ridge));
    } else if (tradeOffs()) {
      String along = ridgeSentence(best, ridge).replaceFirst("^Not identified: [^:]*: along", "Along")
          .replaceFirst("No figure an export holds separates them; fix one of the keys \\(leave it out of --fit\\)\\.$",
              "A longer period (--period, more days) narrows both.");
      findings.add(tradeOffSentence() + " " + along);
    } else {
      findings.add("Identified: the observed figures pin every fitted key down within its range ("
          + String.join(", ", figures.stream().map(Calibration::name).toList()) + ").");
    }
    return values;
  }

  /** Says which keys trade off along the ridge {@code v} (scaled), and which unobserved figure would separate them. */
  private String ridgeSentence(double[] best, double[] v) {
    int n = best.length;
    List<String> moving = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      if (Math.abs(v[j]) > RIDGE_SHARE) {
        moving.add(keys.get(j).path());
      }
    }
    if (moving.size() < 2) {
      moving = keys.stream().map(FitKey::path).toList();
    }
    StringBuilder s = new StringBuilder("Not identified: ");
    s.append(words(figures.stream().map(Calibration::name).toList())).append(" alone cannot tell apart ").append(words(moving));
    double[] a = new double[n];
    double[] b = new double[n];
    for (int j = 0; j < n; j++) {
      a[j] = Math.min(1, Math.max(0, best[j] - 4 * STEP * v[j]));
      b[j] = Math.min(1, Math.max(0, best[j] + 4 * STEP * v[j]));
    }
    List<String> along = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      along.add(keys.get(j).path() + " " + keys.get(j).shown(natural(j, a[j])) + " → " + keys.get(j).shown(natural(j, b[j])));
    }
    ExperimentResult ra = simulate(a);
    ExperimentResult rb = simulate(b);
    s.append(String.format(Locale.ROOT, ": along the ridge (%s) Σz² changes by %.2f only. ", String.join(", ", along),
        Math.abs(distance(rb) - distance(ra))));
    String separating = null;
    double most = 0;
    String change = null;
    for (String candidate : List.of("abandon_rate", "unique_callers_per_day", "mean_wait_answered_s", "service_level", "answer_rate",
        "offered_calls_per_day")) {
      if (figures.contains(candidate)) {
        continue;
      }
      MetricSummary ma = ra.metric(candidate);
      MetricSummary mb = rb.metric(candidate);
      double precision = Math.max(1e-12, (ma.halfWidth() + mb.halfWidth()) / 2);
      double shift = Math.abs(mb.mean() - ma.mean()) / precision;
      if (shift > most) {
        most = shift;
        separating = candidate;
        change = ObservedFigure.shown(candidate, ma.mean()) + " → " + ObservedFigure.shown(candidate, mb.mean());
      }
    }
    if (separating != null && most > 2) {
      s.append("Observing the ").append(name(separating)).append(" would separate them: it moves ").append(change)
          .append(" along the ridge.");
    } else {
      s.append("No figure an export holds separates them; fix one of the keys (leave it out of --fit).");
    }
    return s.toString();
  }

  /** Whether any two keys' estimates correlate at {@value #TRADE_OFF} or more. */
  private boolean tradeOffs() {
    for (int j = 0; j < correlation.length; j++) {
      if (tradesOff(j)) {
        return true;
      }
    }
    return false;
  }

  /** Names the pairs of keys whose estimates correlate strongly, with their correlation. */
  private String tradeOffSentence() {
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < correlation.length; i++) {
      for (int j = i + 1; j < correlation.length; j++) {
        if (Math.abs(correlation[i][j]) >= TRADE_OFF) {
          pairs.add(String.format(Locale.ROOT, "%s and %s (correlation %+.2f)", keys.get(i).path(), keys.get(j).path(),
              correlation[i][j]));
        }
      }
    }
    return "Identified, but trading off: " + words(pairs) + " move together within their intervals, so each interval holds"
        + " only with the other key where it was fitted.";
  }

  /** Whether key {@code j}'s estimate correlates with another's so strongly that they trade off. */
  private boolean tradesOff(int j) {
    for (int k = 0; k < correlation.length; k++) {
      if (k != j && Math.abs(correlation[j][k]) >= TRADE_OFF) {
        return true;
      }
    }
    return false;
  }

  private List<CalibrationResult.FigureCheck> checks(ExperimentResult r) {
    List<CalibrationResult.FigureCheck> checks = new ArrayList<>();
    for (String metric : figures) {
      ObservedFigure o = observed.figure(metric);
      MetricSummary m = r.metric(metric);
      checks.add(new CalibrationResult.FigureCheck(metric, o.value(), o.standardError(), m.mean(), m.ci95Low(), m.ci95High(),
          z(o, m)));
    }
    return checks;
  }

  private String fitSentence(double distance, double df, double p, List<CalibrationResult.FigureCheck> checks, boolean reproduces) {
    List<String> off = new ArrayList<>();
    for (CalibrationResult.FigureCheck c : checks) {
      if (Math.abs(c.z()) > 2) {
        off.add(String.format(Locale.ROOT, "%s (z = %+.1f)", name(c.metric()), c.z()));
      }
    }
    if (!Double.isFinite(p)) {
      return (reproduces ? "Reproduces every observed figure within its uncertainty" : "Stays off " + words(off)
          + " by more than its uncertainty: the model is wrong for this region, not calibrated") + String.format(Locale.ROOT,
          " (Σz² = %.2f; the figures hold no more independent information than the keys fitted, so the fit itself cannot be"
              + " tested: observe more figures to test it).", distance);
    }
    return reproduces
        ? String.format(Locale.ROOT, "Reproduces the observed figures within their uncertainty (Σz² = %.2f, %.1f degrees of freedom"
            + " after the figures' correlation, p = %.2f).", distance, df, p)
        : String.format(Locale.ROOT, "Does not reproduce the observed figures: Σz² = %.2f on %.1f degrees of freedom (p = %.3f)%s;"
            + " the model is wrong for this region, not calibrated: look at what it leaves out.", distance, df, p,
            off.isEmpty() ? "" : ", off: " + words(off));
  }

  /** JᵀΣ⁻¹J: what the figures tell about the scaled keys, their correlation counted once. */
  private double[][] information(double[][] j, double[][] sigma) {
    double[][] inverse = pseudoInverse(sigma);
    int m = j.length;
    int n = j[0].length;
    double[][] info = new double[n][n];
    for (int k = 0; k < n; k++) {
      for (int l = 0; l < n; l++) {
        for (int a = 0; a < m; a++) {
          for (int b = 0; b < m; b++) {
            info[k][l] += j[a][k] * inverse[a][b] * j[b][l];
          }
        }
      }
    }
    return info;
  }

  /**
   * The Gauss–Newton step −(JᵀΣ⁻¹J)⁺·JᵀΣ⁻¹·r from {@code x}, each key's move capped at a quarter of
   * its range (a linearisation is not trusted further) and kept inside it.
   */
  private double[] glsStep(double[] x, double[][] j, double[][] sigma, double[][] info, ExperimentResult at) {
    if (at == null) {
      return x;
    }
    int m = j.length;
    int n = x.length;
    double[][] inverse = pseudoInverse(sigma);
    double[] r = new double[m];
    for (int i = 0; i < m; i++) {
      r[i] = at.metric(figures.get(i)).mean() - observed.figure(figures.get(i)).value();
    }
    double[] g = new double[n];
    for (int k = 0; k < n; k++) {
      for (int a = 0; a < m; a++) {
        for (int b = 0; b < m; b++) {
          g[k] += j[a][k] * inverse[a][b] * r[b];
        }
      }
    }
    double[][] infoInverse = pseudoInverse(info);
    double[] next = x.clone();
    for (int k = 0; k < n; k++) {
      double step = 0;
      for (int l = 0; l < n; l++) {
        step -= infoInverse[k][l] * g[l];
      }
      next[k] = Math.min(1, Math.max(0, x[k] + Math.max(-0.25, Math.min(0.25, step))));
    }
    return next;
  }

  /** The symmetric matrix's inverse on the directions it does not flatten (eigenvalues above {@value #FLAT} of the largest). */
  private static double[][] pseudoInverse(double[][] symmetric) {
    int n = symmetric.length;
    EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(symmetric));
    double[] lambda = eigen.getRealEigenvalues();
    double largest = 0;
    for (double l : lambda) {
      largest = Math.max(largest, Math.abs(l));
    }
    double[][] inverse = new double[n][n];
    for (int e = 0; e < n; e++) {
      if (!(lambda[e] > FLAT * largest)) {
        continue;
      }
      double[] v = eigen.getEigenvector(e).toArray();
      for (int i = 0; i < n; i++) {
        for (int k = 0; k < n; k++) {
          inverse[i][k] += v[i] * v[k] / lambda[e];
        }
      }
    }
    return inverse;
  }

  /**
   * What the search minimises: Σ z², each figure's miss over the uncertainty of observation and
   * simulation together. Correlated figures are weighed as if independent here, which keeps the
   * search on a smooth surface; their correlation enters the intervals and the test of the fit.
   */
  private double distance(ExperimentResult r) {
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
  private double[][] missCovariance(ExperimentResult r) {
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
   * {degrees of freedom, p-value} of the fit: Σ z² of correlated figures is a weighted sum of χ²₁
   * terms, the weights the eigenvalues λ of the misses' correlation; Satterthwaite's approximation
   * takes it as c·χ²_ν, c = Σλ²/Σλ, ν = (Σλ)²/Σλ², less one degree per fitted key. NaN when no degree
   * of freedom is left (as many independent figures as keys).
   */
  private double[] fitTest(double distance, double[][] missCovariance, ExperimentResult atFit) {
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
    double nu = sum * sum / squares - keys.size();
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

  private ExperimentResult simulate(double[] x) {
    String id = key(x);
    ExperimentResult known = evaluated.get(id);
    if (known != null || evaluated.containsKey(id)) {
      return known;
    }
    List<String> overrides = new ArrayList<>();
    for (int j = 0; j < x.length; j++) {
      overrides.add(keys.get(j).override(natural(j, x[j])));
    }
    ExperimentResult r;
    try {
      r = simulator.simulate(overrides);
    } catch (se.sim1177.model.LineOverloadedException e) {
      // A line overloaded without end at these values is far from any region's figures.
      r = null;
    }
    evaluated.put(id, r);
    if (progress != null) {
      progress.accept(evaluated.size());
    }
    return r;
  }

  /** A point by the values the scenario gets (so two points written alike are one simulation). */
  private String key(double[] x) {
    StringBuilder s = new StringBuilder();
    for (int j = 0; j < x.length; j++) {
      s.append(keys.get(j).format(natural(j, x[j]))).append(';');
    }
    return s.toString();
  }

  private double[] point(String id) {
    String[] parts = id.split(";");
    double[] x = new double[parts.length];
    for (int j = 0; j < parts.length; j++) {
      FitKey k = keys.get(j);
      double v = k.duration() ? se.sim1177.scenario.Durations.parseSeconds(parts[j]) : Double.parseDouble(parts[j]);
      x[j] = scaled(j, v);
    }
    return x;
  }

  private static double[] shifted(double[] x, int i, double di, int j, double dj) {
    double[] y = x.clone();
    y[i] += di;
    if (j >= 0) {
      y[j] += dj;
    }
    return y;
  }

  private double natural(int j, double x) {
    FitKey k = keys.get(j);
    return k.low() + Math.min(1, Math.max(0, x)) * (k.high() - k.low());
  }

  private double scaled(int j, double v) {
    FitKey k = keys.get(j);
    return Math.min(1, Math.max(0, (v - k.low()) / (k.high() - k.low())));
  }

  /** "a", "a and b", "a, b and c". */
  static String words(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  /** A figure's name in words. */
  static String name(String metric) {
    return switch (metric) {
      case "answer_rate" -> "answer rate";
      case "abandon_rate" -> "abandon rate";
      case "mean_wait_answered_s" -> "mean wait";
      case "service_level" -> "service level";
      case "offered_calls_per_day" -> "offered calls per day";
      case "unique_callers_per_day" -> "unique callers per day";
      default -> metric;
    };
  }
}
