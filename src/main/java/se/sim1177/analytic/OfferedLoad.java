package se.sim1177.analytic;

import java.util.List;
import java.util.Locale;
import se.sim1177.scenario.Channel;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.Shift;
import se.sim1177.scenario.StaffGroup;
import se.sim1177.scenario.Weekday;

/**
 * The phone work a scenario offers, hour by hour over the week, against the phone nurses its roster
 * puts on duty, from the scenario alone (before anything runs): what {@code check} reports and
 * what decides whether a run's results carry an overload warning.
 *
 * <p>Offered load in an hour, in erlangs = expected first attempts by phone in that hour (each
 * weekday shaped by its own shape of the day, {@link se.sim1177.scenario.Arrivals#intradayFor}) × mean
 * handling time (talk time × the phone groups' handle-time factor, weighted by their rostered
 * hours, + after-call work) / 3600 s. Nurses on duty = rostered nurses of groups that answer the
 * phone × (1 − absence), blended nurses counted in full. Over the week the chat's nurse work
 * (chats that need a nurse × mean nurse time, and the calls of escalated chats) counts too, against
 * the nurse-hours of all groups: a desk that needs more than the nurses have overloads the line
 * even when the phone alone would not. Redials, callbacks, silent-abandon checks and chats phoned in
 * while the chat is closed add load on top, so this is a lower bound, and day busyness averages out.
 *
 * @param offeredErlangs expected offered phone load per hour of the week (Monday 00:00 = hour 0), erlangs
 * @param nursesOnDuty expected phone nurses on duty per hour of the week (mean over the hour)
 * @param chatWorkHoursPerWeek expected nurse-hours of chat work a week, escalation calls included
 * @param chatOnlyNurseHoursPerWeek nurse-hours a week of groups that answer chat but not the phone
 */
