package se.sim1177.report.chart;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * The viridis colour map (van der Walt and Smith, matplotlib's default): dark blue for low values to
 * yellow for high ones, sequential, readable by the colour-blind and in grey print. Linear between
 * its eleven tenths. A cell without a value (NaN) is light grey, outside the map.
 */
final class Viridis implements PaintScale {
  /** Light grey, for cells with no value: lighter than any colour of the map. */
  static final Color EMPTY = new Color(0xE4E4E4);
  private static final int[] TENTHS = {0x440154, 0x482475, 0x414487, 0x355F8D, 0x2A788E, 0x21918C, 0x22A884, 0x44BF70,
      0x7AD151, 0xBDDF26, 0xFDE725};

  private final double lower;
  private final double upper;

  Viridis(double lower, double upper) {
    if (!(upper > lower)) {
      throw new IllegalArgumentException("the scale needs upper > lower, got " + lower + ".." + upper);
    }
    this.lower = lower;
    this.upper = upper;
  }

  @Override
  public double getLowerBound() {
    return lower;
  }

  @Override
  public double getUpperBound() {
    return upper;
  }

  @Override
  public Paint getPaint(double value) {
    return color(value);
  }

  Color color(double value) {
    if (Double.isNaN(value)) {
      return EMPTY;
    }
    double f = Math.max(0, Math.min(1, (value - lower) / (upper - lower))) * 10;
    int i = Math.min(9, (int) Math.floor(f));
    double t = f - i;
    Color a = new Color(TENTHS[i]);
    Color b = new Color(TENTHS[i + 1]);
    return new Color(mix(a.getRed(), b.getRed(), t), mix(a.getGreen(), b.getGreen(), t), mix(a.getBlue(), b.getBlue(), t));
  }

  /** Whether text on this value's colour should be white (dark cells) rather than black. */
  boolean dark(double value) {
    return !Double.isNaN(value) && (value - lower) / (upper - lower) < 0.55;
  }

  private static int mix(int a, int b, double t) {
    return (int) Math.round(a + (b - a) * t);
  }
}
