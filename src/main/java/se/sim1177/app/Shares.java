package se.sim1177.app;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Shares (fractions from 0 to 1) written for people as percentages: "80 %", "87.5 %", "0.0001 %". */
final class Shares {
  private static final MathContext SIX_DIGITS = new MathContext(6, RoundingMode.HALF_EVEN);

  private Shares() {}

  /** A share as typed or asked for: six significant digits, trailing zeros dropped (0.8 → "80 %"). */
  static String percent(double share) {
    return new BigDecimal(share * 100).round(SIX_DIGITS).stripTrailingZeros().toPlainString() + " %";
  }

  /**
   * A computed share at one decimal, rounded away from the target it is compared with, so that a
   * figure just below 80 % reads "79.9 %", never "80.0 %" (rounding {@link RoundingMode#FLOOR} for
   * a figure below its target, {@link RoundingMode#CEILING} for one above).
   */
  static String figure(double share, RoundingMode towards) {
    return new BigDecimal(share * 100).setScale(1, towards).toPlainString() + " %";
  }
}
