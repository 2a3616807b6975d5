package se.sim1177.scenario;

/**
 * How callers behave when they cannot be answered at once.
 *
 * @param balkProbability chance that a caller who would have to wait hangs up at once
 * @param patience how long a waiting caller stays in the queue before abandoning
 * @param redial whether and when callers who did not get through call again
 * @param callback the offer to be called back, or null when there is none
 * @param chatLink the offer of an SMS link to 1177 direkt, or null when there is none
 */
public record Callers(double balkProbability, DistributionSpec patience, Redial redial, Callback callback, ChatLink chatLink) {
  /** Balking when the scenario does not say: nobody hangs up without waiting. */
  public static final double DEFAULT_BALK_PROBABILITY = 0;

  /** Callers without callback or chat-link offers. */
  public Callers(double balkProbability, DistributionSpec patience, Redial redial) {
    this(balkProbability, patience, redial, null, null);
  }

  public Callers {
    FieldChecks c = new FieldChecks();
    c.probability("balk_probability", balkProbability);
    c.require(patience != null, "patience", null, "is required");
    c.require(redial != null, "redial", null, "is required");
    c.throwIfAny();
  }
}
