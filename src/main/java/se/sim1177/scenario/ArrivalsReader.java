package se.sim1177.scenario;

import static se.sim1177.scenario.ScenarioReader.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code arrivals:} section (see {@link Arrivals}): the calls per day or per year, the
 * weekday factors, the shape of the day (one for every day or one per set of weekdays) and how
 * much the days vary, reporting every problem located.
 */
final class ArrivalsReader {
  private ArrivalsReader() {}

  /** The section, or null when it is missing or has problems (recorded). */
  static Arrivals readArrivals(Section section) {
    return read(section, null, s -> {
      List<Double> written = s.numbers("weekday_factors");
      List<Double> factors = written == null ? Arrivals.DEFAULT_WEEKDAY_FACTORS : written;
      // Left out (null): Arrivals makes it flat, with as many intervals as the weekday shapes.
      List<Double> intraday = s.numbers("intraday");
      List<Arrivals.DayShape> byWeekday = readDayShapes(s.section("intraday_by_weekday"));
      double perDay = readCallsPerDay(s, factors);
      Section busy = s.section("day_busyness");
      double shape = Arrivals.DEFAULT_DAY_BUSYNESS_SHAPE;
      if (busy != null) {
        busy.requireKey("shape", "a positive number; larger means calmer days");
        shape = busy.number("shape", 0);
        busy.rejectUnknownKeys();
      }
      double dayBusynessShape = shape;
      double forecastError = s.number("forecast_error", 0);
      return () -> new Arrivals(perDay, factors, intraday, byWeekday, dayBusynessShape, forecastError);
    });
  }

  /**
   * {@code intraday_by_weekday}: a day set ({@code sat-sun}, as a shift's {@code days}) per key,
   * each with its shape; a key written empty is left out, as {@code --set key=} leaves a key out.
   * Arrivals checks the lists (their lengths, weights and that no weekday is named twice).
   */
  private static List<Arrivals.DayShape> readDayShapes(Section s) {
    List<Arrivals.DayShape> shapes = new ArrayList<>();
    if (s == null) {
      return shapes;
    }
    for (String key : s.writtenKeys()) {
      DaySet days = DaySet.parse(key);
      if (days == null) {
        s.problem(key, Section.quote(key) + " is not a set of days; write " + DaySet.ALLOWED);
      }
      List<Double> weights = s.numbers(key);
      if (days != null && weights != null) {
        shapes.add(new Arrivals.DayShape(key, days, weights));
      }
    }
    return shapes;
  }

  /** {@code calls_per_day}, or {@code calls_per_year} spread over the year by the weekday {@code factors}. */
  private static double readCallsPerDay(Section s, List<Double> factors) {
    boolean hasDay = s.has("calls_per_day");
    boolean hasYear = s.has("calls_per_year") || (!hasDay && s.writtenEmpty("calls_per_year"));
    if (hasDay && hasYear) {
      // One of the two given on the command line over a file that has the other: say how to drop it.
      String given = s.fromCommandLine("calls_per_day") && !s.fromCommandLine("calls_per_year") ? "calls_per_day"
          : s.fromCommandLine("calls_per_year") && !s.fromCommandLine("calls_per_day") ? "calls_per_year" : null;
      if (given != null) {
        String other = given.equals("calls_per_day") ? "calls_per_year" : "calls_per_day";
        s.problem(given, "the scenario gives " + other + " already; give either, not both (add --set arrivals." + other
            + "= to drop it)");
      } else {
        s.problem("calls_per_year", "give either calls_per_day or calls_per_year, not both");
      }
      return 0;
    }
    if (!hasYear) {
      s.requireKey("calls_per_day", "mean first call attempts per day, or give calls_per_year");
      return s.number("calls_per_day", 0);
    }
    s.requireKey("calls_per_year", "first call attempts per year");
    double perYear = s.number("calls_per_year", 0);
    double meanFactor = factors.stream().mapToDouble(Double::doubleValue).average().orElse(1);
    if (perYear < 0) {
      s.problem("calls_per_year", FieldChecks.formatNumber(perYear) + " must be zero or more");
    } else if (perYear > 0 && !(meanFactor > 0) && factors.stream().allMatch(f -> f >= 0)) {
      // Only when every factor is 0: a negative factor is reported by Arrivals itself.
      s.problem("calls_per_year", FieldChecks.formatNumber(perYear)
          + " cannot be spread over the year: every weekday factor is 0; give some day a positive factor");
    }
    return meanFactor > 0 ? perYear / (365.0 * meanFactor) : 0;
  }
}
