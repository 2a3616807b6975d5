package se.sim1177.report.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A number axis whose ticks and their labels are given rather than chosen by JFreeChart: the
 * variants of a sweep at their values as typed, or the days of a week. Major ticks draw gridlines.
 */
class FixedTickAxis extends NumberAxis {
  private final List<NumberTick> ticks;

  FixedTickAxis(String label, List<NumberTick> ticks) {
    super(label);
    this.ticks = List.copyOf(ticks);
  }

  /** The given ticks, in order. */
  List<NumberTick> ticks() {
    return ticks;
  }

  @Override
  @SuppressWarnings("rawtypes")
  public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
    return ticks;
  }
}
