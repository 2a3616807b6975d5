/**
 * The charts, drawn with JFreeChart in one house style ({@link se.sim1177.report.chart.ChartStyle}):
 * written as PNG beside the results, and as inline SVG ({@link se.sim1177.report.chart.SvgChart})
 * by the pages. Each figure is built from results alone, so any page can draw it. Uses only
 * {@code report.format}.
 */
package se.sim1177.report.chart;
