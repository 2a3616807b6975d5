package se.sim1177.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Demand for the phone line: first call attempts (redials come on top, from {@link Callers}).
 *
 * <p>The rate on day {@code d} in intraday interval {@code k} is {@code callsPerDay ×
 * weekdayFactors[weekday(d)] × busyness(d) × shape[k] / Σ shape}, spread evenly over the interval:
 * a non-homogeneous Poisson process, piecewise constant. The shape is the weekday's own from
 * {@code intraday_by_weekday} when one names it, otherwise {@code intraday} ({@link #intradayFor}).
 *
 * @param callsPerDay mean first attempts on a day with weekday factor 1
 * @param weekdayFactors seven multipliers, Monday first, used as given
 * @param intraday 24, 48 or 96 non-negative weights giving the shape of every day no
 *     {@code intradayByWeekday} entry names; null in the constructor means not written: a flat day
 *     with as many intervals as the weekday shapes (24 without them)
 * @param intradayByWeekday shapes of their own for some weekdays, in the file's order; each weekday
 *     in at most one, each with as many weights as {@code intraday}
 * @param dayBusynessShape shape of the Gamma(shape, mean 1) factor drawn for each day; 0 means no
 *     day-to-day variation beyond the Poisson noise
 * @param forecastError coefficient of variation of a factor drawn once per replication (Gamma,
 *     mean 1) that multiplies every day's volume: how far the forecast of the period's volume may
 *     be off; 0 means the forecast is right
 */
public record Arrivals(double callsPerDay, List<Double> weekdayFactors, List<Double> intraday, List<DayShape> intradayByWeekday,
    double dayBusynessShape, double forecastError) {
  /** Shaped by weekday, with the forecast taken as right. */
  public Arrivals(double callsPerDay, List<Double> weekdayFactors, List<Double> intraday, List<DayShape> intradayByWeekday,
      double dayBusynessShape) {
    this(callsPerDay, weekdayFactors, intraday, intradayByWeekday, dayBusynessShape, 0);
  }

  /** Weekday factors when the scenario does not say: every day alike. */
  public static final List<Double> DEFAULT_WEEKDAY_FACTORS = java.util.Collections.nCopies(7, 1.0);
  /** The day's shape when the scenario does not say: flat over 24 hours. */
  public static final List<Double> DEFAULT_INTRADAY = flatIntraday(24);
  /** No day-to-day variation beyond the Poisson noise, when there is no {@code day_busyness}. */
  public static final double DEFAULT_DAY_BUSYNESS_SHAPE = 0;
  private static final String INTERVALS_ALLOWED = "must be 24, 48 or 96 weights (hours, half hours or quarters)";

  /**
   * The shape of the day on some weekdays: one entry of {@code intraday_by_weekday}. Two shapes are
   * equal when they cover the same days with the same weights, however the days were written.
   *
   * @param key the day set as the scenario writes it ({@code sat-sun}), naming the entry in messages
   * @param days the weekdays it shapes
   * @param weights the day's shape, as many weights as {@code intraday}
   */
  public record DayShape(String key, DaySet days, List<Double> weights) {
    public DayShape {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(days, "days");
      weights = List.copyOf(weights);
    }

    /** A shape for {@code days}, named in messages by their standard spelling. */
    public DayShape(DaySet days, List<Double> weights) {
      this(days.toString(), days, weights);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof DayShape s && s.days.equals(days) && s.weights.equals(weights);
    }

    @Override
    public int hashCode() {
      return 31 * days.hashCode() + weights.hashCode();
    }
  }

  /** Every day shaped by {@code intraday}. */
  public Arrivals(double callsPerDay, List<Double> weekdayFactors, List<Double> intraday, double dayBusynessShape) {
    this(callsPerDay, weekdayFactors, intraday, List.of(), dayBusynessShape);
  }

  /** The same demand with a forecast error of {@code cv}. */
  public Arrivals withForecastError(double cv) {
    return new Arrivals(callsPerDay, weekdayFactors, intraday, intradayByWeekday, dayBusynessShape, cv);
  }

  /** The Gamma shape of the forecast's factor (1 / cv²), 0 when the forecast is right. */
  public double forecastShape() {
    return forecastError > 0 ? 1 / (forecastError * forecastError) : 0;
  }

  public Arrivals {
    weekdayFactors = List.copyOf(weekdayFactors);
    intradayByWeekday = List.copyOf(intradayByWeekday);
    boolean intradayWritten = intraday != null;
    int firstShape = intradayByWeekday.isEmpty() ? 0 : intradayByWeekday.get(0).weights().size();
    // Left out: flat, with as many intervals as the weekday shapes (when they have a count allowed at all).
    intraday = intradayWritten ? List.copyOf(intraday) : flatIntraday(allowedCount(firstShape) ? firstShape : 24);
    FieldChecks c = new FieldChecks();
    c.require(callsPerDay >= 0 && callsPerDay <= 1e7, "calls_per_day", callsPerDay, "must be between 0 and 10000000");
    c.require(weekdayFactors.size() == 7, "weekday_factors", weekdayFactors.size() + " values",
        "must be 7 values, Monday to Sunday");
    for (int i = 0; i < weekdayFactors.size(); i++) {
      c.require(weekdayFactors.get(i) >= 0 && weekdayFactors.get(i) <= 100, "weekday_factors[" + i + "]",
          weekdayFactors.get(i), "must be between 0 and 100");
    }
    int n = intraday.size();
    c.require(allowedCount(n), "intraday", n + " values", INTERVALS_ALLOWED);
    requireWeights(c, "intraday", intraday, callsPerDay);
    // Every list must have as many weights as intraday; when intraday is left out, as the first list.
    String reference = intradayWritten ? "intraday" : intradayByWeekday.isEmpty() ? null
        : "intraday_by_weekday." + intradayByWeekday.get(0).key();
    int expected = intradayWritten ? n : firstShape;
    int covered = 0;
    for (int i = 0; i < intradayByWeekday.size(); i++) {
      DayShape shape = intradayByWeekday.get(i);
      String key = "intraday_by_weekday." + shape.key();
      int again = covered & shape.days().mask();
      if (again != 0) {
        c.require(false, key, dayList(again), (Integer.bitCount(again) == 1 ? "is" : "are") + " named already by "
            + keysWith(intradayByWeekday.subList(0, i), again) + "; a weekday may be named in one key only");
      }
      covered |= shape.days().mask();
      int m = shape.weights().size();
      if (!allowedCount(m)) {
        c.require(false, key, m + " values", INTERVALS_ALLOWED);
      } else if (allowedCount(expected)) {
        c.require(m == expected, key, m + " values", "must be " + expected + " weights, as many as " + reference
            + (intradayWritten ? "" : " (with intraday left out, every list has the same number)"));
      }
      requireWeights(c, key, shape.weights(), callsPerDay);
    }
    c.require(dayBusynessShape == 0 || (dayBusynessShape >= 0.1 && dayBusynessShape <= 1e6),
        "day_busyness.shape", dayBusynessShape, "must be between 0.1 and 1000000 (or leave day_busyness out)");
    c.require(forecastError >= 0 && forecastError <= 1, "forecast_error", forecastError,
        "must be a coefficient of variation from 0 to 1 (0.05: the period's volume is off by about 5 %; 0: the forecast is right)");
    c.throwIfAny();
  }

  private static boolean allowedCount(int n) {
    return n == 24 || n == 48 || n == 96;
  }

  /** A shape's weights: each zero or more, and one above zero unless there are no calls to shape. */
  private static void requireWeights(FieldChecks c, String key, List<Double> weights, double callsPerDay) {
    double sum = 0;
    for (int i = 0; i < weights.size(); i++) {
      double w = weights.get(i);
      c.require(w >= 0 && Double.isFinite(w), key + "[" + i + "]", w, "must be zero or more");
      sum += Math.max(0, w);
    }
    c.require(weights.isEmpty() || sum > 0 || callsPerDay == 0, key, "all zero", "must have at least one positive weight");
  }

  /** "sat, sun" for the days in {@code mask}. */
  private static String dayList(int mask) {
    List<String> days = new ArrayList<>();
    for (Weekday d : Weekday.values()) {
      if ((mask & (1 << d.ordinal())) != 0) {
        days.add(d.key());
      }
    }
    return String.join(", ", days);
  }

  /** The keys of {@code shapes} that name a day of {@code mask}: "'sat' and 'sun'". */
  private static String keysWith(List<DayShape> shapes, int mask) {
    List<String> keys = new ArrayList<>();
    for (DayShape s : shapes) {
      if ((s.days().mask() & mask) != 0) {
        keys.add("'" + s.key() + "'");
      }
    }
    return String.join(" and ", keys);
  }

  /**
   * The shape of {@code day}: its own from {@code intraday_by_weekday} when one names it,
   * otherwise {@code intraday}. Every consumer of the day's shape reads it here.
   */
  public List<Double> intradayFor(Weekday day) {
    for (DayShape s : intradayByWeekday) {
      if (s.days().contains(day)) {
        return s.weights();
      }
    }
    return intraday;
  }

  /** The seven days' shapes, Monday first ({@link #intradayFor} of each). */
  public List<List<Double>> intradayByDay() {
    List<List<Double>> week = new ArrayList<>(7);
    for (Weekday d : Weekday.values()) {
      week.add(intradayFor(d));
    }
    return List.copyOf(week);
  }

  /** Intraday intervals per day (the same on every weekday). */
  public int intervalsPerDay() {
    return intraday.size();
  }

  /** Interval length in seconds. */
  public double intervalSeconds() {
    return 86400.0 / intraday.size();
  }

  /** A flat day: every interval the same weight. */
  public static List<Double> flatIntraday(int intervals) {
    return java.util.Collections.nCopies(intervals, 1.0);
  }
}
