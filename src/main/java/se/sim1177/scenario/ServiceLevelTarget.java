package se.sim1177.scenario;

/** "A {@code share} of offered calls answered within {@code withinSeconds}". */
public record ServiceLevelTarget(double withinSeconds, double share) {
  public ServiceLevelTarget {
    FieldChecks c = new FieldChecks();
    c.require(withinSeconds > 0 && withinSeconds <= 86400, "within", withinSeconds, "must be a duration above 0s and at most 24h");
    c.probability("share", share);
    c.throwIfAny();
  }
}
