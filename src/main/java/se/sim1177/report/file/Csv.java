package se.sim1177.report.file;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The one CSV writer of every CSV file sim1177 writes: comma-separated, newline-terminated rows
 * (RFC 4180, with LF line ends). Two rules keep a cell one cell, with no formula in it, whatever
 * a name or value holds:
 *
 * <ul>
 *   <li>A text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 *       return gets a single quote in front (OWASP's advice against CSV injection), so a
 *       spreadsheet shows it as text instead of running it as a formula. A number stays as it is:
 *       {@code -0.0012}, {@code -1.5E-7} and {@code -inf} are read as numbers, never run.
 *   <li>A cell holding a comma, a double quote, a line feed or a carriage return is quoted, its
 *       double quotes doubled, so no reader splits the row.
 * </ul>
 */
final class Csv {
  /**
   * A number as {@link se.sim1177.report.format.Numbers#csv} or a user writes one: an optional
   * sign, digits with an optional decimal point, an optional exponent; or an infinity.
   */
  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|[+-]?inf");

  /** What a spreadsheet takes as the start of a formula; it may drop a leading tab or carriage return and find one behind. */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private final StringBuilder text = new StringBuilder();

  Csv row(List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        text.append(',');
      }
      text.append(cell(cells.get(i)));
    }
    text.append('\n');
    return this;
  }

  /** {@code value} as one CSV cell: a formula start neutralised, quoted where it must be. */
  static String cell(String value) {
    String neutral = neutralised(value);
    if (neutral.indexOf(',') < 0 && neutral.indexOf('"') < 0 && neutral.indexOf('\n') < 0 && neutral.indexOf('\r') < 0) {
      return neutral;
    }
    return '"' + neutral.replace("\"", "\"\"") + '"';
  }

  /** {@code value} with a single quote in front when it is text that starts like a formula. */
  static String neutralised(String value) {
    if (value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0 || NUMBER.matcher(value).matches()) {
      return value;
    }
    return "'" + value;
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
