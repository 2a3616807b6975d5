package se.sim1177.history;

import java.time.LocalDate;
import java.util.List;

/**
 * What an export says a period was like: the figures a region reports, measured over the period's
 * used days ({@link HistoryDay#used}).
 *
 * @param leftOut the period's days left out, each with why
 */
public record ObservedPeriod(String label, LocalDate from, LocalDate to, int daysUsed, List<String> leftOut,
    List<ObservedFigure> figures) {
  public ObservedPeriod {
    leftOut = List.copyOf(leftOut);
    figures = List.copyOf(figures);
  }

  /** The figure called {@code metric}; null when the export cannot measure it. */
  public ObservedFigure figure(String metric) {
    return figures.stream().filter(f -> f.metric().equals(metric)).findFirst().orElse(null);
  }
}
