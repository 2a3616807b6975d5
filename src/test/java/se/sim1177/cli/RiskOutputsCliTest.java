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
