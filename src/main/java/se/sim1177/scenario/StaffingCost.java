package se.sim1177.scenario;

/**
 * The relative cost of one nurse-hour by time of week: a base rate and unsocial-hours supplements
 * (OB-tillägg). The windows follow the outline of the regions' agreements and are an assumption:
 * evening is 19:00–22:00 Monday to Thursday, night 22:00–07:00 every night, and the weekend
 * from Friday 19:00 to Monday 07:00. A minute in two windows costs the
 * higher of their rates.
 */
public record StaffingCost(double hour, double evening, double night, double weekend, String currency) {
  public static final StaffingCost FLAT = new StaffingCost(1, 1, 1, 1);
  /** With a currency, the most a nurse-hour may cost in it. */
  private static final double MOST_PRICE = 1_000_000;

  /** Relative costs (1 = an ordinary hour), no currency. */
  public StaffingCost(double hour, double evening, double night, double weekend) {
    this(hour, evening, night, weekend, null);
  }
  /** The dearest hour allowed, relative to an ordinary one: far beyond any unsocial-hours supplement. */
  private static final double MOST = 1000;
  private static final int DAY = 1440;
  private static final int EVENING_START = 19 * 60;
  private static final int NIGHT_START = 22 * 60;
  private static final int MORNING = 7 * 60;

  public StaffingCost {
    FieldChecks c = new FieldChecks();
    for (String key : new String[] {"hour", "evening", "night", "weekend"}) {
      double v = switch (key) {
        case "hour" -> hour;
        case "evening" -> evening;
        case "night" -> night;
        default -> weekend;
      };
      if (currency == null) {
        c.require(v > 0 && v <= MOST && Double.isFinite(v), key, v, "must be a relative cost above 0 and at most "
            + FieldChecks.formatNumber(MOST) + " (1 = an ordinary hour), or a price with cost.currency");
      } else {
        c.require(v > 0 && v <= MOST_PRICE && Double.isFinite(v), key, v, "must be a price of a nurse-hour in " + currency
            + ", above 0 and at most " + FieldChecks.formatNumber(MOST_PRICE));
      }
    }
    c.require(currency == null || currency.matches("[\\p{L}$€£]{1,8}"), "currency", currency,
        "must be a currency's name or sign, like kr or SEK (up to 8 letters)");
    c.throwIfAny();
  }

  /** What a cost is counted in: the currency, or "relative cost" (1 = an ordinary nurse-hour). */
  public String unit() {
    return currency == null ? "relative cost" : currency;
  }

  /** The rate of the minute {@code minuteOfWeek} after Monday 00:00 (wrapping past Sunday). */
  public double rateAt(int minuteOfWeek) {
    int m = Math.floorMod(minuteOfWeek, 7 * DAY);
    int day = m / DAY;
    int t = m % DAY;
    boolean weekendTime = (day == 4 && t >= EVENING_START) || day == 5 || day == 6 || (day == 0 && t < MORNING);
    boolean nightTime = t >= NIGHT_START || t < MORNING;
    boolean eveningTime = t >= EVENING_START && t < NIGHT_START;
    double rate = hour;
    if (weekendTime) {
      rate = Math.max(rate, weekend);
    }
    if (nightTime) {
      rate = Math.max(rate, night);
    }
    if (eveningTime && !weekendTime) {
      rate = Math.max(rate, evening);
    }
    return rate;
  }
}
