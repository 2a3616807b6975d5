package se.sim1177.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.MetricSummary;
import se.sim1177.history.ObservedFigure;

/**
 * What the figures pin down: each key's 95 % interval from the {@link Information}, and in words
 * which keys they cannot tell apart.
 *
 * <p>A key is identified when its interval leaves most of its range out (covers less than half of
 * it) and the information has no flat direction along it (an eigenvalue near zero: a ridge where
 * the figures stay the same). Keys whose estimates correlate at 0.9 or more are identified but
 * trade off, and are named. The figures calibrate could observe but was not given are simulated at
 * both ends of the ridge, and the one that changes most, in units of its simulated precision, is
 * named as the observation that would separate the keys.
 */
final class Identifiability {
  /** A key moves along a ridge when it is at least this share of the ridge's direction (on the scaled keys). */
  static final double RIDGE_SHARE = 0.3;
  /** A key is pinned down when its 95 % interval covers less than this share of its range. */
  static final double PINNED = 0.5;
  /** Keys whose estimates correlate at least this strongly trade off along a ridge (practical non-identifiability). */
  static final double TRADE_OFF = 0.9;

  private final ScaledKeys keys;
  private final FigureStatistics figures;
  private final Simulations simulations;
  private double[][] correlation;

  Identifiability(ScaledKeys keys, FigureStatistics figures, Simulations simulations) {
    this.keys = keys;
    this.figures = figures;
    this.simulations = simulations;
  }

  /** The fitted keys' correlations found by {@link #intervals} (zeros when they are not identified). */
  double[][] correlation() {
    return correlation;
  }

  /**
   * Each key's 95 % interval from the information JᵀΣ⁻¹J of the figures about the keys (J the
   * figures' derivatives, Σ the misses' full covariance): the estimate's covariance is its inverse.
   * Adds to {@code findings} the sentence on what the figures pin down.
   */
  List<CalibrationResult.FittedValue> intervals(double[] best, double[] start, double[][] a, List<String> findings) {
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
    boolean singular = !(lambda[flattest] > Information.FLAT * largest) || !(lambda[flattest] > 0);
    double[] ridge = eigen.getEigenvector(flattest).toArray();
    // A⁻¹ on the directions A pins down; along a flat one (a ridge) the keys that move are not identified.
    double[][] inverse = new double[n][n];
    for (int e = 0; e < n; e++) {
      if (!(lambda[e] > Information.FLAT * largest) || !(lambda[e] > 0)) {
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
      double value = keys.natural(j, best[j]);
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
      values.add(new CalibrationResult.FittedValue(k, keys.natural(j, start[j]), value, low, high, identified));
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
          + String.join(", ", figures.metrics().stream().map(FitWording::name).toList()) + ").");
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
      moving = keys.all().stream().map(FitKey::path).toList();
    }
    StringBuilder s = new StringBuilder("Not identified: ");
    s.append(FitWording.words(figures.metrics().stream().map(FitWording::name).toList())).append(" alone cannot tell apart ")
        .append(FitWording.words(moving));
    double[] a = new double[n];
    double[] b = new double[n];
    for (int j = 0; j < n; j++) {
      a[j] = Math.min(1, Math.max(0, best[j] - 4 * Information.STEP * v[j]));
      b[j] = Math.min(1, Math.max(0, best[j] + 4 * Information.STEP * v[j]));
    }
    List<String> along = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      along.add(keys.get(j).path() + " " + keys.get(j).shown(keys.natural(j, a[j])) + " → "
          + keys.get(j).shown(keys.natural(j, b[j])));
    }
    ExperimentResult ra = simulations.at(a);
    ExperimentResult rb = simulations.at(b);
    s.append(String.format(Locale.ROOT, ": along the ridge (%s) Σz² changes by %.2f only. ", String.join(", ", along),
        Math.abs(figures.distance(rb) - figures.distance(ra))));
    String separating = null;
    double most = 0;
    String change = null;
    for (String candidate : List.of("abandon_rate", "unique_callers_per_day", "mean_wait_answered_s", "service_level", "answer_rate",
        "offered_calls_per_day")) {
      if (figures.fits(candidate)) {
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
      s.append("Observing the ").append(FitWording.name(separating)).append(" would separate them: it moves ").append(change)
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
    return "Identified, but trading off: " + FitWording.words(pairs) + " move together within their intervals, so each interval"
        + " holds only with the other key where it was fitted.";
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
}
