package se.sim1177.experiment;

/**
 * Whether the share of residents who choose 1177 direkt settles or swings when they react to
 * delayed information about the phone (Armony, Shimkin and Whitt 2009: delay announcements can
 * make a queue oscillate). Measured on the share in effect in each measured interval, less its mean
 * at that time of day over the days (the day's own shape is not a swing): its standard deviation
 * (the swing), and its autocorrelation at lags up to half a day. A feedback loop that overshoots
 * (a high share empties the queue, the emptied queue shows a delay later, the share falls, the
 * queue grows again) makes the deviation alternate, so its autocorrelation turns clearly negative
 * at half the cycle; a share that merely wanders with the day's luck keeps it positive. Means over
 * the replications.
 *
 * @param lagIntervals the lag of the most negative autocorrelation, in intervals: half a cycle
 * @param swing the standard deviation of the share in effect about its time-of-day mean
 * @param autocorrelation the most negative autocorrelation of that deviation at lags from 1 interval to half a day; NaN when the share never moves
 * @param dayToDay the standard deviation across days of each day's realised share
 */
public record ChoiceStability(int lagIntervals, double swing, double autocorrelation, double dayToDay) {
  /** An autocorrelation below this at some lag is an overshooting loop. */
  public static final double OSCILLATING_AUTOCORRELATION = -0.2;
  /** A swing below this (one percentage point) is too small to matter, whatever its pattern. */
  public static final double NOTICEABLE_SWING = 0.01;

  /** Whether the share oscillates: it swings noticeably, and a high share is followed by a low one half a cycle later. */
  public boolean oscillates() {
    return swing >= NOTICEABLE_SWING && autocorrelation < OSCILLATING_AUTOCORRELATION;
  }

  /** The lags looked at: 1 to half a day of intervals. */
  static int maxLag(int intervalsPerDay) {
    return intervalsPerDay / 2;
  }

  /** From the means over the replications of {swing, day-to-day, autocorrelation at lags 1..maxLag}. */
  static ChoiceStability of(double[] means) {
    int lag = 0;
    double lowest = Double.NaN;
    for (int l = 1; l + 1 < means.length; l++) {
      double a = means[l + 1];
      if (!Double.isNaN(a) && (Double.isNaN(lowest) || a < lowest)) {
        lowest = a;
        lag = l;
      }
    }
    return new ChoiceStability(lag, means[0], lowest, means[1]);
  }

  /**
   * One replication's {swing, autocorrelation at lags 1..{@link #maxLag}} from its {@code trace}
   * (the share in effect per measured interval, {@code intervalsPerDay} a day).
   */
  static double[] swingOf(double[] trace, int intervalsPerDay) {
    int days = trace.length / intervalsPerDay;
    double[] deviation = new double[trace.length];
    for (int k = 0; k < intervalsPerDay; k++) {
      double mean = 0;
      for (int d = 0; d < days; d++) {
        mean += trace[d * intervalsPerDay + k];
      }
      mean /= days;
      for (int d = 0; d < days; d++) {
        deviation[d * intervalsPerDay + k] = trace[d * intervalsPerDay + k] - mean;
      }
    }
    double sumSquares = 0;
    for (double e : deviation) {
      sumSquares += e * e;
    }
    int lags = maxLag(intervalsPerDay);
    double[] out = new double[1 + lags];
    out[0] = Math.sqrt(sumSquares / deviation.length);
    for (int l = 1; l <= lags; l++) {
      double lagged = 0;
      for (int i = l; i < deviation.length; i++) {
        lagged += deviation[i] * deviation[i - l];
      }
      out[l] = sumSquares > 0 && l < deviation.length ? lagged / sumSquares : Double.NaN;
    }
    return out;
  }

  /** The standard deviation of {@code values} (NaN ones left out); NaN with fewer than two. */
  static double standardDeviation(double[] values) {
    int n = 0;
    double sum = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        n++;
        sum += v;
      }
    }
    if (n < 2) {
      return Double.NaN;
    }
    double mean = sum / n;
    double squares = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        squares += (v - mean) * (v - mean);
      }
    }
    return Math.sqrt(squares / (n - 1));
  }
}
