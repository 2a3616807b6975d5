package se.sim1177.report.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The what-if page's "the same as: sim1177 run ..." line must be a command a shell reads back as written. */
class WhatIfPageTest {
  @Test
  void everyWordOfTheSameAsCommandReadsBackThroughAShell() throws Exception {
    List<String> words = List.of("staff.groups[0].shifts[3].nurses=6", "scenarios/my region.yaml", "name=O'Brien's \"line\"",
        "plain-word_1.yaml", "targets.mean_wait=8m", "*", "$HOME", "a\\b");
    for (String w : words) {
      Process p = new ProcessBuilder("sh", "-c", "printf %s " + WhatIfPage.shellWord(w)).start();
      String back = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, p.waitFor());
      assertEquals(w, back, "the shell should read " + WhatIfPage.shellWord(w) + " as " + w);
    }
    assertEquals("plain-word_1.yaml", WhatIfPage.shellWord("plain-word_1.yaml"), "a plain word needs no quotes");
  }
}
