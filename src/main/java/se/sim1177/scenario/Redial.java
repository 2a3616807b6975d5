package se.sim1177.scenario;

/**
 * Whether a caller who did not get through calls again.
 *
 * @param probability chance of redialling after abandoning, balking or being blocked
 * @param delay time from giving up to the next attempt
 * @param maxAttempts attempts in all, the first one included
 */
public record Redial(double probability, DistributionSpec delay, int maxAttempts) {
  /** The delay when none is written, allowed only with probability 0 (nobody redials). */
  public static final DistributionSpec NO_DELAY = new DistributionSpec.Fixed(0);
  /** Attempts in all when the scenario does not say. */
  public static final int DEFAULT_MAX_ATTEMPTS = 3;
  /** No redials: the default when the scenario has no {@code redial} section. */
  public static final Redial NONE = new Redial(0, NO_DELAY, 1);

  public Redial {
    FieldChecks c = new FieldChecks();
    c.probability("probability", probability);
    c.require(delay != null, "delay", null, "is required");
    c.require(maxAttempts >= 1 && maxAttempts <= 1000, "max_attempts", maxAttempts, "must be from 1 to 1000");
    c.throwIfAny();
  }
}
