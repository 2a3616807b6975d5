package se.sim1177.report.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.sim1177.report.HostileText;
import se.sim1177.report.format.RunInfo;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioReader;

/**
 * What sim1177 generates into YAML (issue 17, item 3): a comment stays one comment line, a scalar
 * reads back as the string written, and a copied scenario reads as it did.
 */
class YamlTextTest {
  private static final YAMLMapper YAML = new YAMLMapper();

  @Test
  void aCommentIsOneLineWhateverItHolds() throws Exception {
    for (String name : HostileText.NAMES) {
      String comment = YamlText.comment("for " + name);
      assertTrue(comment.startsWith("# ") && comment.endsWith("\n"), comment);
      String body = comment.substring(0, comment.length() - 1);
      assertTrue(body.chars().noneMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029), body);
      // A document holding only the comment and one key reads as that key alone.
      JsonNode read = YAML.readTree(comment + "key: 1\n");
      assertEquals(List.of("key"), fieldNames(read), name);
    }
  }

  @Test
  void aScalarReadsBackAsTheSameString() throws Exception {
    for (String name : HostileText.NAMES) {
      String scalar = YamlText.scalar(name);
      assertTrue(scalar.chars().noneMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029), scalar);
      assertEquals(name, YAML.readTree("name: " + scalar + "\n").get("name").textValue(), name);
    }
    assertEquals("karlstad", YamlText.scalar("karlstad"), "a plain word stays plain");
    for (String word : List.of("null", "Yes", "off", "~", "true")) {
      assertEquals('"' + word + '"', YamlText.scalar(word), "YAML would read " + word + " as something else");
    }
  }

  /** Found while fixing item 3: a scenario file starting with a byte order mark gave a scenario.yaml that did not read. */
  @Test
  void aScenarioWithAByteOrderMarkIsCopiedSoItStillReads() throws Exception {
    String text = "\uFEFF" + Files.readString(Path.of("scenarios", "01-erlang-a-check.yaml"));
    String copy = ScenarioCopyWriter.text(new RunInfo("0", List.of(), "bom.yaml", text, List.of("simulation.days=1"), "now"));
    assertTrue(copy.startsWith("\uFEFF# Scenario run by"), copy.substring(0, 40));
    Scenario original = ScenarioReader.parse(text, "bom.yaml", "bom", List.of());
    assertEquals(original, ScenarioReader.parse(copy, "scenario.yaml", "scenario", List.of()));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
