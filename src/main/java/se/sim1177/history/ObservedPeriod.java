package se.sim1177.history;

import java.time.LocalDate;
import java.util.List;

/**
 * What an export says a period was like: the figures a region reports, measured over the period's
 * used days ({@link HistoryDay#used}).
 *
 * @param leftOut the period's days left out, each with why
 * @param correlation the correlation of the figures' estimates, in the order of {@code figures}: the
 *     same busy days lower the answer rate and raise the abandon rate and the mean wait together
 */
public record ObservedPeriod(String label, LocalDate from, LocalDate to, int daysUsed, List<String> leftOut,
    List<ObservedFigure> figures, double[][] correlation) {
  public ObservedPeriod {
    leftOut = List.copyOf(leftOut);
    figures = List.copyOf(figures);
    if (correlation == null || correlation.length != figures.size()) {
      correlation = identity(figures.size());
    }
  }

  /** Figures whose estimates are taken as independent. */
  public ObservedPeriod(String label, LocalDate from, LocalDate to, int daysUsed, List<String> leftOut, List<ObservedFigure> figures) {
    this(label, from, to, daysUsed, leftOut, figures, null);
  }

  /** The correlation of the estimates of figures {@code a} and {@code b}; 0 when either is not observed. */
  public double correlation(String a, String b) {
    int i = indexOf(a);
    int j = indexOf(b);
    return i < 0 || j < 0 ? 0 : correlation[i][j];
  }

  private int indexOf(String metric) {
    for (int i = 0; i < figures.size(); i++) {
      if (figures.get(i).metric().equals(metric)) {
        return i;
      }
    }
    return -1;
  }

  private static double[][] identity(int n) {
    double[][] c = new double[n][n];
    for (int i = 0; i < n; i++) {
      c[i][i] = 1;
    }
    return c;
  }

  /** The figure called {@code metric}; null when the export cannot measure it. */
  public ObservedFigure figure(String metric) {
    return figures.stream().filter(f -> f.metric().equals(metric)).findFirst().orElse(null);
  }
}
