package se.sim1177.report.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import se.sim1177.experiment.Metric;
import se.sim1177.experiment.Metrics;

/** Every summary metric has words, a display unit and the right conversion for charts. */
class MetricDisplayTest {
  @Test
  void everySummaryMetricHasALabelAndAUnit() {
    for (Metric m : Metrics.SUMMARY) {
      MetricDisplay d = MetricDisplay.of(m);
      assertFalse(d.label().isBlank(), m.key() + " has no label");
      assertFalse(d.unit().isBlank(), m.key() + " has no unit");
      assertFalse(d.label().contains("_"), m.key() + ": label should be words, was " + d.label());
      if (m.key().endsWith("_rate") || m.key().endsWith("service_level") || m.key().equals("occupancy")) {
        assertEquals("%", d.unit(), m.key());
        assertEquals(100, d.value(1), 1e-12, m.key());
      }
      if (m.key().endsWith("_s")) {
        assertEquals("min", d.unit(), m.key());
        assertEquals(1, d.value(60), 1e-12, m.key());
      }
      if (m.key().startsWith("nurse_hours")) {
        assertEquals("nurse hours per day", d.unit(), m.key());
      }
    }
  }

  @Test
  void valuesAreFormattedWithTheirUnitUnderAnyLocale() {
    assertEquals("85 %", MetricDisplay.of(Metrics.ANSWER_RATE).format(0.85));
    assertEquals("85.5 %", MetricDisplay.of(Metrics.ANSWER_RATE).format(0.855));
    assertEquals("7.5 min", MetricDisplay.of(Metrics.MEAN_WAIT_ANSWERED).format(450));
  }

  @Test
  void clippingKeepsValuesInThePossibleRange() {
    MetricDisplay rate = MetricDisplay.of(Metrics.ANSWER_RATE);
    assertEquals(100, rate.clipped(1.35));
    assertEquals(0, rate.clipped(-0.2));
    assertEquals(0, MetricDisplay.of(Metrics.MEAN_WAIT_ANSWERED).clipped(-30));
    assertEquals(5000, MetricDisplay.of(Metrics.OFFERED_PER_DAY).clipped(5000));
  }
}
