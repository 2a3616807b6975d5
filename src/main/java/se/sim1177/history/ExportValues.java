package se.sim1177.history;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of an export as platforms write them: counts with spaces between thousands, decimal
 * commas (the Swedish default, with {@code ;} between fields) or points, durations in seconds or
 * as {@code m:ss} / {@code h:mm:ss}, dates in the common orders, and interval starts as a time or
 * a range. Each parser returns NaN or null for a value it cannot read; the reader names it.
 */
final class ExportValues {
  /** The date orders tried, day-first before month-first: Swedish and European exports. */
  static final List<String> DATE_PATTERNS = List.of("uuuu-MM-dd", "uuuu/MM/dd", "d.M.uuuu", "d/M/uuuu", "uuuuMMdd", "d-M-uuuu");
  static final String DATES_ALLOWED = "a date like 2019-11-04, 04.11.2019, 4/11/2019 or 20191104 (or name yours with --date-format)";
  static final String TIME_ALLOWED = "a time of day like 07:15 or 7.15, or a range like 07:15-07:30";
  static final String COUNT_ALLOWED = "a whole number of calls, zero or more (spaces between thousands allowed)";
  static final String SECONDS_ALLOWED = "seconds (12.5 or 12,5) or a duration like 2:05 (m:ss) or 1:02:05 (h:mm:ss), zero or more";

  private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
  private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?");
  private static final Pattern CLOCK_DURATION = Pattern.compile("(?:(\\d+):)?(\\d{1,3}):(\\d{2}(?:[.,]\\d+)?)");

  private ExportValues() {}

  /**
   * A number written with a decimal comma or point and spaces (or no-break spaces, or apostrophes)
   * between thousands; {@code 1.234,5} reads as 1234.5. NaN when it is not a number.
   */
  static double number(String text) {
    String t = text.strip();
    if (t.indexOf(' ') >= 0 || t.indexOf('\u00a0') >= 0 || t.indexOf('\u202f') >= 0 || t.indexOf('\'') >= 0) {
      t = t.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("'", "");
    }
    if (t.isEmpty()) {
      return Double.NaN;
    }
    if (t.contains(",") && t.contains(".")) {
      t = t.lastIndexOf(',') > t.lastIndexOf('.') ? t.replace(".", "").replace(',', '.') : t.replace(",", "");
    } else if (t.contains(",")) {
      t = t.replace(',', '.');
    }
    if (!PLAIN_NUMBER.matcher(t).matches()) {
      return Double.NaN;
    }
    return Double.parseDouble(t);
  }

  /** A count of calls: a whole number, zero or more; -1 when it is not one. */
  static long count(String text) {
    if (isDigits(text)) {
      // The common case, without a pattern: a plain whole number.
      return Long.parseLong(text);
    }
    double v = number(text);
    if (Double.isNaN(v) || v < 0 || v != Math.rint(v) || v > 1e12) {
      return -1;
    }
    return (long) v;
  }

  private static boolean isDigits(String text) {
    int n = text.length();
    if (n == 0 || n > 12) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** A duration in seconds: a number, or {@code m:ss} / {@code h:mm:ss}; NaN when neither, or below zero. */
  static double seconds(String text) {
    String t = text.strip();
    Matcher m = CLOCK_DURATION.matcher(t);
    if (m.matches()) {
      double h = m.group(1) == null ? 0 : Double.parseDouble(m.group(1));
      double min = Double.parseDouble(m.group(2));
      double s = Double.parseDouble(m.group(3).replace(',', '.'));
      if ((m.group(1) != null && min >= 60) || s >= 60) {
        return Double.NaN;
      }
      return m.group(1) == null ? min * 60 + s : h * 3600 + min * 60 + s;
    }
    double v = number(t);
    return v >= 0 && Double.isFinite(v) ? v : Double.NaN;
  }

  /**
   * The minute of the day an interval starts at: {@code 07:15}, {@code 7.15}, {@code 07:15:00} or
   * the start of a range {@code 07:15-07:30}; -1 when it is none of these.
   */
  static int startMinute(String text) {
    String t = text.strip();
    int dash = t.indexOf('-');
    if (dash < 0) {
      dash = t.indexOf('–');
    }
    if (dash > 0) {
      t = t.substring(0, dash).strip();
    }
    Matcher m = TIME.matcher(t);
    if (!m.matches()) {
      return -1;
    }
    int h = Integer.parseInt(m.group(1));
    int min = Integer.parseInt(m.group(2));
    int s = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    if (h > 23 || min > 59 || s != 0) {
      return -1;
    }
    return h * 60 + min;
  }

  /** A strict formatter for {@code pattern} (a {@code --date-format}); null when the pattern is not one. */
  static DateTimeFormatter dateFormat(String pattern) {
    try {
      return DateTimeFormatter.ofPattern(pattern.replace('y', 'u'), Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** {@code text} read with {@code format}; null when it does not fit. */
  static LocalDate date(String text, DateTimeFormatter format) {
    try {
      return LocalDate.parse(text.strip(), format);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * The date part and the time part of a value that holds both ({@code 2019-11-04 07:15} or
   * {@code 2019-11-04T07:15}); null when it holds only one.
   */
  static String[] dateAndTime(String text) {
    String t = text.strip();
    int split = t.indexOf('T') > 0 ? t.indexOf('T') : t.indexOf(' ');
    if (split <= 0) {
      return null;
    }
    return new String[] {t.substring(0, split), t.substring(split + 1).strip()};
  }
}
