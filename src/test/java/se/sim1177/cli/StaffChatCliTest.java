package se.sim1177.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sim1177.cli.CliTest.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code staff} on a line with 1177 direkt, where blended nurses answer calls and chats: the
 * chat-heavy case (35 % adoption) gets a roster that meets every target, the chat's included, on
 * fresh random numbers; without a chat target the search keeps the chat at least as good as today's
 * roster, and says so.
 */
class StaffChatCliTest {
  private static final String STAFFING = String.join("\n", "staffing:", "  method: simulation", "  templates:",
      "    - {group: karlstad, days: all, starts: {from: \"06:00\", to: \"14:00\", every: 1h}, lengths: [8h, 9h]}",
      "    - {group: karlstad, days: all, starts: [\"16:00\", \"17:00\"], lengths: [6h]}",
      "    - {group: karlstad, days: all, starts: [\"21:00\", \"22:00\"], lengths: [10h]}", "  seats: {karlstad: 20}", "");

  @TempDir
  Path dir;

  private JsonNode staff(String name, String scenarioText) throws Exception {
    return staff(name, scenarioText, STAFFING);
  }

  private JsonNode staff(String name, String scenarioText, String staffing) throws Exception {
    Path file = dir.resolve(name + ".yaml");
    Files.writeString(file, scenarioText + staffing);
    Path out = dir.resolve(name);
    CliTest.Outcome o = sim("staff", file.toString(), "--set", "simulation.days=14", "--out", out.toString(), "--threads", "2");
    assertEquals(0, o.code(), o.err());
    JsonNode json = new ObjectMapper().readTree(out.resolve("staffing.json").toFile());
    json = ((com.fasterxml.jackson.databind.node.ObjectNode) json).put("console", o.out());
    return json;
  }

  @Test
  void aChatHeavyLineIsStaffedAndWithoutAChatTargetTheChatIsKeptAsTodays() throws Exception {
    String direkt = Files.readString(Path.of("scenarios/05-varmland-direkt.yaml"));
    JsonNode heavy = staff("heavy", direkt.replace("  adoption: 0.15 ", "  adoption: 0.35 "));
    JsonNode chosen = heavy.path("rosters").path("this");
    assertTrue(chosen.path("meets_targets").asBoolean(), heavy.toPrettyString());
    assertTrue(chosen.path("chat_response_service_level").asDouble() >= 0.80, chosen.toString());

    String noChatTarget = direkt.replace("  adoption: 0.15 ", "  adoption: 0.20 ")
        .replace(", chat_response_within: {within: 15m, share: 0.80}}", "}");
    assertTrue(!noChatTarget.contains("chat_response_within"), "the chat target is gone");
    JsonNode kept = staff("kept", noChatTarget);
    assertTrue(kept.path("console").asText().contains("note: The scenario sets no chat target (targets.chat_response_within), so"
        + " the search kept the chat at least as good as today's roster"), kept.path("console").asText());
    double today = kept.path("rosters").path("today").path("chat_response_service_level").asDouble();
    double ours = kept.path("rosters").path("this").path("chat_response_service_level").asDouble();
    assertTrue(ours >= today, "the chosen roster's chat (" + ours + ") is no worse than today's (" + today + ")");
  }

  /** Scenario 05 at 35 % adoption with the chat answered by a chat-only group at home, which has templates too. */
  private static String chatOnlyGroup() throws Exception {
    String direkt = Files.readString(Path.of("scenarios/05-varmland-direkt.yaml"));
    return direkt.replace("  adoption: 0.15 ", "  adoption: 0.35 ")
        .replace("      channels: [phone, chat]   # blended: the same nurses answer both", "      channels: [phone]")
        .replace("chat:\n  adoption", String.join("\n", "    - name: direkt", "      workplace: remote", "      absence: 0.10",
            "      channels: [chat]", "      shifts:", "        - {days: all, start: \"08:00\", end: \"16:00\", nurses: 2}",
            "        - {days: all, start: \"14:00\", end: \"22:00\", nurses: 2}", "chat:\n  adoption"));
  }

  @Test
  void aChatOnlyGroupWithTemplatesIsStaffedFromTheChatsOwnLoad() throws Exception {
    String staffing = STAFFING.replace("  seats:",
        "    - {group: direkt, days: all, starts: {from: \"08:00\", to: \"16:00\", every: 1h}, lengths: [4h, 6h, 8h]}\n  seats:");
    String text = chatOnlyGroup() + staffing;
    JsonNode json = staff("chat-only", chatOnlyGroup(), staffing);
    JsonNode chosen = json.path("rosters").path("this");
    assertTrue(chosen.path("meets_targets").asBoolean(), json.toPrettyString());
    assertTrue(chosen.path("chat_response_service_level").asDouble() >= 0.80, chosen.toString());
    String console = json.path("console").asText();
    assertTrue(console.contains("the nurses who answer the chat for the chat's own work"), console);
    Path staffed = dir.resolve("chat-only").resolve("staffed-scenario.yaml");
    var direkt = se.sim1177.scenario.ScenarioReader.read(staffed, java.util.List.of()).staff().stream()
        .filter(g -> g.name().equals("direkt")).findFirst().orElseThrow();
    assertTrue(!direkt.shifts().isEmpty(), "the chat-only group got shifts: " + console);
    // The phone-only Erlang rosters leave the chat group empty: the chat column shows what that costs.
    assertTrue(json.path("rosters").path("erlang_a").path("chat_response_service_level").asDouble() < 0.5, json.toPrettyString());

    Path file = dir.resolve("erlang.yaml");
    Files.writeString(file, text.replace("  method: simulation", "  method: erlang-a"));
    CliTest.Outcome erlang = sim("staff", file.toString(), "--out", dir.resolve("erlang").toString());
    assertEquals(2, erlang.code(), erlang.err());
    assertTrue(erlang.err().contains("staffing.method") && erlang.err().contains("answers the chat only, but erlang-a staffs the"
        + " phone alone"), erlang.err());
    assertTrue(!Files.exists(dir.resolve("erlang")), "nothing written");
  }
}
