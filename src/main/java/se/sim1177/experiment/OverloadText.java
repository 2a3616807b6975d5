package se.sim1177.experiment;

import java.util.Locale;
import se.sim1177.analytic.OfferedLoad;

/** The words for an overloaded line, the same in {@code check}, the console and {@code summary.json}. */
public final class OverloadText {
  private OverloadText() {}

  /** "the line is overloaded: ..." with the answer rate the run achieved (NaN before running). */
  public static String overloaded(OfferedLoad load, double answerRate) {
    String ratio = Double.isInfinite(load.weeklyLoadRatio()) ? "and no phone nurse is rostered"
        : String.format(Locale.ROOT, "%,.0f %% of the %s phone nurse-hours rostered (after absence)", 100 * load.weeklyLoadRatio(),
            amount(load.nurseHoursPerWeek()));
    String answered = Double.isNaN(answerRate) ? "" : String.format(Locale.ROOT, "; %.1f %% of calls were answered", 100 * answerRate);
    return String.format(Locale.ROOT, "the line is overloaded: the calls offered need %s nurse-hours a week, %s; worst hour %s%s."
        + " Add nurses, or check the arrivals and handling times", amount(load.offeredHoursPerWeek()), ratio, load.worstHourText(),
        answered);
  }

  static String amount(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }
}
