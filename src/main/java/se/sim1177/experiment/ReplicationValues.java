package se.sim1177.experiment;

import se.sim1177.model.CallCentreModel;
import se.sim1177.model.ReplicationResult;

/**
 * One replication boiled down to its metric values, so the raw tallies can be dropped as soon as
 * the replication ends: the summary metrics, the interval metrics per cell and the daily metrics
 * per day, each as a flat array.
 */
record ReplicationValues(double[] summary, double[] cells, double[] days, long events, long callAttempts, long chats,
    double queueEarly, double queueLate, double drainSeconds, boolean drainCutOff) {
  static ReplicationValues of(CallCentreModel model, ReplicationResult r, int[] daysPerWeekday) {
    double[] summary = new double[Metrics.SUMMARY.size()];
    TallyScope total = TallyScope.total(r);
    for (int i = 0; i < summary.length; i++) {
      summary[i] = Metrics.SUMMARY.get(i).of(total);
    }
    int ipd = model.intervalsPerDay();
    int nInterval = Metrics.INTERVAL.size();
    double[] cells = new double[7 * ipd * nInterval];
    for (int cell = 0; cell < 7 * ipd; cell++) {
      int weekdayDays = daysPerWeekday[cell / ipd];
      if (weekdayDays == 0) {
        java.util.Arrays.fill(cells, cell * nInterval, (cell + 1) * nInterval, Double.NaN);
        continue;
      }
      TallyScope scope = TallyScope.cell(r, cell, weekdayDays, model.intervalSeconds());
      for (int i = 0; i < nInterval; i++) {
        cells[cell * nInterval + i] = Metrics.INTERVAL.get(i).of(scope);
      }
    }
    int nDaily = Metrics.DAILY.size();
    double[] days = new double[r.days() * nDaily];
    for (int d = 0; d < r.days(); d++) {
      TallyScope scope = TallyScope.day(r, d);
      for (int i = 0; i < nDaily; i++) {
        days[d * nDaily + i] = Metrics.DAILY.get(i).of(scope);
      }
    }
    int span = QueueTrend.span(r.days());
    return new ReplicationValues(summary, cells, days, r.events(), r.callAttempts(), r.chats(), meanQueue(r, 0, span),
        meanQueue(r, r.days() - span, r.days()), r.drain().seconds(), r.drain().cutOff());
  }

  /** Time-average number of callers waiting over measured days {@code from} to {@code to} (exclusive). */
  private static double meanQueue(ReplicationResult r, int from, int to) {
    if (to <= from) {
      return Double.NaN;
    }
    double sum = 0;
    for (int d = from; d < to; d++) {
      sum += r.day(d, se.sim1177.model.Tally.QUEUE_TIME);
    }
    return sum / ((to - from) * 86400.0);
  }
}
