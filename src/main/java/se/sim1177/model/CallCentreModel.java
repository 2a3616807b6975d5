package se.sim1177.model;

import se.sim1177.scenario.Scenario;

/**
 * A scenario compiled for simulation: the calendar of the run and, for each part of the line, its
 * settings as samplers, rates and flat arrays ({@link PhoneSettings}, {@link ChatSettings},
 * {@link StaffSettings}), each read only by the classes of that part. Immutable and shared by all
 * replications; each replication keeps its mutable state in a {@link Replication}.
 */
public final class CallCentreModel {
  final Scenario scenario;
  final ArrivalProfile arrivals;
  final int measuredDays;
  final int warmupDays;
  final int startWeekday;
  final double busynessShape;
  /** Gamma shape of the period's forecast factor (1 / cv²); 0: the forecast is right, nothing drawn. */
  final double forecastShape;
  final double serviceLevelSeconds;
  final PhoneSettings phone;
  final ChatSettings chat;
  final StaffSettings staff;

  public CallCentreModel(Scenario scenario) {
    this.scenario = scenario;
    arrivals = new ArrivalProfile(scenario.arrivals());
    measuredDays = scenario.simulation().days();
    warmupDays = scenario.simulation().warmupDays();
    startWeekday = scenario.simulation().startWeekday().ordinal();
    busynessShape = scenario.arrivals().dayBusynessShape();
    forecastShape = scenario.arrivals().forecastShape();
    serviceLevelSeconds = scenario.targets().serviceLevelSeconds();
    phone = new PhoneSettings(scenario);
    chat = new ChatSettings(scenario, phone);
    staff = new StaffSettings(scenario);
  }

  /**
   * The stream source of roster shift {@code shift}'s absence draws: each shift has its own, so
   * changing one shift's size leaves every other shift's absences as they were (common random
   * numbers across rosters). Far above the {@link RandomSource}s, which may grow.
   */
  public static int absenceSource(int shift) {
    return 1000 + shift;
  }

  public Scenario scenario() {
    return scenario;
  }

  public int intervalsPerDay() {
    return arrivals.intervalsPerDay();
  }

  public double intervalSeconds() {
    return arrivals.intervalSeconds();
  }

  public int measuredDays() {
    return measuredDays;
  }

  /** Weekday ordinal (Monday = 0) of measured day {@code day}. */
  public int weekdayOfMeasuredDay(int day) {
    return (startWeekday + warmupDays + day) % 7;
  }
}
