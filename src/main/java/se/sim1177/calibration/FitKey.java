package se.sim1177.calibration;

import java.util.Locale;
import se.sim1177.scenario.Durations;
import se.sim1177.scenario.ScenarioText;

/**
 * A scenario key {@code calibrate} fits, with the range it searches and how its value is written.
 *
 * @param path the key path, as in {@code --set} ({@code callers.patience.mean})
 * @param low the smallest value searched
 * @param high the largest value searched
 * @param written the value as the scenario writes it, in its own units (seconds for a duration)
 * @param duration whether the value is a duration (written with a unit)
 */
public record FitKey(String path, double low, double high, double written, boolean duration) {
  public static final String PATIENCE = "callers.patience.mean";
  public static final String REDIAL = "callers.redial.probability";
  public static final String LEVEL = "arrivals.calls_per_day";
  public static final String ALLOWED = "a scenario key written in the file as a number or a duration, optionally with its range:"
      + " callers.patience.mean or callers.patience.mean=10m..3h";

  public FitKey {
    if (!(low < high)) {
      throw new IllegalArgumentException(path + ": the range's low end must be below its high end");
    }
  }

  /**
   * The key {@code spec} names ({@code path} or {@code path=low..high}) in a scenario whose text is
   * {@code scenarioText}. Without a range: a probability searches 0..0.95, a duration and any other
   * positive number a quarter to four times its written value (patience at most 6 h).
   *
   * @throws IllegalArgumentException with a message naming what is wrong and what is allowed
   */
  public static FitKey parse(String spec, String scenarioText) {
    String path = spec.contains("=") ? spec.substring(0, spec.indexOf('=')).strip() : spec.strip();
    String range = spec.contains("=") ? spec.substring(spec.indexOf('=') + 1).strip() : null;
    ScenarioText.WrittenValue value = ScenarioText.find(scenarioText, path);
    if (value == null) {
      throw new IllegalArgumentException("--fit " + spec + ": the scenario writes no value at " + path + "; allowed: " + ALLOWED
          + " (write the key in the scenario first, e.g. patience: {distribution: exponential, mean: 60m})");
    }
    double seconds = Durations.parseSeconds(value.text());
    boolean duration = !Double.isNaN(seconds);
    double written = duration ? seconds : number(value.text());
    if (Double.isNaN(written)) {
      throw new IllegalArgumentException("--fit " + spec + ": " + path + " is written as \"" + value.text() + "\" (line "
          + value.line() + "), not a number or a duration; allowed: " + ALLOWED);
    }
    double low;
    double high;
    if (range != null) {
      String[] ends = range.split("\\.\\.", -1);
      if (ends.length != 2) {
        throw new IllegalArgumentException("--fit " + spec + ": the range \"" + range + "\" is not LOW..HIGH; allowed: " + ALLOWED);
      }
      low = duration ? Durations.parseSeconds(ends[0].strip()) : number(ends[0]);
      high = duration ? Durations.parseSeconds(ends[1].strip()) : number(ends[1]);
      if (Double.isNaN(low) || Double.isNaN(high) || !(low < high) || low < 0) {
        throw new IllegalArgumentException("--fit " + spec + ": the range \"" + range + "\" must be two " + (duration ? "durations"
            : "numbers") + ", zero or more, the first below the second" + (duration ? " (" + Durations.ALLOWED + ")" : ""));
      }
    } else if (path.endsWith("probability")) {
      low = 0;
      high = 0.95;
    } else if (written > 0) {
      low = written / 4;
      high = path.equals(PATIENCE) ? Math.max(written, Math.min(written * 4, 6 * 3600)) : written * 4;
    } else {
      throw new IllegalArgumentException("--fit " + spec + ": " + path + " is " + value.text() + "; give the range to search, like "
          + path + "=0..10");
    }
    return new FitKey(path, low, high, written, duration);
  }

  /** {@code v} as the scenario writes this key: a duration in minutes or seconds, or a number. */
  public String format(double v) {
    if (duration) {
      return v >= 120 ? String.format(Locale.ROOT, "%.2fm", v / 60) : String.format(Locale.ROOT, "%.1fs", v);
    }
    return path.endsWith("probability") ? String.format(Locale.ROOT, "%.4f", v) : String.format(Locale.ROOT, "%.4g", v);
  }

  /** {@code v} for a person: minutes for a duration, % for a probability. */
  public String shown(double v) {
    if (duration) {
      return String.format(Locale.ROOT, "%.1f min", v / 60);
    }
    return path.endsWith("probability") ? String.format(Locale.ROOT, "%.1f %%", 100 * v) : String.format(Locale.ROOT, "%.4g", v);
  }

  /** The key as a {@code --set} override with value {@code v}. */
  public String override(double v) {
    return path + "=" + format(v);
  }

  private static double number(String text) {
    try {
      return Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
