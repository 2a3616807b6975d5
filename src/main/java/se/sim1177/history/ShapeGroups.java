package se.sim1177.history;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * Which weekdays share one shape of the day. All weekdays start as one group; a group is split in
 * two, at the split whose parts differ most, while some split's two shapes differ in a way that
 * both shows and matters:
 *
 * <ul>
 *   <li><b>shows</b>: the χ² test of the two shapes' table of calls (2 × intervals) rejects them being
 *       one shape at p &lt; {@value #P_VALUE} over the number of splits tried, with χ² divided by the dispersion φ measured between
 *       days of the same weekday (calls vary more than Poisson from day to day, which a plain χ²
 *       would take for a difference in shape: a quasi-Poisson test);
 *   <li><b>matters</b>: at least {@value #MATTERS} of the day's calls (the total variation distance
 *       of the two shapes) fall in different intervals — less than that changes no interval's
 *       staffing by as much as its Poisson noise.
 * </ul>
 *
 * The group with the most weekdays becomes the scenario's {@code intraday}; the others are written
 * under {@code intraday_by_weekday}.
 */
public final class ShapeGroups {
  static final double P_VALUE = 0.001;
  static final double MATTERS = 0.03;

  private ShapeGroups() {}

  /**
   * A group of weekdays and its shape.
   *
   * @param weekdays bit d set for weekday d (Monday 0)
   * @param calls the calls of its days pooled per interval
   */
  public record Group(int weekdays, double[] calls) {
    public double total() {
      double s = 0;
      for (double v : calls) {
        s += v;
      }
      return s;
    }

    /** The shape: each interval's share of the day. */
    public double[] shares() {
      double t = total();
      double[] s = new double[calls.length];
      for (int k = 0; k < s.length; k++) {
        s[k] = t > 0 ? calls[k] / t : 0;
      }
      return s;
    }
  }

  /** What the grouping found and why. */
  public record Result(List<Group> groups, double dispersion, boolean dispersionMeasured, List<String> reasons) {}

  /**
   * Groups the weekdays by their days' calls per interval.
   *
   * @param days each shaping day's calls per interval, with its weekday
   */
  public static Result of(List<double[]> days, int[] weekdayOfDay, int intervals) {
    double[][] pooled = pooled(days, weekdayOfDay, intervals);
    // The tests compare the shapes hour by hour: a difference of shape spans hours, and within an
    // hour the quarters' counts add mostly noise (degrees of freedom) and little signal.
    List<double[]> hourlyDays = new ArrayList<>();
    for (double[] d : days) {
      hourlyDays.add(hourly(d));
    }
    double[][] hourly = pooled(hourlyDays, weekdayOfDay, 24);
    int[] count = new int[7];
    for (int w : weekdayOfDay) {
      count[w]++;
    }
    double[] phi = dispersion(hourlyDays, weekdayOfDay, hourly, count);
    double dispersion = Math.max(1, phi[0]);
    List<Group> groups = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    int with = 0;
    for (int w = 0; w < 7; w++) {
      with |= count[w] > 0 ? 1 << w : 0;
    }
    int without = 0x7F & ~with;
    if (with != 0) {
      groups.add(pooled(with, hourly));
    }
    // Divisive: split a group in the two parts that differ most, while a split both shows and matters.
    boolean split = true;
    while (split) {
      split = false;
      for (int i = 0; i < groups.size() && !split; i++) {
        int[] parts = bestSplit(groups.get(i).weekdays(), hourly, dispersion);
        if (parts != null) {
          groups.set(i, pooled(parts[0], hourly));
          groups.add(pooled(parts[1], hourly));
          split = true;
        }
      }
    }
    groups.sort((x, y) -> Integer.bitCount(y.weekdays()) != Integer.bitCount(x.weekdays())
        ? Integer.bitCount(y.weekdays()) - Integer.bitCount(x.weekdays()) : Integer.numberOfTrailingZeros(x.weekdays())
            - Integer.numberOfTrailingZeros(y.weekdays()));
    if (without != 0 && !groups.isEmpty()) {
      // A weekday with no day to shape it follows the common shape.
      Group main = groups.get(0);
      groups.set(0, new Group(main.weekdays() | without, main.calls()));
      reasons.add("weekdays with no complete day in the period follow the common shape");
    }
    List<Group> shapes = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      Group main = groups.get(0);
      Group g = groups.get(i);
      if (i > 0) {
        reasons.add(String.format(java.util.Locale.ROOT, "%s differs from the common shape by %.1f %% of the day's calls, hour by"
            + " hour (χ²/φ p %s)", DayNames.of(g.weekdays()), 100 * distance(main, g), pText(pValue(main, g, dispersion))));
      }
      shapes.add(new Group(g.weekdays(), pooled(g.weekdays() & with, pooled).calls()));
    }
    return new Result(shapes, dispersion, phi[1] > 0, reasons);
  }

  /**
   * The two parts of {@code mask} whose shapes differ most (the χ² statistic furthest above its
   * critical value) among the splits
   * that both show, at p below {@value #P_VALUE} divided by the number of splits tried (Bonferroni:
   * the search looks at every split, so the chance of a false one stays below {@value #P_VALUE}), and
   * matter; null when no split does.
   */
  private static int[] bestSplit(int mask, double[][] pooled, double dispersion) {
    int lowest = Integer.lowestOneBit(mask);
    int tried = (1 << (Integer.bitCount(mask) - 1)) - 1;
    int[] best = null;
    // Compared by the statistic's excess over its critical value: p-values of clear differences
    // underflow to zero and could not rank them.
    double bestExcess = 0;
    for (int part = (mask - 1) & mask; part > 0; part = (part - 1) & mask) {
      if ((part & lowest) == 0) {
        continue;
      }
      Group a = pooled(part, pooled);
      Group b = pooled(mask & ~part, pooled);
      double[] test = statistic(a, b, dispersion);
      if (test[1] < 1 || distance(a, b) < MATTERS) {
        continue;
      }
      double critical = new ChiSquaredDistribution(null, test[1]).inverseCumulativeProbability(1 - P_VALUE / Math.max(1, tried));
      if (test[0] - critical > bestExcess) {
        bestExcess = test[0] - critical;
        best = new int[] {part, mask & ~part};
      }
    }
    return best;
  }

  private static double[][] pooled(List<double[]> days, int[] weekdayOfDay, int cells) {
    double[][] pooled = new double[7][cells];
    for (int i = 0; i < days.size(); i++) {
      for (int k = 0; k < cells; k++) {
        pooled[weekdayOfDay[i]][k] += days.get(i)[k];
      }
    }
    return pooled;
  }

  private static double[] hourly(double[] day) {
    double[] hours = new double[24];
    int perHour = day.length / 24;
    for (int k = 0; k < day.length; k++) {
      hours[k / perHour] += day[k];
    }
    return hours;
  }

  private static Group pooled(int mask, double[][] pooled) {
    double[] calls = new double[pooled[0].length];
    for (int w = 0; w < 7; w++) {
      if ((mask & (1 << w)) != 0) {
        for (int k = 0; k < calls.length; k++) {
          calls[k] += pooled[w][k];
        }
      }
    }
    return new Group(mask, calls);
  }

  /** Total variation distance: the share of the day's calls in different intervals. */
  static double distance(Group a, Group b) {
    double[] x = a.shares();
    double[] y = b.shares();
    double d = 0;
    for (int k = 0; k < x.length; k++) {
      d += Math.abs(x[k] - y[k]);
    }
    return d / 2;
  }

  /** The p-value of the 2 × intervals χ² test of one shape, χ² divided by the dispersion. */
  static double pValue(Group a, Group b, double dispersion) {
    double[] test = statistic(a, b, dispersion);
    return test[1] < 1 ? 1 : 1 - new ChiSquaredDistribution(null, test[1]).cumulativeProbability(test[0]);
  }

  /** {χ²/φ, degrees of freedom} of the 2 × intervals table of the two groups' calls (intervals with no call left out). */
  private static double[] statistic(Group a, Group b, double dispersion) {
    double ta = a.total();
    double tb = b.total();
    double t = ta + tb;
    if (ta == 0 || tb == 0) {
      return new double[] {0, 0};
    }
    double chi = 0;
    int cells = 0;
    for (int k = 0; k < a.calls().length; k++) {
      double col = a.calls()[k] + b.calls()[k];
      if (col <= 0) {
        continue;
      }
      cells++;
      double ea = col * ta / t;
      double eb = col * tb / t;
      chi += (a.calls()[k] - ea) * (a.calls()[k] - ea) / ea + (b.calls()[k] - eb) * (b.calls()[k] - eb) / eb;
    }
    return new double[] {chi / dispersion, cells - 1};
  }

  /**
   * The dispersion φ: Pearson's χ² of each day against its weekday's pooled shape, summed and
   * divided by its degrees of freedom; {φ, degrees of freedom}. With one day per weekday there are
   * no degrees of freedom and φ is taken as 1 (Poisson).
   */
  private static double[] dispersion(List<double[]> days, int[] weekdayOfDay, double[][] pooled, int[] count) {
    double chi = 0;
    double df = 0;
    int intervals = pooled[0].length;
    for (int i = 0; i < days.size(); i++) {
      int w = weekdayOfDay[i];
      if (count[w] < 2) {
        continue;
      }
      double weekTotal = 0;
      for (double v : pooled[w]) {
        weekTotal += v;
      }
      double dayTotal = 0;
      for (double v : days.get(i)) {
        dayTotal += v;
      }
      for (int k = 0; k < intervals; k++) {
        double expected = dayTotal * pooled[w][k] / weekTotal;
        if (expected > 0) {
          chi += (days.get(i)[k] - expected) * (days.get(i)[k] - expected) / expected;
        }
      }
    }
    for (int w = 0; w < 7; w++) {
      if (count[w] < 2) {
        continue;
      }
      int cells = 0;
      for (double v : pooled[w]) {
        cells += v > 0 ? 1 : 0;
      }
      df += (count[w] - 1.0) * Math.max(0, cells - 1);
    }
    return df > 0 ? new double[] {chi / df, df} : new double[] {1, 0};
  }

  static String pText(double p) {
    return p < 1e-4 ? "< 0.0001" : String.format(java.util.Locale.ROOT, "%.4f", p);
  }
}
