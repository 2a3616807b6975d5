package se.sim1177.experiment;

import static se.sim1177.experiment.ErlangAgreementTest.assertWithinCi;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.sim1177.TestSeeds;
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
 *
 * <p><b>Power</b> (see {@link Power}): the chat answer rate must be caught 0.5 percentage points
 * off and the mean response 2 % off, each with probability at least 0.8 at the 0.1 % level, so
 * (t<sub>0.9995</sub> + z<sub>0.8</sub>) · SE ≤ δ. A pilot (seed 99, 120 replications × 13
 * measured days) gave the SE of each; the replications needed scale with (achieved / required)²,
 * taken 1.25 times against the pilot's own sampling error. The mean response asks for the most:
 *
 * <pre>
 * case (chats/h, session, nurses × slots)  detectable at 120 reps  required  replications
 * 20/h, 15 min, 5 × 1                        2.12 s                 1.91 s      185 → 190
 * 60/h, 12 min, 12 × 1                      2.52 s                 2.29 s      182 → 190
 * 70/h, 12 min, 5 × 3 (seed 2023)            1.61 s                 1.44 s      189 → 280 (*)
 * 45/h, 20 min, 3 × 5                        2.23 s                 1.81 s      228 → 230
 * </pre>
 *
 * (*) At 190 replications (seed 2023) this case achieved 1.49 s against 1.44 s and failed its own
 * power check (the SD of a skewed figure from a pilot is itself uncertain), so it is sized from that
 * run with a margin for fresh seeds ({@link TestSeeds}): 190 × (1.49 / (0.87 × 1.44))² ≈ 270 → 280.
 * The answer rate needed at most 120 × (3.22 / 5.0)² ≈ 50. The cases are independent checks: no
 * two have the same number of slots and load (12 nurses × 1 slot and 4 × 3 at 60 chats an hour,
 * as this test once had, are the same M/M/12+M, and with one seed gave the same figures to five
 * digits), and the 5 × 3 case has a seed of its own. Each case asserts the SE it achieved
 * ({@link Power#assertAgrees}), so a case that becomes too weak fails. Abandonment, service level
 * and contacts per day are checked at the same 99.9 % level with no power claim.
 */
@Tag(TestSeeds.TAG)
class ChatErlangTest {
  private static String scenario(double chatsPerHour, double sessionMinutes, int nurses, double patienceMinutes,
      int concurrency, int replications, long seed) {
    return String.join("\n",
        "name: chat-only M/M/c+M",
        "simulation: {days: 14, warmup_days: 1, replications: " + replications + ", seed: " + seed + "}",
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

  @ParameterizedTest(name = "chat desk of {2} nurses × {4} slots: {0} chats/h, {1} min sessions, {3} min patience, {5} replications")
  @CsvSource({"20, 15, 5, 10, 1, 190, 2021", "60, 12, 12, 20, 1, 190, 2021", "70, 12, 5, 20, 3, 280, 2023",
      "45, 20, 3, 15, 5, 230, 2021"})
  void chatOnlyDeskAgreesWithErlangA(double chatsPerHour, double sessionMinutes, int nurses, double patienceMinutes,
      int concurrency, int replications, long fixedSeed) throws Exception {
    long seed = TestSeeds.seed("ChatErlangTest " + nurses + " x " + concurrency, fixedSeed);
    Scenario s = ScenarioReader.parse(
        scenario(chatsPerHour, sessionMinutes, nurses, patienceMinutes, concurrency, replications, seed), "chat.yaml", "chat",
        List.of());
    ExperimentResult r = ExperimentRunner.run(new CallCentreModel(s), seed, replications, 2, null);
    ErlangA.Figures a = new ErlangA(chatsPerHour / 3600, sessionMinutes * 60, nurses * concurrency, patienceMinutes * 60)
        .figures(120);
    Power.assertAgrees(r, Metrics.CHAT_ANSWER_RATE, a.answerRate(), 0.999, 0.005);
    Power.assertAgrees(r, Metrics.CHAT_MEAN_RESPONSE, a.meanWaitAnsweredSeconds(), 0.999, 0.02 * a.meanWaitAnsweredSeconds());
    assertWithinCi(r, Metrics.CHAT_ABANDON_RATE, a.abandonRate());
    assertWithinCi(r, Metrics.CHAT_RESPONSE_SERVICE_LEVEL, a.serviceLevel());
    assertWithinCi(r, Metrics.CHAT_CONTACTS_PER_DAY, chatsPerHour * 24);
  }
}
