package se.sim1177.staffing;

/**
 * One roster of the comparison the staffing report makes, with its fresh-seed check.
 *
 * @param key its name in {@code staffing.json}: {@code today}, {@code today_scaled},
 *     {@code erlang_c}, {@code erlang_a} or {@code this}
 * @param label how the console names it
 * @param nurseHours scheduled nurse-hours a week
 * @param cost weighted nurse-hours a week (the staffing section's rates)
 */
public record RosterResult(String key, String label, Roster roster, RosterEvaluation check, double nurseHours, double cost) {}
