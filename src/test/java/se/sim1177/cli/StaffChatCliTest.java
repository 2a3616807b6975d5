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
    Path file = dir.resolve(name + ".yaml");
    Files.writeString(file, scenarioText + STAFFING);
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
}
