package se.sim1177.experiment;

import se.sim1177.model.CallCentreModel;
import se.sim1177.scenario.RunControl;
import se.sim1177.scenario.Weekday;

/**
 * The calendar an experiment's figures are laid out on, as the writers of its results need it:
 * how a day is cut into intervals and which weekdays the measured days fell on. It holds a copy of
 * what the run used, so a writer never reads the live model.
 *
 * @param intervalsPerDay intervals a day is cut into (the arrival profile's resolution); cell
 *     {@code weekday × intervalsPerDay + k} of {@link ExperimentResult#interval} is interval
 *     {@code k} of that weekday
 * @param measuredDays days per replication after the warm-up (the scenario's {@code days})
 * @param warmupDays days simulated first and discarded
 * @param startWeekday weekday of the first simulated (warm-up) day
 */
public record ResultCalendar(int intervalsPerDay, int measuredDays, int warmupDays, Weekday startWeekday) {
  public ResultCalendar {
    if (intervalsPerDay < 1) {
      throw new IllegalArgumentException("intervalsPerDay must be at least 1, got " + intervalsPerDay);
    }
    if (measuredDays < 1) {
      throw new IllegalArgumentException("measuredDays must be at least 1, got " + measuredDays);
    }
    if (warmupDays < 0) {
      throw new IllegalArgumentException("warmupDays must be at least 0, got " + warmupDays);
    }
    if (startWeekday == null) {
      throw new IllegalArgumentException("startWeekday must be a weekday, got null");
    }
  }

  /** The calendar {@code model} runs on. */
  static ResultCalendar of(CallCentreModel model) {
    RunControl run = model.scenario().simulation();
    return new ResultCalendar(model.intervalsPerDay(), model.measuredDays(), run.warmupDays(), run.startWeekday());
  }

  /** Weekday of measured day {@code day} (0 = the first day after the warm-up). */
  public Weekday weekdayOfMeasuredDay(int day) {
    return startWeekday.plusDays(warmupDays + day);
  }

  /** How many measured days fell on {@code weekday} (Monday = 0). */
  public int daysOnWeekday(int weekday) {
    int first = weekdayOfMeasuredDay(0).ordinal();
    int fromFirst = Math.floorMod(weekday - first, 7);
    return measuredDays / 7 + (fromFirst < measuredDays % 7 ? 1 : 0);
  }
}
