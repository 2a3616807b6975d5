package se.sim1177.report.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** Number formatting for every output: locale-independent; in a CSV cell, NaN is an empty field. */
public final class Numbers {
  private static final MathContext SIGNIFICANT = new MathContext(10);

  private Numbers() {}

  /** A value for a CSV cell: ten significant digits, no exponent for ordinary magnitudes, "" for NaN. */
  public static String csv(double value) {
    String special = csvSpecial(value);
    if (special != null) {
      return special;
    }
    if (TenDigits.covers(value)) {
      return TenDigits.plain(value);
    }
    return new BigDecimal(value).round(SIGNIFICANT).stripTrailingZeros().toString();
  }

  /** {@link #csv} as it was written first, in BigDecimal, for the test that holds the fast path to it. */
  static String csvByBigDecimal(double value) {
    String special = csvSpecial(value);
    if (special != null) {
      return special;
    }
    BigDecimal d = new BigDecimal(value).round(SIGNIFICANT).stripTrailingZeros();
    return TenDigits.covers(value) ? d.toPlainString() : d.toString();
  }

  /** The CSV text of NaN, the infinities and zero; null for any other value. */
  private static String csvSpecial(double value) {
    if (Double.isNaN(value)) {
      return "";
    } else if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    return value == 0 ? "0" : null;
  }

  /**
   * {@code String.format(Locale.ROOT, "%.1f", value)}, the same text (Formatter rounds the shortest
   * decimal that reads back as the value, half up), without the Formatter: for files with tens of
   * thousands of such cells. {@code TenDigitsTest} holds the two together.
   */
  public static String oneDecimal(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value) || value == 0) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    // Formatter writes the sign of a negative value even when it rounds to zero ("-0.0").
    String magnitude = new BigDecimal(Double.toString(Math.abs(value))).setScale(1, RoundingMode.HALF_UP).toPlainString();
    return value < 0 ? "-" + magnitude : magnitude;
  }

  /** A value for the console with a fixed number of decimals. */
  public static String fixed(double value, int decimals) {
    if (Double.isNaN(value)) {
      return "-";
    }
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  /** A number with at most two decimals and no trailing zeros, as a scenario's values and targets are shown: "85", "87.5". */
  public static String trim(double v) {
    String s = String.format(Locale.ROOT, "%.2f", v);
    return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
  }
}
