package se.sim1177.roster;

/**
 * What an engine returns for a scaled problem that has a roster: the counts, whether proven
 * optimal, the engine's wall time and its relative gap (0 when optimal).
 */
record EngineResult(long[] counts, boolean optimal, double wallTimeSeconds, double relativeGap) {}
