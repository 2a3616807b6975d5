package se.sim1177.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sim1177.cli.CliTest.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The risk view where a user reads it: summary.json's risk object, intervals.csv, the consoles, compare's like-for-like rule. */
class RiskOutputsCliTest {
  private static final String[] SHORT = {"--replications", "5", "--set", "simulation.days=7", "--set", "simulation.warmup_days=1"};

  @TempDir
  Path tmp;

  /**
   * Issue 18.2: a chat target on a line with no chats (adoption 0, no SMS link) has nothing to
   * judge. It was counted as missed in every period, so "every target at once" was never met; it is
   * now not applicable everywhere it is shown, and left out of "every target at once", which is
   * then exactly the phone targets met together, period by period.
   */
  @Test
  void aChatTargetWithoutChatsIsNotApplicableAndLeftOutOfEveryTarget() throws Exception {
    Path out = tmp.resolve("run");
    CliTest.Outcome o = sim(CliTest.concat(new String[] {"run", "scenarios/05-varmland-direkt.yaml", "--out", out.toString(),
        "--set", "chat.adoption=0", "--set", "callers.chat_link=null", "--set", "targets.mean_wait=60m",
        "--set", "targets.chat_response_within={within: 15m, share: 0.3}"}, new String[] {"--replications", "20",
        "--set", "simulation.days=7", "--set", "simulation.warmup_days=1"}));
    assertEquals(0, o.code(), o.err());
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    JsonNode target = summary.path("targets").path("chat_response_within");
    assertEquals("not_applicable", target.path("verdict").asText(), target.toString());
    assertTrue(target.path("met").isNull(), target.toString());
    JsonNode risk = summary.path("risk").path("targets");
    assertEquals("not_applicable", risk.path("chat_response_within").path("verdict").asText());
    assertEquals(0, risk.path("chat_response_within").path("periods_judged").asInt());
    assertTrue(risk.path("chat_response_within").path("probability").isNull());
    // Every target at once = both phone targets met in the same week, counted from replications.csv.
    List<String> rows = Files.readAllLines(out.resolve("replications.csv"));
    List<String> header = List.of(rows.get(0).split(","));
    int rate = header.indexOf("answer_rate");
    int wait = header.indexOf("mean_wait_answered_s");
    int both = 0;
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split(",", -1);
      both += Double.parseDouble(f[rate]) >= 0.85 && Double.parseDouble(f[wait]) <= 3600 ? 1 : 0;
    }
    assertTrue(both > 0, "the phone meets both in some week, so a mistake shows: " + both);
    assertEquals(both, risk.path("all").path("periods_meeting").asInt());
    assertEquals(20, risk.path("all").path("periods_judged").asInt());
    String line = o.out().lines().filter(l -> l.startsWith("chat_response_service_level")).findFirst().orElseThrow();
    assertTrue(line.contains("n/a") && line.endsWith("not applicable: nothing to judge"), line);
    String page = Files.readString(out.resolve("report.html"));
    assertTrue(page.contains("not applicable, nothing to judge in any simulated week (no chats); left out of every target at once."),
        "report.html says so");
    assertTrue(page.contains("Every target at once: met in"), "and still judges the others");
    // The review found "n/a %" and a made-up "0 %" for the worst days where no day had chats.
    org.junit.jupiter.api.Assertions.assertFalse(page.contains("n/a %"), "no unit after n/a");
    assertTrue(page.contains("<th scope=\"row\">30 % of chats answered within 15 min</th><td class=\"num\">–</td>"),
        "the day table says – for no day judged");

