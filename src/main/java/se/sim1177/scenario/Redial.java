package se.sim1177.scenario;

/**
 * Whether a caller who did not get through calls again.
 *
 * @param probability chance of redialling after abandoning, balking or being blocked
 * @param delay time from giving up to the next attempt
 * @param maxAttempts attempts in all, the first one included
 */
public record Redial(double probability, DistributionSpec delay, int maxAttempts) {
  public static final Redial NONE = new Redial(0, new DistributionSpec.Fixed(0), 1);

  public Redial {
    FieldChecks c = new FieldChecks();
    c.probability("probability", probability);
    c.require(delay != null, "delay", null, "is required");
    c.require(maxAttempts >= 1 && maxAttempts <= 1000, "max_attempts", maxAttempts, "must be from 1 to 1000");
    c.throwIfAny();
  }
}
