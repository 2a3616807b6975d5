package se.sim1177.experiment;

import static se.sim1177.experiment.ErlangAgreementTest.assertWithinCi;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.sim1177.analytic.ErlangA;
import se.sim1177.model.CallCentreModel;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioReader;

/**
 * A chat-only desk is a birth–death queue when the nurse's own work on a chat is negligible (1 s
 * here): chats start as a Poisson process, each holds one of its nurse's {@code concurrency} slots
 * for an exponential session, and residents wait an exponential patience for the first response.
 * With n nurses of c slots each, the slots are n·c servers of an M/M/(n·c)+M queue, which Erlang A
 * computes exactly. Chat answer rate, abandonment and mean response must agree with it within the
 * simulated 99.9 % confidence intervals (the 1 s of nurse work, during which her other slots wait,
 * moves the figures by far less than those intervals).
 */
class ChatErlangTest {
  private static final int REPLICATIONS = 20;
  private static final long SEED = 2021;

  private static String scenario(double chatsPerHour, double sessionMinutes, int nurses, double patienceMinutes,
      int concurrency) {
    return String.join("\n",
        "name: chat-only M/M/c+M",
        "simulation: {days: 14, warmup_days: 1, replications: " + REPLICATIONS + ", seed: " + SEED + "}",
        "arrivals: {calls_per_day: " + chatsPerHour * 24 + "}",
        "callers: {patience: {distribution: exponential, mean: 10m}}",
        "handling: {talk_time: {distribution: exponential, mean: 8m}}",
        "chat:",
        "  adoption: 1.0",
        "  open: [{days: all, start: \"00:00\", end: \"24:00\"}]",
        "  session_duration: {distribution: exponential, mean: " + sessionMinutes + "m}",
        "  nurse_time: {distribution: fixed, value: 1s}",
        "  concurrency: " + concurrency,
        "  patience: {distribution: exponential, mean: " + patienceMinutes + "m}",
        "staff:",
        "  groups:",
        "    - {name: chat, channels: [chat], shifts: [{days: all, start: \"00:00\", end: \"24:00\", nurses: " + nurses + "}]}",
        "targets: {chat_response_within: {within: 2m, share: 0.8}}",
        "");
  }

  @ParameterizedTest(name = "chat desk of {2} nurses × {4} slots: {0} chats/h, {1} min sessions, {3} min patience")
  @CsvSource({"20, 15, 5, 10, 1", "60, 12, 12, 20, 1", "60, 12, 4, 20, 3", "45, 20, 3, 15, 5"})
  void chatOnlyDeskAgreesWithErlangA(double chatsPerHour, double sessionMinutes, int nurses, double patienceMinutes,
      int concurrency) throws Exception {
    Scenario s = ScenarioReader.parse(scenario(chatsPerHour, sessionMinutes, nurses, patienceMinutes, concurrency),
        "chat.yaml", "chat", List.of());
    ExperimentResult r = ExperimentRunner.run(new CallCentreModel(s), SEED, REPLICATIONS, 2, null);
    ErlangA.Figures a = new ErlangA(chatsPerHour / 3600, sessionMinutes * 60, nurses * concurrency, patienceMinutes * 60)
        .figures(120);
    assertWithinCi(r, Metrics.CHAT_ANSWER_RATE, a.answerRate());
    assertWithinCi(r, Metrics.CHAT_ABANDON_RATE, a.abandonRate());
    assertWithinCi(r, Metrics.CHAT_MEAN_RESPONSE, a.meanWaitAnsweredSeconds());
    assertWithinCi(r, Metrics.CHAT_RESPONSE_SERVICE_LEVEL, a.serviceLevel());
    assertWithinCi(r, Metrics.CHAT_CONTACTS_PER_DAY, chatsPerHour * 24);
  }
}
