package se.sim1177.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sim1177.scenario.ScenarioReaderTest.assertOneProblem;
import static se.sim1177.scenario.ScenarioReaderTest.parse;
import static se.sim1177.scenario.ScenarioReaderTest.problems;

import org.junit.jupiter.api.Test;

/** chat.choice and callers.chat_link.accept_when_congested: read as written, refused at their line with what is allowed. */
class ChannelChoiceReaderTest {
  private static final String CHAT = String.join("\n", "chat:", "  adoption: 0.15",
      "  session_duration: {distribution: lognormal, mean: 20m, cv: 0.8}",
      "  nurse_time: {distribution: lognormal, mean: 8m, cv: 0.6}", "");

  /** The valid scenario with nurses who answer the chat too. */
  private static final String BASE = ScenarioReaderTest.VALID.replace("      absence: 0.10", "      absence: 0.10\n      channels: [phone, chat]");

  private static String withChoice(String choiceLine) {
    return BASE + CHAT + choiceLine + "\n";
  }

  /** The line of the choice, the last line of the file. */
  private static final int LINE = BASE.split("\n").length + 5;

  @Test
  void aChoiceIsReadWithItsUnitsAndItsDefaults() throws ScenarioException {
    ChannelChoice c = parse(withChoice("  choice: {signal: announced_wait, delay: 30m, response: {at: 30m, adoption: 0.30}}"))
        .chat().choice();
    assertEquals(ChannelChoice.Signal.ANNOUNCED_WAIT, c.signal());
    assertEquals(1800, c.delaySeconds());
    assertEquals(1800, c.at());
    assertEquals(0.30, c.atAdoption());
    assertEquals(ChannelChoice.DEFAULT_WINDOW_SECONDS, c.windowSeconds());
    ChannelChoice rate = parse(withChoice("  choice: {signal: recent_answer_rate, response: {at: 0.65, adoption: 0.3}}")).chat().choice();
    assertEquals(0.65, rate.at());
    assertEquals(0, rate.delaySeconds());
    assertEquals(0.35, rate.congestionAtResponse(), 1e-12);
    assertNull(parse(BASE + CHAT).chat().choice());
  }

  @Test
  void badChoicesAreNamedAtTheirLineWithWhatIsAllowed() {
    assertOneProblem(problems(withChoice("  choice: {signal: wait_time, response: {at: 30m, adoption: 0.3}}")), "test.yaml:" + LINE + ":",
        "chat.choice.signal", "\"wait_time\"", "announced_wait, recent_answer_rate");
    assertOneProblem(problems(withChoice("  choice: {signal: recent_answer_rate, response: {at: 65, adoption: 0.3}}")),
        "test.yaml:" + LINE + ":", "chat.choice.response.at", "65", "an answer rate above 0 and below 1");
    assertOneProblem(problems(withChoice("  choice: {signal: announced_wait, response: {at: 30, adoption: 0.3}}")),
        "test.yaml:" + LINE + ":", "chat.choice.response.at", "unit is missing");
    assertOneProblem(problems(withChoice("  choice: {signal: announced_wait, response: {at: 30m, adoption: 1}}")),
        "test.yaml:" + LINE + ":", "chat.choice.response.adoption", "1", "a share above 0 and below 1");
    assertOneProblem(problems(withChoice("  choice: {signal: announced_wait}")), "test.yaml:" + LINE + ":", "chat.choice",
        "missing required key 'response'");
    assertOneProblem(problems(withChoice("  choice: {signal: announced_wait, delay: -5m, response: {at: 30m, adoption: 0.3}}")),
        "chat.choice.delay", "\"-5m\" is not a duration");
    assertTrue(problems(withChoice("  choice: {signal: announced_wait, respons: {at: 30m, adoption: 0.3}}")).stream()
        .anyMatch(p -> p.contains("chat.choice.respons: unknown key (did you mean 'response'?)")));
    assertOneProblem(problems(withChoice("  choice: {signal: announced_wait, response: {at: 30m, adoption: 0.3}}")
        .replace("adoption: 0.15", "adoption: 0")), "chat.adoption", "above 0 and below 1 when chat.choice is given");
  }

  @Test
  void theSmsLinksCongestedAcceptanceIsReadAndChecked() throws ScenarioException {
    String link = "  chat_link: {offer_when_predicted_wait_over: 10m, accept_probability: 0.15,"
        + " accept_when_congested: {at: 30m, probability: 0.30}}";
    String text = BASE.replace("  balk_probability: 0.05", "  balk_probability: 0.05\n" + link) + CHAT;
    ChatLink.WhenCongested w = parse(text).callers().chatLink().whenCongested();
    assertEquals(1800, w.atSeconds());
    assertEquals(0.30, w.probability());
    assertOneProblem(problems(text.replace("at: 30m, probability", "at: 5m, probability")), "test.yaml:9:",
        "callers.chat_link.accept_when_congested.at", "longer than offer_when_predicted_wait_over");
    assertOneProblem(problems(text.replace("probability: 0.30", "probability: 1.3")), "test.yaml:9:",
        "callers.chat_link.accept_when_congested.probability", "above 0 and below 1");
  }
}
