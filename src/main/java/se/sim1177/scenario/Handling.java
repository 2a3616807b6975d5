package se.sim1177.scenario;

/**
 * The work one answered call makes for a nurse.
 *
 * @param talkTime time on the phone with the caller (before the group's handle-time factor)
 * @param afterCallWork documentation and wrap-up after the call, during which the nurse takes no call
 */
public record Handling(DistributionSpec talkTime, DistributionSpec afterCallWork) {
  /** After-call work when the scenario does not say: none. */
  public static final DistributionSpec DEFAULT_AFTER_CALL_WORK = new DistributionSpec.Fixed(0);

  public Handling {
    FieldChecks c = new FieldChecks();
    c.require(talkTime != null, "talk_time", null, "is required");
    c.require(afterCallWork != null, "after_call_work", null, "is required");
    c.throwIfAny();
  }

  /** Mean handling time in seconds for a nurse with handle-time factor 1. */
  public double meanHandleSeconds() {
    return talkTime.mean() + afterCallWork.mean();
  }
}
