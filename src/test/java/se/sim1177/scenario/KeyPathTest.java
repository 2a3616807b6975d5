package se.sim1177.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Key paths that walk the same steps are one key, and a section overlaps every key inside it. */
class KeyPathTest {
  @Test
  void itemNumbersWithLeadingZerosAreTheSameItem() {
    assertEquals(List.of("staff", "groups", "[0]", "shifts", "[12]", "nurses"),
        KeyPath.parse("staff.groups[00].shifts[012].nurses").steps());
    assertEquals(KeyPath.parse("staff.groups[0]"), KeyPath.parse("staff.groups[000]"));
    assertEquals(KeyPath.parse("a.b[1][2]"), KeyPath.parse("a.b[01][002]"));
  }

  @Test
  void aSectionOverlapsTheKeysInsideItInEitherOrder() {
    assertTrue(KeyPath.parse("simulation").overlaps(KeyPath.parse("simulation.seed")));
    assertTrue(KeyPath.parse("simulation.seed").overlaps(KeyPath.parse("simulation")));
    assertTrue(KeyPath.parse("staff.groups[0]").overlaps(KeyPath.parse("staff.groups[00].absence")));
    assertTrue(KeyPath.parse("staff.groups").overlaps(KeyPath.parse("staff.groups[1]")));
  }

  @Test
  void keysApartDoNotOverlapEvenWhenTheirNamesStartAlike() {
    assertFalse(KeyPath.parse("simulation.seed").overlaps(KeyPath.parse("simulation.days")));
    assertFalse(KeyPath.parse("chat").overlaps(KeyPath.parse("chat_x")));
    assertFalse(KeyPath.parse("staff.groups[0]").overlaps(KeyPath.parse("staff.groups[1]")));
    assertFalse(KeyPath.parse("staff.groups[1]").overlaps(KeyPath.parse("staff.groups[10]")));
  }

  @Test
  void aPartThatIsNotAKeyNameIsKeptAsWritten() {
    assertEquals(List.of("a", "b[x]", ""), KeyPath.parse("a.b[x].").steps());
  }
}
