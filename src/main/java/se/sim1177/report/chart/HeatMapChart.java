package se.sim1177.report.chart;

import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A heat map of one figure per weekday × interval of the day: weekdays down (Monday at the top),
 * the hours across, each cell coloured on the {@link Viridis} scale and, at hourly resolution,
 * labelled with its value; a legend strip with values below. Cells without a value (no calls in
 * any replication, or a weekday no measured day fell on) are light grey.
 */
public final class HeatMapChart {
  private static final Font CELL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

  private HeatMapChart() {}

  /**
   * @param cells per cell {@code weekday × ipd + k}, in display units (per cent), NaN where empty
   * @param ipd intervals per day
   * @param legendLabel the legend's axis label, "answer rate (%)"
   */
  public static JFreeChart chart(String title, String subtitle, double[] cells, int ipd, String legendLabel, double lower, double upper) {
    Viridis scale = new Viridis(lower, upper);
    int n = 7 * ipd;
    double[][] xyz = new double[3][n];
    double width = 24.0 / ipd;
    for (int c = 0; c < n; c++) {
      xyz[0][c] = (c % ipd + 0.5) * width;
      xyz[1][c] = c / ipd;
      xyz[2][c] = cells[c];
    }
    DefaultXYZDataset data = new DefaultXYZDataset();
    data.addSeries(legendLabel, xyz);
    XYBlockRenderer renderer = new XYBlockRenderer();
    renderer.setPaintScale(scale);
    renderer.setBlockWidth(width);
    renderer.setBlockHeight(1);
    NumberAxis hours = new NumberAxis("hour of the day");
    hours.setRange(0, 24);
    hours.setTickUnit(new NumberTickUnit(3, new DecimalFormat("00':00'", DecimalFormatSymbols.getInstance(Locale.ROOT))));
    hours.setLowerMargin(0);
    hours.setUpperMargin(0);
    SymbolAxis days = new SymbolAxis(null, WeekAxis.DAYS.toArray(new String[0]));
    days.setInverted(true);
    days.setRange(-0.5, 6.5);
    days.setGridBandsVisible(false);
    XYPlot plot = ChartStyle.plot(data, hours, days, renderer);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.setOutlineVisible(false);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    if (ipd == 24) {
      for (int c = 0; c < n; c++) {
        if (!Double.isNaN(cells[c])) {
          XYTextAnnotation label = new XYTextAnnotation(String.format(Locale.ROOT, "%.0f", cells[c]), xyz[0][c], xyz[1][c]);
          label.setFont(CELL_FONT);
          label.setPaint(scale.dark(cells[c]) ? Color.WHITE : Color.BLACK);
          plot.addAnnotation(label, false);
        }
      }
    }
    JFreeChart chart = ChartStyle.chart(title, subtitle, plot, false);
    NumberAxis legendAxis = new NumberAxis(legendLabel);
    legendAxis.setRange(lower, upper);
    legendAxis.setTickUnit(new NumberTickUnit((upper - lower) / 10));
    legendAxis.setLabelFont(ChartStyle.AXIS_LABEL_FONT);
    legendAxis.setTickLabelFont(ChartStyle.TICK_LABEL_FONT);
    PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
    legend.setPosition(RectangleEdge.BOTTOM);
    legend.setAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    legend.setStripWidth(14);
    legend.setSubdivisionCount(100);
    legend.setMargin(new RectangleInsets(8, 120, 4, 120));
    chart.addSubtitle(legend);
    return chart;
  }
}
