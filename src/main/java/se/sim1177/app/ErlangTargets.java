package se.sim1177.app;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import se.sim1177.scenario.Durations;

/**
 * What a staffing level must achieve in {@code sim1177 erlang}, the question an Erlang calculator
 * answers, and the shrinkage that turns nurses on the phone into scheduled positions. Each target
 * is null when not asked for; shares are fractions from 0 to 1, waits are seconds.
 *
 * @param serviceLevel the least share of all callers answered within the table's {@code --within}
 * @param answerRate the least share of callers answered (Erlang A: 1 − P(abandon); Erlang C answers everyone)
 * @param meanWaitSeconds the longest mean wait of answered callers (the {@code mean_wait_answered_s} column)
 * @param maxOccupancy the largest share of the nurses' time on calls
 * @param shrinkage the share of paid time not on the phone (absence, breaks, training), from 0 up to but not 1
 */
public record ErlangTargets(Double serviceLevel, Double answerRate, Double meanWaitSeconds, Double maxOccupancy,
    Double shrinkage) {
  /** No target and no shrinkage: the table as it always was. */
  public static final ErlangTargets NONE = new ErlangTargets(null, null, null, null, null);

  /**
   * How far a figure may fall short of a target and still meet it: a typed 80 % meets a computed
   * 0.7999999999999999, since both stand for the same number.
   */
  static final double TOLERANCE = 1e-9;

  /** Whether any target was asked for. */
  public boolean any() {
    return serviceLevel != null || answerRate != null || meanWaitSeconds != null || maxOccupancy != null;
  }

  /** The targets {@code level} misses, by the name the summary uses; empty when it meets every one. */
  List<String> missed(StaffingLevel level) {
    List<String> missed = new ArrayList<>();
    if (level.overloaded()) {
      missed.add("the queue grows without bound");
      return missed;
    }
    if (serviceLevel != null && level.serviceLevel() < serviceLevel - TOLERANCE) {
      missed.add("service level " + Shares.figure(level.serviceLevel(), RoundingMode.FLOOR) + " is below " + Shares.percent(serviceLevel));
    }
    if (answerRate != null && level.answerRate() < answerRate - TOLERANCE) {
      missed.add("answer rate " + Shares.figure(level.answerRate(), RoundingMode.FLOOR) + " is below " + Shares.percent(answerRate));
    }
    if (meanWaitSeconds != null && level.meanWaitAnsweredSeconds() > meanWaitSeconds * (1 + TOLERANCE)) {
      missed.add("mean wait of answered calls " + new BigDecimal(level.meanWaitAnsweredSeconds()).setScale(1, RoundingMode.CEILING)
          .toPlainString() + " s is above " + Durations.format(meanWaitSeconds));
    }
    if (maxOccupancy != null && level.occupancy() > maxOccupancy + TOLERANCE) {
      missed.add("occupancy " + Shares.figure(level.occupancy(), RoundingMode.CEILING) + " is above " + Shares.percent(maxOccupancy));
    }
    return missed;
  }

  /** Whether {@code level} meets every target. */
  boolean met(StaffingLevel level) {
    return missed(level).isEmpty();
  }

  /**
   * Positions to schedule so that {@code onThePhone} nurses are on the phone after shrinkage:
   * ⌈onThePhone ÷ (1 − shrinkage)⌉, the quotient first rounded to nine decimals so that 14 nurses at
   * 30 % give 20, not the 21 that 14 ÷ 0.7 = 20.000000000000004 would.
   */
  long scheduled(int onThePhone) {
    double share = shrinkage == null ? 0 : shrinkage;
    return (long) Math.ceil(onThePhone / (1 - share) - TOLERANCE);
  }
}
