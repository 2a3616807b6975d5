package se.sim1177.experiment;

import se.sim1177.model.CallCentreModel;
import se.sim1177.model.ReplicationResult;

/**
 * One replication boiled down to its metric values, so the raw tallies can be dropped as soon as
 * the replication ends: for the summary metrics, the interval metrics per cell and the daily
 * metrics per day, each metric's numerator and denominator ({@link Metric#numerator},
 * {@link Metric#denominator}) as flat arrays, for the ratio-of-sums estimates across replications;
 * and the summary metrics' own values in this replication ({@code summary}), whose spread across
 * replications is the distribution of a period's figure.
 */
record ReplicationValues(double[] summary, Parts summaryParts, Parts cells, Parts days, long events, long callAttempts,
    long chats, double queueEarly, double queueLate, double drainSeconds, boolean drainCutOff, Parts groups,
    se.sim1177.model.DayIntervals dayIntervals, double[] choiceSwing) {

  /** Numerators and denominators, one of each per metric (and cell, or day). */
  record Parts(double[] numerators, double[] denominators) {
    static Parts of(int size) {
      return new Parts(new double[size], new double[size]);
    }

    void set(int i, Metric m, TallyScope scope) {
      numerators[i] = m.numerator(scope);
      denominators[i] = m.denominator(scope);
    }

    void setUndefined(int i) {
      numerators[i] = Double.NaN;
      denominators[i] = Double.NaN;
    }
  }

  static ReplicationValues of(CallCentreModel model, ReplicationResult r, int[] daysPerWeekday) {
    int nSummary = Metrics.SUMMARY.size();
    double[] summary = new double[nSummary];
    Parts summaryParts = Parts.of(nSummary);
    TallyScope total = TallyScope.total(r);
    for (int i = 0; i < nSummary; i++) {
      Metric m = Metrics.SUMMARY.get(i);
      summary[i] = m.of(total);
      summaryParts.set(i, m, total);
    }
    int ipd = model.intervalsPerDay();
    int nInterval = Metrics.INTERVAL.size();
    Parts cells = Parts.of(7 * ipd * nInterval);
    for (int cell = 0; cell < 7 * ipd; cell++) {
      int weekdayDays = daysPerWeekday[cell / ipd];
      for (int i = 0; i < nInterval; i++) {
        if (weekdayDays == 0) {
          cells.setUndefined(cell * nInterval + i);
        } else {
          cells.set(cell * nInterval + i, Metrics.INTERVAL.get(i), TallyScope.cell(r, cell, weekdayDays, model.intervalSeconds()));
        }
      }
    }
    int nDaily = Metrics.DAILY.size();
    Parts days = Parts.of(r.days() * nDaily);
    for (int d = 0; d < r.days(); d++) {
      TallyScope scope = TallyScope.day(r, d);
      for (int i = 0; i < nDaily; i++) {
        days.set(d * nDaily + i, Metrics.DAILY.get(i), scope);
      }
    }
    int span = QueueTrend.span(r.days());
    return new ReplicationValues(summary, summaryParts, cells, days, r.events(), r.callAttempts(), r.chats(),
        meanQueue(r, 0, span), meanQueue(r, r.days() - span, r.days()), r.drain().seconds(), r.drain().cutOff(),
        GroupFigures.parts(model, r), r.dayIntervals(), choiceSwing(model, r, days));
  }

  /**
   * When residents react to the phone: {swing, day-to-day standard deviation of the realised share,
   * autocorrelation at lags 1..half a day} of this replication ({@link ChoiceStability}); else null.
   */
  private static double[] choiceSwing(CallCentreModel model, ReplicationResult r, Parts days) {
    if (r.choiceTrace() == null) {
      return null;
    }
    double[] swing = ChoiceStability.swingOf(r.choiceTrace(), model.intervalsPerDay());
    int per = Metrics.DAILY.size();
    int share = Metrics.DAILY.indexOf(Metrics.CHAT_SHARE_REALISED);
    double[] daily = new double[r.days()];
    for (int d = 0; d < daily.length; d++) {
      double den = days.denominators()[d * per + share];
      daily[d] = den > 0 ? days.numerators()[d * per + share] / den : Double.NaN;
    }
    double[] out = new double[swing.length + 1];
    out[0] = swing[0];
    out[1] = ChoiceStability.standardDeviation(daily);
    System.arraycopy(swing, 1, out, 2, swing.length - 1);
    return out;
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