public record OfferedLoad(double[] offeredErlangs, double[] nursesOnDuty, double chatWorkHoursPerWeek,
    double chatOnlyNurseHoursPerWeek) {
  /** Hours in a week. */
  public static final int HOURS = 168;
  /**
   * Load over capacity above which the week or an hour counts as overloaded: more work offered than
   * the nurses can do. Exactly 1 (as in an Erlang A check at full load) is critical, not over.
   */
  public static final double OVERLOADED = 1.0 + 1e-9;

  public OfferedLoad {
    offeredErlangs = offeredErlangs.clone();
    nursesOnDuty = nursesOnDuty.clone();
  }

  /** Without a chat desk. */
  public OfferedLoad(double[] offeredErlangs, double[] nursesOnDuty) {
    this(offeredErlangs, nursesOnDuty, 0, 0);
  }

  /** The offered load and nurses on duty of {@code scenario}. */
  public static OfferedLoad of(Scenario scenario) {
    var arrivals = scenario.arrivals();
    int ipd = arrivals.intervalsPerDay();
    double phoneShare = scenario.chat().inUse() ? 1 - scenario.chat().adoption() : 1;
    double[] nurses = new double[HOURS];
    double factorHours = 0;
    double hours = 0;
    double chatOnlyHours = 0;
    for (StaffGroup g : scenario.staff()) {
      if (!g.answers(Channel.PHONE)) {
        if (g.answers(Channel.CHAT)) {
          for (Shift s : g.shifts()) {
            chatOnlyHours += Integer.bitCount(s.days().mask()) * s.nurses() * (1 - g.absence()) * s.onLineMinutes() / 60.0;
          }
        }
        continue;
      }
      for (Shift s : g.shifts()) {
        double onDuty = s.nurses() * (1 - g.absence());
        addShift(nurses, s, onDuty);
        double h = Integer.bitCount(s.days().mask()) * onDuty * s.onLineMinutes() / 60.0;
        factorHours += h * g.handleTimeFactor();
        hours += h;
      }
    }
    double factor = hours > 0 ? factorHours / hours : 1.0;
    double handleSeconds = scenario.handling().talkTime().mean() * factor + scenario.handling().afterCallWork().mean();
    double[] erlangs = new double[HOURS];
    for (int wd = 0; wd < 7; wd++) {
      List<Double> weights = arrivals.intradayFor(Weekday.values()[wd]);
      double weightSum = weights.stream().mapToDouble(Double::doubleValue).sum();
      double perDay = arrivals.callsPerDay() * arrivals.weekdayFactors().get(wd) * phoneShare;
      for (int k = 0; k < ipd; k++) {
        double calls = weightSum > 0 ? perDay * weights.get(k) / weightSum : 0;
        // An interval's calls spread evenly over it, whatever its length (15, 30 or 60 minutes).
        double startHour = 24.0 * k / ipd;
        double endHour = 24.0 * (k + 1) / ipd;
        for (int h = (int) Math.floor(startHour); h < Math.ceil(endHour); h++) {
          double overlap = Math.min(endHour, h + 1) - Math.max(startHour, h);
          erlangs[wd * 24 + h] += calls * overlap / (endHour - startHour) * handleSeconds / 3600;
        }
      }
    }
    double chatHours = 0;
    if (scenario.chat().inUse()) {
      var chat = scenario.chat();
      double firstContactsPerWeek = arrivals.callsPerDay() * arrivals.weekdayFactors().stream().mapToDouble(Double::doubleValue).sum();
      double needingNurse = firstContactsPerWeek * chat.adoption() * (1 + chat.inducedDemand()) * (1 - chat.selfCareAutomated());
      chatHours = needingNurse * (chat.nurseTime().mean() + chat.escalateToPhone() * handleSeconds) / 3600;
    }
    return new OfferedLoad(erlangs, nurses, chatHours, chatOnlyHours);
  }

  /**
   * A group's nurses expected on duty per hour of the week (Monday 00:00 = hour 0): each shift's
   * nurses × (1 − the group's absence), in part for hours a shift covers in part.
   */
  public static double[] expectedOnDuty(StaffGroup g) {
    double[] nurses = new double[HOURS];
    for (Shift s : g.shifts()) {
      addShift(nurses, s, s.nurses() * (1 - g.absence()));
    }
    return nurses;
  }

  /**
   * Adds a shift's nurses to every hour of the week it covers, in part for hours it covers in part;
   * its break, if any, is left out (the nurses are off the line).
   */
  private static void addShift(double[] nurses, Shift s, double onDuty) {
    for (int wd = 0; wd < 7; wd++) {
      if ((s.days().mask() & (1 << wd)) == 0) {
        continue;
      }
      int from = wd * 1440 + s.startMinute();
      int to = from + s.lengthMinutes();
      if (s.shiftBreak() == null) {
        addSpan(nurses, from, to, onDuty);
      } else {
        int breakFrom = from + s.breakOffsetMinutes();
        addSpan(nurses, from, breakFrom, onDuty);
        addSpan(nurses, breakFrom + s.shiftBreak().lengthMinutes(), to, onDuty);
      }
    }
  }

  /** Adds {@code onDuty} nurses over minutes [from, to) of the week, wrapping past its end, per hour. */
  private static void addSpan(double[] nurses, int from, int to, double onDuty) {
    for (int minute = from; minute < to;) {
      int hourStart = minute / 60 * 60;
      int next = Math.min(to, hourStart + 60);
      nurses[(minute / 60) % HOURS] += onDuty * (next - minute) / 60.0;
      minute = next;
    }
  }

  /** Offered load over the week, in erlang-hours (nurse-hours of work). */
  public double offeredHoursPerWeek() {
    double sum = 0;
    for (double e : offeredErlangs) {
      sum += e;
    }
    return sum;
  }

  /** Phone nurse-hours on duty over the week. */
  public double nurseHoursPerWeek() {
    double sum = 0;
    for (double n : nursesOnDuty) {
      sum += n;
    }
    return sum;
  }

  /** Offered work over the week, calls and chats, / nurse time on duty; infinite with work and no nurses. */
  public double weeklyLoadRatio() {
    double nurses = nurseHoursPerWeek() + chatOnlyNurseHoursPerWeek;
    double work = offeredHoursPerWeek() + chatWorkHoursPerWeek;
    return nurses > 0 ? work / nurses : work > 0 ? Double.POSITIVE_INFINITY : 0;
  }

  /** Whether the week as a whole offers more work than the roster's nurses can do: the queue cannot keep up. */
  public boolean overloaded() {
    return weeklyLoadRatio() > OVERLOADED;
  }

  /** Hours of the week whose offered load is above the nurses on duty (with some load). */
  public int hoursOverloaded() {
    int n = 0;
    for (int h = 0; h < HOURS; h++) {
      if (offeredErlangs[h] > 0.05 && offeredErlangs[h] > OVERLOADED * nursesOnDuty[h]) {
        n++;
      }
    }
    return n;
  }

  /** The hour of the week with the highest load per nurse on duty (an hour with load and no nurse first). */
  public int worstHour() {
    int worst = 0;
    double worstRatio = -1;
    for (int h = 0; h < HOURS; h++) {
      double ratio = nursesOnDuty[h] > 0 ? offeredErlangs[h] / nursesOnDuty[h]
          : offeredErlangs[h] > 0 ? Double.MAX_VALUE / 2 + offeredErlangs[h] : 0;
      if (ratio > worstRatio) {
        worst = h;
        worstRatio = ratio;
      }
    }
    return worst;
  }

  /** "Mon 10:00-11:00". */
  public static String hourName(int hourOfWeek) {
    String[] days = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    int h = hourOfWeek % 24;
    return String.format(Locale.ROOT, "%s %02d:00-%02d:00", days[hourOfWeek / 24], h, h + 1);
  }

  /** One line on the worst hour: "Mon 10:00-11:00: 14.2 erlangs offered to 9.0 nurses on duty". */
  public String worstHourText() {
    int h = worstHour();
    if (nursesOnDuty[h] < 0.05) {
      return String.format(Locale.ROOT, "%s: %s erlangs offered and no phone nurse on duty", hourName(h), amount(offeredErlangs[h]));
    }
    return String.format(Locale.ROOT, "%s: %s erlangs offered to %s nurse%s on duty", hourName(h), amount(offeredErlangs[h]),
        amount(nursesOnDuty[h]), Math.abs(nursesOnDuty[h] - 1) < 1e-9 ? "" : "s");
  }

  static String amount(double v) {
    return v >= 1000 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
  }
}
