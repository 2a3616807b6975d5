package se.sim1177.report.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.sim1177.scenario.DaySet;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioReader;

/** The roster written as a {@code staff:} section reads back as the same groups, in place of the scenario's own. */
class StaffYamlTest {
  @Test
  void everyBundledRosterReadsBackTheSame() throws Exception {
    for (String name : List.of("03-varmland-staffed", "07-workplaces-satellite-home", "08-varmland-staffing")) {
      Path file = Path.of("scenarios", name + ".yaml");
      Scenario s = ScenarioReader.read(file, List.of());
      String text = StaffYaml.replaceStaff(Files.readString(file), StaffYaml.section(s.staff()));
      Scenario back = ScenarioReader.parse(text, name, name, List.of());
      assertEquals(s.staff(), back.staff(), name);
      assertEquals(s.targets(), back.targets(), name + ": the sections after staff: are kept");
    }
  }

  @Test
  void commentsLeadingIntoTheNextSectionStay() {
    String text = "name: x\nstaff:\n  groups: []\n  # inside: goes\n\n# Goals of the region\ntargets: {answer_rate: 0.8}\n";
    String out = StaffYaml.replaceStaff(text, "staff:\n  groups: [new]\n");
    assertEquals("name: x\nstaff:\n  groups: [new]\n\n# Goals of the region\ntargets: {answer_rate: 0.8}\n", out);
  }

  @Test
  void aWindowsFileHasItsStaffSectionReplacedToo() {
    String text = "name: x\r\nstaff:\r\n  groups: []\r\ntargets: {answer_rate: 0.8}\r\n";
    String out = StaffYaml.replaceStaff(text, "staff:\n  groups: [new]\n");
    assertEquals("name: x\nstaff:\n  groups: [new]\ntargets: {answer_rate: 0.8}\n", out);
  }

  @Test
  void namesYamlWouldReadAsSomethingElseAreQuoted() throws Exception {
    Scenario s = ScenarioReader.read(Path.of("scenarios", "03-varmland-staffed.yaml"), List.of());
    var g = s.staff().get(0);
    for (String name : List.of("null", "NULL", "~", "två ord", "a: b", "#1")) {
      var renamed = new se.sim1177.scenario.StaffGroup(name, g.workplace(), g.handleTimeFactor(), g.absence(), g.shifts());
      String text = StaffYaml.replaceStaff(Files.readString(Path.of("scenarios", "03-varmland-staffed.yaml")),
          StaffYaml.section(List.of(renamed)));
      assertEquals(name, ScenarioReader.parse(text, "n.yaml", "n", List.of()).staff().get(0).name(), name);
    }
  }

  @Test
  void daysAreWrittenAsRunsAndQuotedWhenTheyHoldACommaSoTheFlowMappingStaysWhole() {
    assertEquals("all", StaffYaml.days(DaySet.ALL));
    assertEquals("mon-fri", StaffYaml.days(DaySet.parse("mon-fri")));
    assertEquals("\"mon,tue\"", StaffYaml.days(DaySet.parse("mon,tue")));
    assertEquals("\"mon-wed,fri,sun\"", StaffYaml.days(DaySet.parse("mon,tue,wed,fri,sun")));
    assertTrue(DaySet.parse("mon-wed,fri,sun").equals(DaySet.parse("mon,tue,wed,fri,sun")));
  }
}
