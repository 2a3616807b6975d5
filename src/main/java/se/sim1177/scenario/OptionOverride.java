package se.sim1177.scenario;

/**
 * A command-line option that stands for one scenario key, such as {@code --seed 7} for
 * {@code simulation.seed=7}. It is applied to the scenario tree the way {@code --set} is, so its
 * value is checked by the same record as the file's value and a problem with it reads like one
 * with {@code --set}, naming the option as typed: {@code --replications 0: simulation.replications: ...}.
 *
 * @param option the option's name, like {@code --seed}
 * @param value the value given with it
 * @param keyPath the scenario key it sets, like {@code simulation.seed}
 */
public record OptionOverride(String option, String value, String keyPath) {}
