package se.sim1177.scenario;

/**
 * The region's goals, checked against the results. Any of them may be null (no such goal).
 *
 * @param answerRate least acceptable share of offered calls answered
 * @param meanWaitSeconds longest acceptable mean wait of answered calls
 * @param serviceLevel answered-within goal; its {@code within} also defines the {@code service_level} metric
 * @param chatResponse chat first-response goal; its {@code within} also defines the
 *     {@code chat_response_service_level} metric
 */
public record Targets(Double answerRate, Double meanWaitSeconds, ServiceLevelTarget serviceLevel, ServiceLevelTarget chatResponse) {
  /** Threshold for the chat response metric when the scenario sets no chat goal: the common 15 minutes. */
  public static final double DEFAULT_CHAT_RESPONSE_SECONDS = 900;

  /** Phone goals only. */
  public Targets(Double answerRate, Double meanWaitSeconds, ServiceLevelTarget serviceLevel) {
    this(answerRate, meanWaitSeconds, serviceLevel, null);
  }

  /** Threshold for the service-level metric when the scenario sets no service-level goal. */
  public static final double DEFAULT_SERVICE_LEVEL_SECONDS = 300;
  public static final Targets NONE = new Targets(null, null, null);

  public Targets {
    FieldChecks c = new FieldChecks();
    c.answerRateAndMeanWait(answerRate, meanWaitSeconds);
    c.throwIfAny();
  }

  public double chatResponseSeconds() {
    return chatResponse == null ? DEFAULT_CHAT_RESPONSE_SECONDS : chatResponse.withinSeconds();
  }

  public double serviceLevelSeconds() {
    return serviceLevel == null ? DEFAULT_SERVICE_LEVEL_SECONDS : serviceLevel.withinSeconds();
  }
}