    // Compared with a line whose chats do happen: the chat target and "every target" cannot be
    // differenced (the bases' "every target" leaves the chat out), and the console says so.
    Path alt = tmp.resolve("alt.yaml");
    Files.writeString(alt, Files.readString(Path.of("scenarios/05-varmland-direkt.yaml"))
        .replace("  chat_link: {offer_when_predicted_wait_over: 10m, accept_probability: 0.15}", "  chat_link: null"));
    CliTest.Outcome c = sim(CliTest.concat(new String[] {"compare", "scenarios/05-varmland-direkt.yaml", alt.toString(), "--out",
        tmp.resolve("cmp").toString(), "--set", "chat.adoption=0", "--set", "callers.chat_link=null",
        "--set", "targets.chat_response_within={within: 15m, share: 0.3}"}, new String[] {"--replications", "3",
        "--set", "simulation.days=7", "--set", "simulation.warmup_days=1"}));
    assertEquals(0, c.code(), c.err());
    String chatRow = c.out().lines().filter(l -> l.startsWith("p_meets_chat_response_within")).findFirst().orElseThrow();
    assertTrue(chatRow.contains(" n/a ") && !chatRow.contains("n/a %"), chatRow);
  }

  @Test
  void aRunWritesTheRiskObjectTheHourColumnAndTheConsoleColumn() throws Exception {
    Path out = tmp.resolve("run");
    CliTest.Outcome o = sim(CliTest.concat(new String[] {"run", "scenarios/03-varmland-staffed.yaml", "--out", out.toString()}, SHORT));
    assertEquals(0, o.code(), o.err());
    assertTrue(o.out().contains("P(week meets) [95% CI]") && o.out().contains("every target at once"), o.out());
    JsonNode risk = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).path("risk");
    assertEquals(5, risk.path("periods").asInt());
    assertEquals(7, risk.path("period_days").asInt());
    for (String target : List.of("answer_rate", "mean_wait", "all")) {
      JsonNode t = risk.path("targets").path(target);
      for (String field : List.of("periods_meeting", "probability", "wilson95_low", "wilson95_high")) {
        assertTrue(t.has(field), target + " lacks " + field + ": " + t);
      }
    }
    JsonNode day = risk.path("days").path("answer_rate");
    for (String field : List.of("metric", "direction", "target", "days_meeting", "days", "share", "by_weekday", "worst_5_percent")) {
      assertTrue(day.has(field), "days.answer_rate lacks " + field + ": " + day);
    }
    assertEquals(35, day.path("days").asInt());
    for (String p : List.of("p5", "p25", "p50", "p75", "p95")) {
      assertTrue(risk.path("distribution").path("answer_rate").has(p), p);
    }
    List<String> rows = Files.readAllLines(out.resolve("intervals.csv"));
    assertTrue(rows.get(0).endsWith(",p_meets_answer_rate"), rows.get(0));
    String last = rows.get(1).substring(rows.get(1).lastIndexOf(',') + 1);
    double p = Double.parseDouble(last);
    assertTrue(p >= 0 && p <= 1, last);
  }

  @Test
  void compareGivesNoDifferenceForATargetTheScenariosJudgeDifferently() throws Exception {
    Path out = tmp.resolve("compare");
    // 05 adds a chat target: "all targets" means something else in it.
    CliTest.Outcome o = sim(CliTest.concat(new String[] {"compare", "scenarios/02-varmland-2019.yaml", "scenarios/05-varmland-direkt.yaml",
        "--out", out.toString()}, SHORT));
    assertEquals(0, o.code(), o.err());
    List<String> rows = Files.readAllLines(out.resolve("compare.csv"));
    String all = rows.stream().filter(r -> r.contains(",alternative 1,p_meets_all,")).findFirst().orElseThrow();
    assertTrue(all.endsWith(",,,,"), all);
    String rate = rows.stream().filter(r -> r.contains(",alternative 1,p_meets_answer_rate,")).findFirst().orElseThrow();
    assertTrue(!rate.endsWith(",,,,"), "the same answer-rate target in both: a difference is given: " + rate);
    assertTrue(o.out().lines().anyMatch(l -> l.startsWith("p_meets_all ") && l.contains("not the same target")), o.out());
    assertTrue(o.out().lines().anyMatch(l -> l.startsWith("p_meets_chat_response_within ")), o.out());
  }
}
