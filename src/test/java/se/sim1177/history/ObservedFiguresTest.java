package se.sim1177.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures a region reports, from an export, against sums worked out by hand. */
class ObservedFiguresTest {
  /** Three days, one hour each: (offered, answered, abandoned, within, total wait in seconds). */
  private static final String EXPORT = String.join("\n",
      "Date,Interval,Offered,Answered,Abandoned,Answered within SL,Wait total",
      "2019-11-04,10:00,100,80,20,40,48000",
      "2019-11-05,10:00,200,150,50,60,135000",
      "2019-11-06,10:00,100,90,10,70,27000", "");

  @Test
  void ratesAreRatiosOfThePeriodsTotalsWithTheRatioEstimatorsStandardError() throws Exception {
    ObservedPeriod p = ObservedFigures.of(ExportTestText.history(EXPORT), FitPeriod.parse("2019-11"));
    assertEquals(3, p.daysUsed());
    ObservedFigure answer = p.figure("answer_rate");
    double r = 320.0 / 400;
    assertEquals(r, answer.value(), 1e-12);
    // Residuals y − R·x: 80 − 80 = 0, 150 − 160 = −10, 90 − 80 = 10; √(200 / (3·2)) / (400/3).
    assertEquals(Math.sqrt(200.0 / 6) / (400.0 / 3), answer.standardError(), 1e-12);
    // The days' own rates 0.8, 0.75, 0.9: standard deviation 0.0763763...
    assertEquals(Math.sqrt(((0.8 - 0.8166666666666667) * (0.8 - 0.8166666666666667) + (0.75 - 0.8166666666666667)
        * (0.75 - 0.8166666666666667) + (0.9 - 0.8166666666666667) * (0.9 - 0.8166666666666667)) / 2), answer.daySd(), 1e-12);
    assertEquals(80.0 / 400, p.figure("abandon_rate").value(), 1e-12);
    assertEquals(170.0 / 400, p.figure("service_level").value(), 1e-12);
    // Mean wait of answered calls: total wait over answered calls, 210,000 s / 320.
    assertEquals(210000.0 / 320, p.figure("mean_wait_answered_s").value(), 1e-9);
    ObservedFigure offered = p.figure("offered_calls_per_day");
    assertEquals(400.0 / 3, offered.value(), 1e-12);
    assertEquals(Math.sqrt((2 * (100 - 400.0 / 3) * (100 - 400.0 / 3) + (200 - 400.0 / 3) * (200 - 400.0 / 3)) / 2) / Math.sqrt(3),
        offered.standardError(), 1e-9);
    assertNull(p.figure("unique_callers_per_day"), "the export has no unique callers");
    // Every day's calls are answered or abandoned: the two rates' estimates move exactly against each
    // other, and counting them as two independent figures would claim twice what the month shows.
    assertEquals(-1, p.correlation("answer_rate", "abandon_rate"), 1e-12);
    assertEquals(1, p.correlation("answer_rate", "answer_rate"), 0);
  }

  @Test
  void eachMonthOfTheExportAndTheDaysLeftOut() throws Exception {
    String export = "Date,Interval,Offered,Answered\n2019-10-31,10:00,10,9\n2019-11-01,10:00,10,8\n2019-11-02,10:00,10,7\n";
    List<ObservedPeriod> months = ObservedFigures.byMonth(ExportTestText.history(export));
    assertEquals(List.of("2019-10", "2019-11"), months.stream().map(ObservedPeriod::label).toList());
    assertEquals(0.9, months.get(0).figure("answer_rate").value(), 1e-12);
    assertEquals(List.of("2019-11-02: alla helgons dag"), months.get(1).leftOut());
    assertEquals(0.8, months.get(1).figure("answer_rate").value(), 1e-12);
  }
}
