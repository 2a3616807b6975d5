package se.sim1177.roster;

/**
 * Two candidate shifts that are the same shift a day apart: the same group, start time of day,
 * length and break, {@code nextDay} starting a day after {@code shift}. Among the cheapest rosters
 * the solver takes one whose counts on such pairs differ the least ({@link CoverageProblem}).
 *
 * @param shift index of the earlier shift in {@link CoverageProblem#shifts()}
 * @param nextDay index of the same shift a day later
 */
public record NextDayPair(int shift, int nextDay) {}
