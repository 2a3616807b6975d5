package se.sim1177.scenario;

/**
 * One thing wrong with one value: the scenario key it sits under (relative to the record that
 * found it, in the file's own spelling), the offending value as written and what is wrong, phrased
 * to follow the value ("must be between 0 and 1").
 */
public record FieldProblem(String key, String value, String complaint) {}
