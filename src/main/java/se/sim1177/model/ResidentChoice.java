package se.sim1177.model;

import se.sim1177.scenario.ChannelChoice;

/**
 * The phone line as residents see it when they choose between calling and 1177 direkt, and the
 * share who start in chat because of it ({@link ChannelChoice}). At every interval's start the line
 * publishes its signal (the wait it would announce now, or the answer rate of the last window); a
 * resident sees the figure published {@code delay} before, never a later one (no look-ahead), and
 * before anything was published, the phone as uncongested. The share in effect holds for the whole
 * interval; it is kept per measured interval for the stability report.
 */
final class ResidentChoice {
  private final ChannelChoice choice;
  private final ChoiceCurve curve;
  private final boolean waitSignal;
  private final int delayIntervals;
  private final int windowIntervals;
  private final int warmupIntervals;
  /** The signal published at each interval's start, NaN when there was nothing to publish. */
  private final double[] published;
  /** The line's offered and answered attempts so far at each interval's start. */
  private final long[] offeredBefore;
  private final long[] answeredBefore;
  /** The share in effect in each measured interval. */
  private final double[] trace;

  ResidentChoice(ChannelChoice choice, double baseShare, CallCentreModel model) {
    this.choice = choice;
    curve = new ChoiceCurve(baseShare, choice.atAdoption(), choice.congestionAtResponse());
    waitSignal = choice.signal() == ChannelChoice.Signal.ANNOUNCED_WAIT;
    double interval = model.intervalSeconds();
    // The newest figure at least `delay` old: published a whole number of intervals before.
    delayIntervals = (int) Math.ceil(choice.delaySeconds() / interval - 1e-9);
    windowIntervals = Math.max(1, (int) Math.round(choice.windowSeconds() / interval));
    int intervals = model.intervalsPerDay() * (model.warmupDays + model.measuredDays);
    warmupIntervals = model.intervalsPerDay() * model.warmupDays;
    published = new double[intervals];
    offeredBefore = waitSignal ? null : new long[intervals];
    answeredBefore = waitSignal ? null : new long[intervals];
    trace = new double[model.intervalsPerDay() * model.measuredDays];
  }

  /**
   * Interval {@code k} (counted from the run's start) starts at {@code t}: publishes the line's
   * signal and returns the share who start in chat during the interval.
   */
  double intervalStarts(int k, double t, PhoneLine phone) {
    published[k] = waitSignal ? phone.announcedWait(t) : recentAnswerRate(k, phone);
    int seen = k - delayIntervals;
    double share = seen < 0 || Double.isNaN(published[seen]) ? curve.share(Double.NaN)
        : curve.share(choice.congestion(published[seen]));
    if (k >= warmupIntervals && k - warmupIntervals < trace.length) {
      trace[k - warmupIntervals] = share;
    }
    return share;
  }

  /**
   * Answered over offered attempts in the last window (a live dashboard's figure: each counted when
   * it happened), at most 1; the previous figure when no call came in the window.
   */
  private double recentAnswerRate(int k, PhoneLine phone) {
    offeredBefore[k] = phone.attempts();
    answeredBefore[k] = phone.answeredSoFar();
    int from = k - windowIntervals;
    long offered = offeredBefore[k] - (from >= 0 ? offeredBefore[from] : 0);
    long answered = answeredBefore[k] - (from >= 0 ? answeredBefore[from] : 0);
    if (offered == 0) {
      return k > 0 ? published[k - 1] : Double.NaN;
    }
    return Math.min(1.0, (double) answered / offered);
  }

  /** The share in effect in each measured interval, day after day. */
  double[] trace() {
    return trace;
  }
}
