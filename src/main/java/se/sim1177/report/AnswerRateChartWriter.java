package se.sim1177.report;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.Metrics;

/**
 * {@code week.png}: answer rate (%) and mean wait of answered calls (min) per hour of the week,
 * Monday to Sunday, with their 95 % confidence bands and the region's targets drawn in.
 */
final class AnswerRateChartWriter implements ResultWriter {
  private static final int WIDTH = 1400;
  private static final int HEIGHT = 800;
  private static final Color[] PALETTE = {new Color(0, 90, 160)};

  @Override
  public String fileName() {
    return "week.png";
  }

  @Override
  public void write(ExperimentResult result, RunInfo info, ResultFolder folder) throws IOException {
    JFreeChart chart = chart(result);
    folder.write(fileName(), out -> ChartStyle.writePng(out, chart, WIDTH, HEIGHT));
  }

  static JFreeChart chart(ExperimentResult result) {
    String subtitle = String.format(Locale.ROOT,
        "Per hour of the week, the calls of %d replications pooled: line = estimate, shaded = 95 %% confidence band",
        result.replications());
    return WeekChart.chart(result.scenarioName(), subtitle, List.of(WeekChart.line("answer rate", result)), PALETTE,
        true, ChartStyle.targets(Metrics.ANSWER_RATE, List.of(result)), ChartStyle.targets(Metrics.MEAN_WAIT_ANSWERED, List.of(result)));
  }
}
