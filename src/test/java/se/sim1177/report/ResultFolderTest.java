package se.sim1177.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staging, default names that never collide, and cleaning up after processes that died. */
class ResultFolderTest {
  @TempDir
  Path tmp;

  private List<String> listing() throws Exception {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void defaultNamesGetASuffixWhenTaken() throws Exception {
    Path name = tmp.resolve("run-20261124-101010");
    Path first;
    Path second;
    try (ResultFolder a = ResultFolder.defaultName(name); ResultFolder b = ResultFolder.defaultName(name)) {
      a.writeText("run.json", "{}");
      b.writeText("run.json", "{}");
      // Both were opened before either committed, as two runs started in the same second are.
      a.commit();
      b.commit();
      first = a.target();
      second = b.target();
    }
    assertEquals(name, first);
    assertEquals(tmp.resolve("run-20261124-101010-2"), second);
    assertNotEquals(first, second);
    assertEquals(List.of("run-20261124-101010", "run-20261124-101010-2"), listing());
  }

  @Test
  void aFolderThatDidNotCommitLeavesNothing() throws Exception {
    try (ResultFolder f = ResultFolder.chosen(tmp.resolve("x"), false)) {
      f.writeText("intervals.csv", "partial");
    }
    assertEquals(List.of(), listing());
  }

  @Test
  void stagingFoldersOfDeadProcessesAreRemovedOthersKept() throws Exception {
    long dead = deadPid();
    Path stale = Files.createDirectories(tmp.resolve(".old.partial-" + dead + "-1"));
    Files.writeString(stale.resolve("intervals.csv"), "partial");
    setAge(stale, ResultFolder.STALE_AFTER.plusMinutes(1));
    // A dead process id whose folder was written a moment ago may be a live run in another container.
    Path recent = Files.createDirectories(tmp.resolve(".recent.partial-" + dead + "-2"));
    Path live = Files.createDirectories(tmp.resolve(".other.partial-" + ProcessHandle.current().pid() + "-999"));
    Path userHidden = Files.createDirectories(tmp.resolve(".git"));
    try (ResultFolder f = ResultFolder.chosen(tmp.resolve("new"), false)) {
      f.writeText("run.json", "{}");
      f.commit();
    }
    assertFalse(Files.exists(stale), "a dead process's staging folder is removed");
    assertTrue(Files.exists(recent), "a staging folder written in the last minutes is kept");
    assertTrue(Files.exists(live), "a running process's staging folder is kept");
    assertTrue(Files.exists(userHidden), "other hidden folders are never touched");
  }

  @Test
  void recognisesOnlyFoldersItWrote() throws Exception {
    Path own = Files.createDirectories(tmp.resolve("own"));
    Files.writeString(own.resolve("run.json"), "{\"version\": \"0.1.0\", \"command_line\": [\"sim1177\", \"run\"]}");
    Files.writeString(own.resolve("summary.json"), "{}");
    assertTrue(ResultFolder.isSim1177Folder(own));
    Files.writeString(own.resolve("report.docx"), "mine");
    assertFalse(ResultFolder.isSim1177Folder(own));
    Path foreign = Files.createDirectories(tmp.resolve("foreign"));
    Files.writeString(foreign.resolve("run.json"), "{\"runs\": 3}");
    assertFalse(ResultFolder.isSim1177Folder(foreign), "a run.json sim1177 did not write");
    Path nested = Files.createDirectories(tmp.resolve("nested"));
    Files.writeString(nested.resolve("run.json"), "{\"version\": \"0.1.0\", \"command_line\": []}");
    Files.createDirectories(nested.resolve("data"));
    assertFalse(ResultFolder.isSim1177Folder(nested), "a subfolder is never sim1177's");
  }

  @Test
  void aLinkOnTheWayIsResolvedAsTheFileSystemWould() throws Exception {
    Path inner = Files.createDirectories(tmp.resolve("real").resolve("inner"));
    Path d = Files.createDirectories(tmp.resolve("d"));
    Files.createSymbolicLink(d.resolve("link"), inner);
    Path real = tmp.toRealPath();
    assertEquals(real.resolve("real").resolve("x"), ResultFolder.physical(d.resolve("link").resolve("..").resolve("x")),
        "link/.. is the parent of the link's target, not d");
    assertEquals(real.resolve("d").resolve("link"), ResultFolder.physical(d.resolve("link")), "the last name stays a link");
  }

  private static void setAge(Path p, java.time.Duration age) throws java.io.IOException {
    Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - age.toMillis()));
  }

  private static long deadPid() {
    for (long pid = 4_000_000; ; pid--) {
      if (ProcessHandle.of(pid).isEmpty()) {
        return pid;
      }
    }
  }
}
