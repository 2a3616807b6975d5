package se.sim1177.history;

import java.util.List;

/**
 * The scenario's demand as fitted to an export's period.
 *
 * @param profileWindow the days the weekday factors, shapes and busyness are fitted to: the
 *     period, or the weeks up to its end when the period is shorter
 * @param callsPerDay first attempts on a day with weekday factor 1, so that the period's used days
 *     get their calls (unique callers when the export has them, else offered calls, redials
 *     included)
 * @param fromUniqueCallers whether {@code callsPerDay} counts unique callers
 * @param weekdayFactors each weekday's mean over {@code callsPerDay}, Monday first
 * @param daysPerWeekday the used days behind each weekday's mean
 * @param shapes the shapes of the day, the common one ({@code intraday}) first
 * @param busyness the day-to-day variation
 * @param handleSeconds mean handle time of the answered calls, NaN when the export has none
 */
public record FittedDemand(FitPeriod period, FitPeriod profileWindow, double callsPerDay, boolean fromUniqueCallers, double[] weekdayFactors,
    int[] daysPerWeekday, ShapeGroups.Result shapes, BusynessFit busyness, double handleSeconds, int intervalMinutes) {
  public List<ShapeGroups.Group> shapeGroups() {
    return shapes.groups();
  }
}
