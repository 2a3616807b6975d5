package se.sim1177.history;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * The days the demand is fitted to and the model is calibrated on: a calendar month ({@code
 * 2019-11}) or a range of dates ({@code 2019-11-04..2019-12-01}), both ends included.
 */
public record FitPeriod(LocalDate from, LocalDate to, String label) {
  public static final String ALLOWED = "a month like 2019-11, or a range of dates like 2019-11-04..2019-12-01";

  public FitPeriod {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a period ends on or after its first day");
    }
  }

  /** Parses {@code --period}; null when the text is neither spelling. */
  public static FitPeriod parse(String text) {
    String t = text.strip();
    try {
      if (t.contains("..")) {
        String[] ends = t.split("\\.\\.", -1);
        if (ends.length != 2) {
          return null;
        }
        LocalDate from = LocalDate.parse(ends[0].strip());
        LocalDate to = LocalDate.parse(ends[1].strip());
        return to.isBefore(from) ? null : new FitPeriod(from, to, from + ".." + to);
      }
      return month(YearMonth.parse(t));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public static FitPeriod month(YearMonth m) {
    return new FitPeriod(m.atDay(1), m.atEndOfMonth(), m.toString());
  }

  public boolean contains(LocalDate d) {
    return !d.isBefore(from) && !d.isAfter(to);
  }

  /**
   * The period to fit when the user names none: the latest calendar month the export covers from
   * its first to its last day, else the whole export.
   */
  public static FitPeriod latestWholeMonth(LocalDate first, LocalDate last) {
    YearMonth m = YearMonth.from(last);
    if (!last.equals(m.atEndOfMonth())) {
      m = m.minusMonths(1);
    }
    if (m.atDay(1).isBefore(first)) {
      return new FitPeriod(first, last, first + ".." + last);
    }
    return month(m);
  }
}
