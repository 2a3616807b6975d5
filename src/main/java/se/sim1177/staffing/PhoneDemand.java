package se.sim1177.staffing;

import java.util.List;
import se.sim1177.scenario.Arrivals;
import se.sim1177.scenario.Channel;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.StaffGroup;
import se.sim1177.scenario.Weekday;

/**
 * What the phone line is offered in each interval of the week, from the scenario alone: the
 * expected first attempts by phone (calls a day × weekday factor × the interval's share of the
 * weekday's shape of the day, {@link Arrivals#intradayFor}, less the share that uses 1177 direkt
 * instead) and the mean handling time of a nurse with
 * handle-time factor 1 (talk time + after-call work). Redials, callbacks and the chat's work are
 * not in it; the simulation method measures them.
 *
 * @param callsPerInterval expected first phone attempts per interval of the week
 * @param handleSeconds mean handling time at handle-time factor 1
 * @param talkSeconds mean talk time at factor 1 (a group's factor scales only this part)
 * @param patienceSeconds callers' mean patience
 */
public record PhoneDemand(double[] callsPerInterval, double handleSeconds, double talkSeconds, double patienceSeconds,
    double intervalSeconds) {

  public static PhoneDemand of(Scenario scenario) {
    Arrivals a = scenario.arrivals();
    int ipd = a.intervalsPerDay();
    double phoneShare = scenario.chat().inUse() ? 1 - scenario.chat().adoption() : 1;
    double[] calls = new double[7 * ipd];
    for (int wd = 0; wd < 7; wd++) {
      List<Double> weights = a.intradayFor(Weekday.values()[wd]);
      double weightSum = weights.stream().mapToDouble(Double::doubleValue).sum();
      double perDay = a.callsPerDay() * a.weekdayFactors().get(wd) * phoneShare;
      for (int k = 0; k < ipd; k++) {
        calls[wd * ipd + k] = weightSum > 0 ? perDay * weights.get(k) / weightSum : 0;
      }
    }
    double talk = scenario.handling().talkTime().mean();
    double handle = talk + scenario.handling().afterCallWork().mean();
    return new PhoneDemand(calls, handle, talk, scenario.callers().patience().mean(), a.intervalSeconds());
  }

  /** Offered load of interval {@code i} in erlangs. */
  public double loadErlangs(int i) {
    return callsPerInterval[i] * handleSeconds / intervalSeconds;
  }

  /** Arrival rate of interval {@code i}, calls per second. */
  public double arrivalRate(int i) {
    return callsPerInterval[i] / intervalSeconds;
  }

  /**
   * How much of a standard nurse one scheduled nurse of {@code g} is on the phone: present with
   * probability 1 − absence, and slower by her handle-time factor on the talk part of each call.
   * Zero for a group that does not answer the phone.
   */
  public double phoneCoverage(StaffGroup g) {
    if (!g.answers(Channel.PHONE)) {
      return 0;
    }
    double own = talkSeconds * g.handleTimeFactor() + (handleSeconds - talkSeconds);
    return (1 - g.absence()) * handleSeconds / own;
  }
}
