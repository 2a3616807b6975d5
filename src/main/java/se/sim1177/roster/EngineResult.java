package se.sim1177.roster;

/**
 * What an engine returns for a scaled problem that has a roster: the counts, whether proven
 * optimal, the engine's wall time and its relative gap (0 when optimal), and whether the
 * day-to-day tie-break proved its choice among the cheapest ({@link DayToDayTieBreak}; true when
 * the problem asks none).
 */
record EngineResult(long[] counts, boolean optimal, double wallTimeSeconds, double relativeGap, boolean leastChangeProven) {}
