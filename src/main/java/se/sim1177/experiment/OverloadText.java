package se.sim1177.experiment;

import java.util.Locale;
import se.sim1177.analytic.OfferedLoad;

/** The words for an overloaded line, the same in {@code check}, the console and {@code summary.json}. */
public final class OverloadText {
  private OverloadText() {}

  /** "the line is overloaded: ..." with the answer rate the run achieved (NaN before running). */
  public static String overloaded(OfferedLoad load, double answerRate) {
    boolean chat = load.chatWorkHoursPerWeek() > 0;
    String ratio = Double.isInfinite(load.weeklyLoadRatio()) ? "and no nurse is rostered"
        : String.format(Locale.ROOT, "%,.0f %% of the %s %snurse-hours rostered (after absence)", 100 * load.weeklyLoadRatio(),
            amount(load.nurseHoursPerWeek() + load.chatOnlyNurseHoursPerWeek()), chat ? "" : "phone ");
    String answered = Double.isNaN(answerRate) ? "" : String.format(Locale.ROOT, "; %.1f %% of calls were answered", 100 * answerRate);
    String work = chat ? String.format(Locale.ROOT, "the calls and chats offered need %s nurse-hours a week (%s of them chat work)",
        amount(load.offeredHoursPerWeek() + load.chatWorkHoursPerWeek()), amount(load.chatWorkHoursPerWeek()))
        : "the calls offered need " + amount(load.offeredHoursPerWeek()) + " nurse-hours a week";
    return String.format(Locale.ROOT, "the line is overloaded: %s, %s; worst phone hour %s%s."
        + " Add nurses, or check the arrivals and handling times", work, ratio, load.worstHourText(), answered);
  }

  static String amount(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }
}
