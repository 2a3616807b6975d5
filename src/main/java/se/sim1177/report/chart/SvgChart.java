package se.sim1177.report.chart;

import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * A chart drawn as an SVG element to inline in {@code report.html}: JFreeChart draws on JFreeSVG's
 * Graphics2D, so the report's charts are the PNGs' charts, in vector form. The element has a view
 * box and no fixed size, so the page's style sheet scales it to the column's width (on screen and
 * on A4). Its ids (clip paths, gradients) all start with {@code id}, unique within the page, which
 * also keeps them the same from run to run.
 */
public final class SvgChart {
  private SvgChart() {}

  /**
   * The chart as an {@code <svg>} element.
   *
   * @param id the element's id, letters, digits and dashes, unique in the page
   * @param width the drawing's width in the view box's units (the PNGs' pixels)
   * @param height its height
   */
  public static String svg(JFreeChart chart, String id, int width, int height) {
    if (!id.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("an SVG id must be lower-case letters, digits and dashes, got " + id);
    }
    SVGGraphics2D g2 = new SVGGraphics2D(width, height);
    g2.setDefsKeyPrefix(id + "-");
    // Coordinates to a hundredth of a unit (a hundredth of a PNG pixel): a third of the file size
    // of the full doubles, and nothing a reader or a printer can see.
    g2.setGeomDoubleConverter(SvgChart::coordinate);
    ChartStyle.plainNumbers(chart).draw(g2, new Rectangle2D.Double(0, 0, width, height));
    return g2.getSVGElement(id, false, new ViewBox(0, 0, width, height), PreserveAspectRatio.XMID_YMID, MeetOrSlice.MEET);
  }

  /** A coordinate with at most two decimals, plain (no exponent), a point as the decimal separator. */
  static String coordinate(double v) {
    if (!Double.isFinite(v)) {
      return "0";
    }
    return BigDecimal.valueOf(Math.round(v * 100), 2).stripTrailingZeros().toPlainString();
  }
}
