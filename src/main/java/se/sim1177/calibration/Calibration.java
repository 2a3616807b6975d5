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
 *   <li><b>Distance</b>: χ² = rᵀ·Σ⁻¹·r of the misses r = model − observed, Σ the observed figures'
 *       covariance (their standard errors from the period's day-to-day variation, and their
 *       correlation from the same days: a busy day lowers the answer rate and raises the abandon rate
 *       and the mean wait at once) plus the simulation's own variance from its replications. Each
 *       figure's own miss is shown as z = r / √(se_observed² + se_model²).
 *   <li><b>Search</b>: every evaluation simulates with the same seed (common random numbers), so χ²
 *       is a deterministic function of the keys and its small changes are real. With two or more
 *       keys, Powell's BOBYQA (commons-math3), a derivative-free trust-region method that fits a
 *       quadratic model to the evaluations within bounds: a smooth, low-dimensional, bounded problem
 *       whose every evaluation is a simulation, where it needs tens of evaluations and CMA-ES
 *       hundreds. With one key, Brent's method on its range. Keys are searched scaled to [0, 1].
 *   <li><b>Start</b>: the patience from Erlang A's relation ({@link ErlangAStart}), every other key
 *       as the scenario writes it.
 *   <li><b>Uncertainty</b>: the curvature of χ² at the fit (its Hessian by central differences,
 *       on the same common random numbers). For a χ² that is quadratic near its minimum, the 95 %
 *       profile interval of a key is where χ² rises by 3.84 with the other keys re-fitted:
 *       value ± 1.96·√(2·(H⁻¹)ᵢᵢ).
 *   <li><b>Identifiability</b>: a key is identified when its interval leaves most of its range out
 *       (covers less than half of it) and it does not trade off with another key (their estimates'
 *       correlation below 0.9, the usual mark of practical non-identifiability); a Hessian with an
 *       eigenvalue near zero leaves the keys along that eigenvector unidentified. Where keys trade
 *       off, the figures are reproduced along a ridge (the Hessian's flattest eigenvector). The figures calibrate could observe but was not
 *       given are simulated at both ends of the ridge, and the one that changes most, in units of
 *       its simulated precision, is named as the observation that would separate the keys.
 *   <li><b>Fit</b>: with more figures than keys, the χ² test of the minimum; a p-value below 0.05
 *       says the model cannot reproduce the figures within their uncertainty.
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
  private final Map<String, ExperimentResult> evaluated = new HashMap<>();
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
    return MAX_SEARCH + 1 + 2 * keys * keys + 2;
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
    double[] best = search(start);
    double[][] hessian = hessian(best);
    ExperimentResult atFit = simulate(best);
    double chi = chiSquare(atFit);
    int df = figures.size() - n;
    double p = df > 0 ? 1 - new ChiSquaredDistribution(null, df).cumulativeProbability(chi) : Double.NaN;
    List<String> findings = new ArrayList<>();
    List<CalibrationResult.FittedValue> values = intervals(best, start, hessian, findings);
    boolean identified = values.stream().allMatch(CalibrationResult.FittedValue::identified);
    List<CalibrationResult.FigureCheck> checks = checks(atFit);
    boolean reproduces = df > 0 ? p >= 0.05 : checks.stream().allMatch(c -> Math.abs(c.z()) <= 2);
    findings.add(fitSentence(chi, df, p, checks, reproduces));
    List<String> overrides = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      overrides.add(keys.get(j).override(natural(j, best[j])));
    }
    return new CalibrationResult(observed.label(), values, correlation, checks, chi, Math.max(0, df), p, reproduces, identified,
        findings, evaluated.size(), n == 1 ? "Brent" : "BOBYQA", overrides, atFit);
  }

  private double[] search(double[] start) {
    int n = keys.size();
    if (n == 1) {
      BrentOptimizer brent = new BrentOptimizer(1e-3, 1e-4);
      UnivariatePointValuePair found = brent.optimize(new MaxEval(MAX_SEARCH), GoalType.MINIMIZE,
          new SearchInterval(0, 1, Math.min(1, Math.max(0, start[0]))),
          new UnivariateObjectiveFunction(x -> chiSquare(simulate(new double[] {x}))));
      return new double[] {found.getPoint()};
    }
    double[] lower = new double[n];
    double[] upper = new double[n];
    java.util.Arrays.fill(upper, 1);
    double[] x0 = new double[n];
    for (int j = 0; j < n; j++) {
      x0[j] = Math.min(0.98, Math.max(0.02, start[j]));
    }
    MultivariateFunction f = x -> chiSquare(simulate(x));
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
      double v = chiSquare(e.getValue());
      if (v < value) {
        value = v;
        best = point(e.getKey());
      }
    }
    return new PointValuePair(best, value);
  }

  /** The Hessian of χ² at {@code x} on the scaled keys, by central differences (the stencil kept inside [0, 1]). */
  private double[][] hessian(double[] x) {
    int n = x.length;
    double[] c = x.clone();
    for (int j = 0; j < n; j++) {
      c[j] = Math.min(1 - STEP, Math.max(STEP, c[j]));
    }
    double f0 = chiSquare(simulate(c));
    double[][] h = new double[n][n];
    for (int i = 0; i < n; i++) {
      double up = chiSquare(simulate(shifted(c, i, STEP, -1, 0)));
      double down = chiSquare(simulate(shifted(c, i, -STEP, -1, 0)));
      h[i][i] = (up - 2 * f0 + down) / (STEP * STEP);
      for (int j = 0; j < i; j++) {
        double pp = chiSquare(simulate(shifted(c, i, STEP, j, STEP)));
        double pm = chiSquare(simulate(shifted(c, i, STEP, j, -STEP)));
        double mp = chiSquare(simulate(shifted(c, i, -STEP, j, STEP)));
        double mm = chiSquare(simulate(shifted(c, i, -STEP, j, -STEP)));
        h[i][j] = (pp - pm - mp + mm) / (4 * STEP * STEP);
        h[j][i] = h[i][j];
      }
    }
    return h;
  }

  private List<CalibrationResult.FittedValue> intervals(double[] best, double[] start, double[][] hessian, List<String> findings) {
    int n = best.length;
    RealMatrix h = new Array2DRowRealMatrix(hessian);
    EigenDecomposition eigen = new EigenDecomposition(h);
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
    // The covariance 2·H⁻¹; along a flat direction (a ridge) the inverse leaves it out, and the keys
    // that move along the ridge are not identified.
    double[][] covariance = new double[n][n];
    for (int e = 0; e < n; e++) {
      if (!(lambda[e] > FLAT * largest) || !(lambda[e] > 0)) {
        continue;
      }
      double[] v = eigen.getEigenvector(e).toArray();
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          covariance[i][j] += 2 * v[i] * v[j] / lambda[e];
        }
      }
    }
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
      boolean onRidge = singular ? Math.abs(ridge[j]) > RIDGE_SHARE : tradesOff(j);
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
      a[j] = Math.min(1, Math.max(0, best[j] - 2 * STEP * v[j]));
      b[j] = Math.min(1, Math.max(0, best[j] + 2 * STEP * v[j]));
    }
    List<String> along = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      along.add(keys.get(j).path() + " " + keys.get(j).shown(natural(j, a[j])) + " → " + keys.get(j).shown(natural(j, b[j])));
    }
    ExperimentResult ra = simulate(a);
    ExperimentResult rb = simulate(b);
    s.append(String.format(Locale.ROOT, ": along the ridge (%s) χ² changes by %.2f only. ", String.join(", ", along),
        Math.abs(chiSquare(rb) - chiSquare(ra))));
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
        change = figure(candidate, ma.mean()) + " → " + figure(candidate, mb.mean());
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

  private String fitSentence(double chi, int df, double p, List<CalibrationResult.FigureCheck> checks, boolean reproduces) {
    List<String> off = new ArrayList<>();
    for (CalibrationResult.FigureCheck c : checks) {
      if (Math.abs(c.z()) > 2) {
        off.add(String.format(Locale.ROOT, "%s (z = %+.1f)", name(c.metric()), c.z()));
      }
    }
    if (df <= 0) {
      return (reproduces ? "Reproduces every observed figure within its uncertainty" : "Stays off " + String.join(", ", off)
          + " by more than its uncertainty: the model is wrong for this region, not calibrated") + String.format(Locale.ROOT,
          " (χ² = %.2f; as many figures as keys, so the fit itself cannot be tested: observe more figures to test it).", chi);
    }
    return reproduces
        ? String.format(Locale.ROOT, "Reproduces the observed figures within their uncertainty (χ² = %.2f on %d degree%s of"
            + " freedom, p = %.2f).", chi, df, df == 1 ? "" : "s", p)
        : String.format(Locale.ROOT, "Does not reproduce the observed figures: χ² = %.2f on %d degree%s of freedom (p = %.3f)%s;"
            + " the model is wrong for this region, not calibrated: look at what it leaves out.", chi, df, df == 1 ? "" : "s", p,
            off.isEmpty() ? "" : ", off: " + String.join(", ", off));
  }

  /**
   * The generalised distance rᵀ·Σ⁻¹·r of the misses r, Σ the observed figures' covariance (their
   * standard errors and correlation: the same busy days move several figures together, and counting
   * them as independent would claim more than the month shows) plus the simulation's own variance.
   */
  private double chiSquare(ExperimentResult r) {
    if (r == null) {
      return 1e9;
    }
    int m = figures.size();
    double[] miss = new double[m];
    double[] simSe = new double[m];
    for (int i = 0; i < m; i++) {
      MetricSummary s = r.metric(figures.get(i));
      miss[i] = s.mean() - observed.figure(figures.get(i)).value();
      simSe[i] = simulationSe(s);
      if (!Double.isFinite(miss[i])) {
        return 1e6 * m;
      }
    }
    double[][] cov = new double[m][m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        double si = observed.figure(figures.get(i)).standardError();
        double sj = observed.figure(figures.get(j)).standardError();
        cov[i][j] = si * sj * observed.correlation(figures.get(i), figures.get(j)) + (i == j ? simSe[i] * simSe[i] : 0);
      }
    }
    try {
      double[] solved = new org.apache.commons.math3.linear.LUDecomposition(new Array2DRowRealMatrix(cov)).getSolver()
          .solve(new org.apache.commons.math3.linear.ArrayRealVector(miss)).toArray();
      double sum = 0;
      for (int i = 0; i < m; i++) {
        sum += miss[i] * solved[i];
      }
      return sum;
    } catch (org.apache.commons.math3.linear.SingularMatrixException e) {
      double sum = 0;
      for (int i = 0; i < m; i++) {
        sum += miss[i] * miss[i] / cov[i][i];
      }
      return sum;
    }
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

  /** A figure's value for a person. */
  static String figure(String metric, double v) {
    if (metric.endsWith("_rate") || metric.equals("service_level")) {
      return String.format(Locale.ROOT, "%.1f %%", 100 * v);
    }
    if (metric.endsWith("_s")) {
      return String.format(Locale.ROOT, "%.1f min", v / 60);
    }
    return String.format(Locale.ROOT, "%,.1f", v);
  }
}
