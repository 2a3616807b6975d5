package se.sim1177.report.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Number formatting for every output: locale-independent; in a CSV cell, NaN is an empty field. */
public final class Numbers {
  private static final MathContext SIGNIFICANT = new MathContext(10);

  private Numbers() {}

  /** A value for a CSV cell: ten significant digits, no exponent for ordinary magnitudes, "" for NaN. */
  public static String csv(double value) {
    if (Double.isNaN(value)) {
      return "";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    if (value == 0) {
      return "0";
    }
    BigDecimal d = new BigDecimal(value).round(SIGNIFICANT).stripTrailingZeros();
    double abs = Math.abs(value);
    return abs >= 1e-6 && abs < 1e15 ? d.toPlainString() : d.toString();
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
