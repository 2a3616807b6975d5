package se.sim1177.scenario;

/**
 * When the queue closes: a caller who arrives to a full queue, or whose predicted wait is too long,
 * hears "call later" and is blocked.
 *
 * @param maxWaiting most callers waiting at once; {@link Integer#MAX_VALUE} for no limit
 * @param maxPredictedWaitSeconds longest predicted wait accepted; infinity for no limit
 */
public record QueueLimits(int maxWaiting, double maxPredictedWaitSeconds) {
  /** No closure: the default, also of each limit not written. */
  public static final QueueLimits NONE = new QueueLimits(Integer.MAX_VALUE, Double.POSITIVE_INFINITY);

  public QueueLimits {
    FieldChecks c = new FieldChecks();
    c.require(maxWaiting >= 0, "max_waiting", maxWaiting, "must be zero or more");
    c.require(maxPredictedWaitSeconds > 0, "max_predicted_wait", maxPredictedWaitSeconds, "must be a positive duration");
    c.throwIfAny();
  }
}
