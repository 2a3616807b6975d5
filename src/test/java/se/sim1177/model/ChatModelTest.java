package se.sim1177.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.sim1177.engine.StreamFamily;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.ExperimentRunner;
import se.sim1177.experiment.MetricSummary;
import se.sim1177.experiment.Metrics;
import se.sim1177.experiment.PairedDifference;
import se.sim1177.scenario.RunControl;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioReader;

/** 1177 direkt, callbacks and the SMS link: exact identities that hold in every replication. */
class ChatModelTest {
  private static final int REPLICATIONS = 4;

  private static Scenario read(String file, int warmupDays, List<String> overrides) throws Exception {
    Scenario s = ScenarioReader.read(Path.of("scenarios", file), overrides);
    RunControl r = s.simulation();
    return s.withSimulation(new RunControl(14, warmupDays, r.startWeekday(), REPLICATIONS, r.seed()));
  }

  /** Scenario 05 with {@code overrides}, 10 replications of 14 days after one warm-up day, seed 1. */
  private static ExperimentResult direkt(String... overrides) throws Exception {
    return ExperimentRunner.run(new CallCentreModel(read("05-varmland-direkt.yaml", 1, List.of(overrides))), 1, 10, 2, null);
  }

  /** Paired difference alternative − base of {@code metric}'s estimate. */
  private static MetricSummary change(ExperimentResult base, ExperimentResult alternative, String metric) {
    return PairedDifference.of(base.replicationParts(metric), alternative.replicationParts(metric));
  }

  private static ReplicationResult replicate(Scenario s, int replication) {
    return new Replication(new CallCentreModel(s), new StreamFamily(s.simulation().seed()), replication).run();
  }

  @Test
  void adoptionZeroReproducesThePhoneOnlyLineBitForBit() throws Exception {
    Scenario phoneOnly = read("02-varmland-2019.yaml", 2, List.of());
    Scenario withChat = read("05-varmland-direkt.yaml", 2,
        List.of("chat.adoption=0", "callers.chat_link=~", "callers.callback=~", "name=x"));
    ExperimentResult a = ExperimentRunner.run(new CallCentreModel(phoneOnly), 12345, REPLICATIONS, 2, null);
    ExperimentResult b = ExperimentRunner.run(new CallCentreModel(withChat), 12345, REPLICATIONS, 2, null);
    for (int r = 0; r < REPLICATIONS; r++) {
      assertArrayEquals(a.replicationSummary(r), b.replicationSummary(r), "replication " + r);
    }
    assertEquals(a.events(), b.events());
  }

  @Test
  void everyContactEndsInExactlyOneOutcomeOnBothChannels() throws Exception {
    List<List<String>> variants = List.of(
        List.of(),
        List.of("chat.outside_open=phone", "callers.callback.keep_place=false", "chat.concurrency=1"),
        List.of("callers.callback.reach_probability=0.3", "callers.callback.max_tries=2", "callers.callback.retry_after=3h"),
        List.of("staff.groups[0].priority=chat", "queue.max_waiting=5", "chat.silent_abandon=1"));
    for (List<String> overrides : variants) {
      Scenario s = read("05-varmland-direkt.yaml", 2, overrides);
      for (int rep = 0; rep < REPLICATIONS; rep++) {
        ReplicationResult r = replicate(s, rep);
        for (int day = 0; day < r.days(); day++) {
          String where = overrides + ", replication " + rep + ", day " + day;
          assertEquals(r.day(day, Tally.OFFERED), r.day(day, Tally.ANSWERED) + r.day(day, Tally.ABANDONED)
              + r.day(day, Tally.BALKED) + r.day(day, Tally.BLOCKED) + r.day(day, Tally.CHAT_LINK_ACCEPTED)
              + r.day(day, Tally.CALLBACK_UNREACHED)
              + r.day(day, Tally.STILL_WAITING), 0.0, "phone: " + where);
          assertEquals(r.day(day, Tally.CHAT_CONTACTS), r.day(day, Tally.SELF_CARE_RESOLVED) + r.day(day, Tally.CHAT_TO_PHONE)
              + r.day(day, Tally.CHAT_OFFERED), 0.0, "chat contacts: " + where);
          assertEquals(r.day(day, Tally.CHAT_OFFERED), r.day(day, Tally.CHAT_ANSWERED) + r.day(day, Tally.CHAT_ABANDONED)
              + r.day(day, Tally.CHAT_STILL_WAITING), 0.0, "chats needing a nurse: " + where);
        }
        assertTrue(r.total(Tally.CHAT_ANSWERED) > 0 && r.total(Tally.SELF_CARE_RESOLVED) > 0 && r.total(Tally.CALLBACKS) > 0
            && r.total(Tally.CHAT_LINK_ACCEPTED) > 0 && r.total(Tally.ESCALATIONS) > 0, overrides + ": every path exercised");
        assertTrue(r.total(Tally.CHAT_WORK_TIME) > 0 && r.total(Tally.CHAT_WORK_TIME) < r.total(Tally.BUSY_TIME));
        assertTrue(r.total(Tally.BUSY_TIME) <= r.total(Tally.NURSE_TIME));
      }
    }
  }

  @Test
  void closedChatsEitherWaitForTheMorningOrPhone() throws Exception {
    ReplicationResult waits = replicate(read("05-varmland-direkt.yaml", 1, List.of()), 0);
    ReplicationResult phones = replicate(read("05-varmland-direkt.yaml", 1, List.of("chat.outside_open=phone")), 0);
    assertEquals(0, waits.total(Tally.CHAT_TO_PHONE), 0.0);
    assertTrue(phones.total(Tally.CHAT_TO_PHONE) > 0);
    // Everyone who phoned instead is a unique caller on top of the same phone callers.
    assertEquals(waits.total(Tally.FIRST_ATTEMPTS) + phones.total(Tally.CHAT_TO_PHONE), phones.total(Tally.FIRST_ATTEMPTS), 0.0);
  }

