package se.sim1177.app;

import java.util.Locale;

/** Shares (fractions from 0 to 1) written for people: "80 %", "87.5 %", "99.97 %". */
final class Shares {
  private Shares() {}

  /** {@code share} as a percentage with at most two decimals, trailing zeros dropped. */
  static String percent(double share) {
    String text = String.format(Locale.ROOT, "%.2f", share * 100);
    text = text.replaceAll("\\.?0+$", "");
    return text + " %";
  }
}
