package se.sim1177.report.file;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.MeasuredDays;
import se.sim1177.report.format.Numbers;
import se.sim1177.report.format.RunInfo;

/**
 * {@code history.csv}: the first replication's measured days, one row per day and interval, in the
 * form a telephony platform exports them, so that a simulated line can be read back by {@code
 * import} (the round trip that tests it, and a way to hand a simulated month to tools that read
 * exports). Counts are by the interval the attempt arrived in; {@code answered_within} uses the
 * {@code service_level} threshold; {@code unique_callers} counts first attempts.
 *
 * <p>A simulated day has a weekday but no date: the dates are stand-ins from {@link #FIRST_MONDAY},
 * a Monday followed by 55 days without a Swedish holiday or a clock change, so that a month of it
 * imports without any day left out (longer runs: import with {@code --keep-holidays --time-zone UTC}).
 */
public final class HistoryCsvWriter implements ResultWriter {
  static final LocalDate FIRST_MONDAY = LocalDate.of(2001, 9, 3);
  static final List<String> HEADER = List.of("date", "interval", "offered", "answered", "abandoned", "answered_within", "wait_total",
      "unique_callers");

  @Override
  public String fileName() {
    return "history.csv";
  }

  @Override
  public void write(ExperimentResult result, RunInfo info, ResultFolder folder) throws IOException {
    MeasuredDays days = result.firstReplicationDays();
    if (days == null) {
      return;
    }
    Csv csv = new Csv();
    csv.row(HEADER);
    LocalDate first = FIRST_MONDAY.plusDays(result.calendar().weekdayOfMeasuredDay(0).ordinal());
    int perDay = days.intervalsPerDay();
    int minutes = 1440 / perDay;
    // One row per day and interval, a year of quarters 35,040: the interval labels are made once,
    // and the wait without String.format, which cost most of writing this file.
    String[] starts = new String[perDay];
    for (int k = 0; k < perDay; k++) {
      starts[k] = String.format(Locale.ROOT, "%02d:%02d", k * minutes / 60, k * minutes % 60);
    }
    for (int d = 0; d < days.days(); d++) {
      String date = first.plusDays(d).toString();
      for (int k = 0; k < perDay; k++) {
        csv.row(List.of(date, starts[k],
            count(days.get(d, k, MeasuredDays.OFFERED)), count(days.get(d, k, MeasuredDays.ANSWERED)),
            count(days.get(d, k, MeasuredDays.ABANDONED)), count(days.get(d, k, MeasuredDays.ANSWERED_WITHIN)),
            Numbers.oneDecimal(days.get(d, k, MeasuredDays.WAIT_ANSWERED)),
            count(days.get(d, k, MeasuredDays.FIRST_ATTEMPTS))));
      }
    }
    folder.writeText(fileName(), csv.toString());
  }

  private static String count(double v) {
    return Long.toString(Math.round(v));
  }
}