  @Test
  void moreAdoptionMeansFewerCallersAndMoreChats() throws Exception {
    double previousCallers = Double.MAX_VALUE;
    double previousChats = -1;
    for (String adoption : List.of("0.05", "0.15", "0.3")) {
      Scenario s = read("05-varmland-direkt.yaml", 1, List.of("chat.adoption=" + adoption));
      ExperimentResult r = ExperimentRunner.run(new CallCentreModel(s), 1, REPLICATIONS, 2, null);
      double callers = r.metric(Metrics.UNIQUE_CALLERS_PER_DAY.key()).mean();
      double chats = r.metric(Metrics.CHAT_CONTACTS_PER_DAY.key()).mean();
      assertTrue(callers < previousCallers && chats > previousChats, "adoption " + adoption);
      previousCallers = callers;
      previousChats = chats;
    }
  }

  /**
   * The blended desk of 05 serves the phone first. Without the chat's threshold (7d: never) a chat
   * waits until no caller waits; with the default 15 minutes an overdue chat goes first. Run with
   * the same callers both ways, the chat answer rate must rise, its paired 95 % interval clear of
   * zero, and the SMS link, offered only while no chat has waited 15 minutes, must be taken less
   * often than with no bound (7d).
   */
  @Test
  void anOverdueChatGoesBeforeCallsAndTheSmsLinkWaitsForARoomyChat() throws Exception {
    ExperimentResult a = direkt("chat.serve_first_after=7d", "callers.chat_link.max_chat_wait=7d");
    ExperimentResult b = direkt("callers.chat_link.max_chat_wait=7d");
    ExperimentResult c = direkt("chat.serve_first_after=7d");
    String chat = Metrics.CHAT_ANSWER_RATE.key();
    MetricSummary more = change(a, b, chat);
    assertTrue(more.ci95Low() > 0, "the threshold must raise the chat answer rate: strict " + a.metric(chat)
        + ", with the threshold " + b.metric(chat) + ", difference " + more);
    String link = Metrics.MOVED_TO_CHAT_RATE.key();
    MetricSummary fewer = change(a, c, link);
    assertTrue(fewer.ci95High() < 0, "the bound must cut the SMS-link moves: unbounded " + a.metric(link)
        + ", bounded " + c.metric(link) + ", difference " + fewer);
  }

  /**
   * A callback that does not always reach the resident: with a reach of 0.5 and two tries, each
   * callback is given up with probability 0.5 × 0.5 = 0.25, independently (the reach draws have a
   * stream of their own, and the line drains, so every callback's tries end). About 6,050
   * callbacks are made (43 a day × 14 days × 10 replications), so the share's binomial SE is
   * √(0.25 × 0.75 / 6050) = 0.0056 and the test allows 3.29 SE = 0.018 (99.9 %). It would catch
   * one try too many or too few (0.125 or 0.5) with certainty, and a share of 0.28 with power 0.98.
   * Every outcome is counted once (the conservation test above runs a variant with unreached
   * callbacks). The line's answer rate need not fall: a call that rings out takes a minute of a
   * nurse's time instead of a whole call, and in an overloaded line that time answers other callers.
   */
  @Test
  void callbacksThatDoNotReachTheResidentAreNotAnswered() throws Exception {
    ExperimentResult a = direkt("callers.callback.reach_probability=1");
    ExperimentResult b = direkt("callers.callback.reach_probability=0.5", "callers.callback.max_tries=2");
    String unreached = Metrics.CALLBACKS_UNREACHED_PER_DAY.key();
    assertEquals(0, a.metric(unreached).mean(), 0.0, "every callback reaches the resident");
    double share = b.metric(unreached).mean() / b.metric(Metrics.CALLBACKS_PER_DAY.key()).mean();
    double callbacks = b.metric(Metrics.CALLBACKS_PER_DAY.key()).mean() * b.calendar().measuredDays() * b.replications();
    assertTrue(callbacks > 5000, "the tolerance below assumes about 6,050 callbacks: " + callbacks);
    assertEquals(0.25, share, 3.29 * Math.sqrt(0.25 * 0.75 / callbacks), "0.5 × 0.5 of callbacks given up, got " + share);
  }

  /**
   * {@code priority: longest_waiting}: a blended nurse takes whichever waited longer, the caller
   * or the chat at the head of its queue. Against a strict phone-first desk (no chat threshold),
   * with the same callers, more chats must be answered and more within the response target, both
   * paired 95 % intervals clear of zero. (The mean response of answered chats is no measure here:
   * a phone-first desk answers only the chats that happen to come at a quiet moment.)
   */
  @Test
  void longestWaitingServesTheOlderContactOfEitherChannel() throws Exception {
    ExperimentResult a = direkt("chat.serve_first_after=7d");
    ExperimentResult b = direkt("chat.serve_first_after=7d", "staff.groups[0].priority=longest_waiting");
    String withinTarget = Metrics.CHAT_RESPONSE_SERVICE_LEVEL.key();
    MetricSummary sooner = change(a, b, withinTarget);
    assertTrue(sooner.ci95Low() > 0, "more chats must be answered within the target: " + a.metric(withinTarget)
        + " against " + b.metric(withinTarget) + ", difference " + sooner);
    String answered = Metrics.CHAT_ANSWER_RATE.key();
    MetricSummary more = change(a, b, answered);
    assertTrue(more.ci95Low() > 0, "more chats must be answered: difference " + more);
  }
}
