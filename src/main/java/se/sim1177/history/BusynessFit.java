package se.sim1177.history;

import java.util.List;

/**
 * The day-to-day variation of the calls beyond Poisson noise, as the scenario's {@code
 * day_busyness}: a day's calls are Poisson with mean μ_w·B, B ~ Gamma(shape, mean 1), so their
 * variance is μ_w + μ_w²/shape. The moment estimator of c = 1/shape averages, over the days, the
 * excess of each day's squared deviation from its weekday's mean over the Poisson variance,
 * relative to that mean squared: u_d = ((x_d − x̄_w)²·n_w/(n_w − 1) − x̄_w) / x̄_w². Its standard error
 * is the spread of those terms over √n. When c is not above two standard errors, the days vary no
 * more than Poisson noise can explain and the scenario gets no {@code day_busyness}.
 *
 * @param excess c, the squared coefficient of variation of the busyness factor
 * @param excessStandardError its standard error
 * @param shape 1/c when the variation is beyond Poisson, else 0 (no {@code day_busyness})
 * @param shapeStandardError the delta method's standard error of the shape (0 when there is none)
 * @param days the days it rests on
 */
public record BusynessFit(double excess, double excessStandardError, double shape, double shapeStandardError, int days) {
  /** The smallest and largest shape a scenario accepts. */
  static final double MIN_SHAPE = 0.1;
  static final double MAX_SHAPE = 1e6;

  /** Whether the days vary beyond Poisson noise. */
  public boolean overdispersed() {
    return shape > 0;
  }

  /** Fits the busyness to each used day's calls and weekday (Monday 0); weekdays with one day only add nothing. */
  public static BusynessFit of(List<Double> calls, int[] weekdays) {
    int n = calls.size();
    double[] sum = new double[7];
    int[] count = new int[7];
    for (int i = 0; i < n; i++) {
      sum[weekdays[i]] += calls.get(i);
      count[weekdays[i]]++;
    }
    double total = 0;
    double totalSquares = 0;
    int terms = 0;
    for (int i = 0; i < n; i++) {
      int w = weekdays[i];
      double mean = sum[w] / count[w];
      if (count[w] < 2 || mean <= 0) {
        continue;
      }
      double dev = calls.get(i) - mean;
      double u = (dev * dev * count[w] / (count[w] - 1.0) - mean) / (mean * mean);
      total += u;
      totalSquares += u * u;
      terms++;
    }
    if (terms < 2) {
      return new BusynessFit(Double.NaN, Double.NaN, 0, 0, terms);
    }
    double c = total / terms;
    double sd = Math.sqrt(Math.max(0, (totalSquares - terms * c * c) / (terms - 1)));
    double se = sd / Math.sqrt(terms);
    if (!(c > 2 * se) || c <= 0) {
      return new BusynessFit(c, se, 0, 0, terms);
    }
    double shape = Math.min(MAX_SHAPE, Math.max(MIN_SHAPE, 1 / c));
    return new BusynessFit(c, se, shape, se / (c * c), terms);
  }
}
