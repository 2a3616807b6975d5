package se.sim1177.report.file;

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
    setAge(stale, Leftovers.STALE_AFTER.plusMinutes(1));
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

  private static final String RUN_JSON = "{\"version\": \"0.1.0\", \"command_line\": [\"sim1177\", \"run\"]}";

  /** A results folder as sim1177 writes one: run.json (sealed with its list of files), a summary and a chart. */
  private Path written(String name) throws Exception {
    try (ResultFolder f = ResultFolder.chosen(tmp.resolve(name), false)) {
      f.writeText("run.json", RUN_JSON);
      f.writeText("summary.json", "{}");
      f.write("week.png", out -> out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
      f.commit();
      return f.target();
    }
  }

  @Test
  void recognisesOnlyFoldersItWroteUnchanged() throws Exception {
    Path own = written("own");
    assertTrue(ResultFolder.isSim1177Folder(own));
    Files.delete(own.resolve("week.png"));
    assertTrue(ResultFolder.isSim1177Folder(own), "a file the user removed loses nothing of theirs");

    Path added = written("added");
    Files.writeString(added.resolve("week-annotated.png"), "mine");
    assertFalse(ResultFolder.isSim1177Folder(added), "a file sim1177 did not write, even with a name like its own");

    Path edited = written("edited");
    Files.writeString(edited.resolve("summary.json"), "{} ", java.nio.file.StandardOpenOption.APPEND);
    assertFalse(ResultFolder.isSim1177Folder(edited), "a file changed after sim1177 wrote it (one byte longer)");

    Path sameSize = written("same-size");
    Files.writeString(sameSize.resolve("summary.json"), "[]");
    assertFalse(ResultFolder.isSim1177Folder(sameSize), "a file changed in place, same size");

    Path record = written("record");
    String text = Files.readString(record.resolve("run.json"));
    Files.writeString(record.resolve("run.json"), text.replace("\"run\"", "\"rum\""));
    assertFalse(ResultFolder.isSim1177Folder(record), "an edited run.json");

    Path legacy = Files.createDirectories(tmp.resolve("legacy"));
    Files.writeString(legacy.resolve("run.json"), RUN_JSON);
    assertFalse(ResultFolder.isSim1177Folder(legacy), "a run.json without the list of files cannot vouch for the others");

    Path foreign = Files.createDirectories(tmp.resolve("foreign"));
    Files.writeString(foreign.resolve("run.json"), "{\"runs\": 3}");
    assertFalse(ResultFolder.isSim1177Folder(foreign), "a run.json sim1177 did not write");

    Path nested = written("nested");
    Files.createDirectories(nested.resolve("data"));
    assertFalse(ResultFolder.isSim1177Folder(nested), "a subfolder is never sim1177's");
  }

  @Test
  void runJsonListsEveryFileWithItsSizeAndHash() throws Exception {
    Path own = written("own");
    com.fasterxml.jackson.databind.JsonNode record = Json.MAPPER.readTree(Files.readString(own.resolve("run.json")));
    List<String> names = new java.util.ArrayList<>();
    for (com.fasterxml.jackson.databind.JsonNode f : record.path("files")) {
      Path file = own.resolve(f.path("name").asText());
      names.add(f.path("name").asText());
      assertEquals(Files.size(file), f.path("bytes").asLong(), file.toString());
      String expected = java.util.HexFormat.of().formatHex(
          java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
      assertEquals(expected, f.path("sha256").asText(), file.toString());
    }
    assertEquals(List.of("summary.json", "week.png"), names, "every file but run.json itself, in name order");
    assertEquals(64, record.path("record_sha256").asText().length());
  }

  /**
   * The hashes in run.json are taken as the files are written (issue 22): a file written in many
   * pieces, past the write buffer, is recorded with the hash of the bytes on the disk; a file whose
   * size no longer matches what was written is read again.
   */
  @Test
  void hashesTakenWhileWritingAreTheHashesOfTheFilesOnTheDisk() throws Exception {
    byte[] piece = new byte[10_007];
    for (int i = 0; i < piece.length; i++) {
      piece[i] = (byte) (i * 31);
    }
    try (ResultFolder f = ResultFolder.chosen(tmp.resolve("big"), false)) {
      f.writeText("run.json", RUN_JSON);
      f.write("big.bin", out -> {
        for (int i = 0; i < 40; i++) {
          out.write(piece, 0, piece.length - i);
          out.write(i);
        }
      });
      f.commit();
      Path file = f.target().resolve("big.bin");
      assertTrue(Files.size(file) > 1 << 18, "several times the 64 kB write buffer");
      com.fasterxml.jackson.databind.JsonNode entry = Json.MAPPER.readTree(Files.readString(f.target().resolve("run.json"))).path("files").get(0);
      assertEquals(sha256(Files.readAllBytes(file)), entry.path("sha256").asText());
      assertEquals(Files.size(file), entry.path("bytes").asLong());
      assertEquals(null, FolderManifest.whyNotUnchanged(f.target(), "run.json"), "and the folder reads as unchanged");
    }

    Path folder = Files.createDirectories(tmp.resolve("loose"));
    Files.writeString(folder.resolve("a.csv"), "x,y\n");
    String stale = FolderManifest.seal(folder, "run.json", RUN_JSON, null,
        java.util.Map.of("a.csv", new DurableFiles.Written(3, "0".repeat(64))));
    assertEquals(sha256("x,y\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        Json.MAPPER.readTree(stale).path("files").get(0).path("sha256").asText(), "a size that differs: read from the disk");
  }

  private static String sha256(byte[] bytes) throws Exception {
    return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void anOverwriteKilledBetweenItsRenamesIsPutBackNotDeleted() throws Exception {
    Path old = written("x");
    byte[] summary = Files.readAllBytes(old.resolve("summary.json"));
    long dead = deadPid();
    // The state SIGKILL leaves between the two renames of an overwrite: the old results set aside,
    // the new ones still staged, nothing under the name. Both hidden folders are old.
    Path aside = tmp.resolve(".x.replaced-" + dead + "-1");
    Files.move(old, aside);
    Path staged = Files.createDirectories(tmp.resolve(".x.partial-" + dead + "-2"));
    Files.writeString(staged.resolve("summary.json"), "{\"new\": true}");
    setAge(aside, Leftovers.STALE_AFTER.plusHours(1));
    setAge(staged, Leftovers.STALE_AFTER.plusHours(1));

    // Any results folder made beside them (here another one) puts the old results back.
    written("other");
    assertEquals(List.of("other", "x"), listing(), "the old results are back under their name, the staging folder gone");
    assertTrue(java.util.Arrays.equals(summary, Files.readAllBytes(tmp.resolve("x").resolve("summary.json"))));
    assertTrue(ResultFolder.isSim1177Folder(tmp.resolve("x")), "and can be overwritten again");
  }

  @Test
  void aSetAsideFolderIsRemovedOnlyWhenTheOverwriteThatSetItAsideStandsInItsPlace() throws Exception {
    long dead = deadPid();
    // The overwrite finished its second rename and was killed before removing the old copy: its
    // run.json names the set-aside folder, so that copy is known to be the one replaced.
    Path done = Files.createDirectories(tmp.resolve("done"));
    Files.writeString(done.resolve("summary.json"), "{}");
    String asideName = ".done.replaced-" + dead + "-1";
    Files.writeString(done.resolve("run.json"), FolderManifest.seal(done, "run.json", RUN_JSON, asideName));
    Path asideOfDone = Files.createDirectories(tmp.resolve(asideName));
    Files.writeString(asideOfDone.resolve("summary.json"), "{}");
    // A complete sim1177 result of another run stands where the set-aside one was (the user made the
    // folder again after the crash, and a later run wrote into it): the set-aside copy may be the
    // only one of its results, so it is kept (a review found the old rule deleted it).
    Path later = written("later");
    Path asideOfLater = Files.createDirectories(tmp.resolve(".later.replaced-" + dead + "-2"));
    Files.writeString(asideOfLater.resolve("summary.json"), "{}");
    // A user's own folder there: likewise kept.
    Files.createDirectories(tmp.resolve("mine")).resolve("notes.txt").toFile().createNewFile();
    Path asideOfMine = Files.createDirectories(tmp.resolve(".mine.replaced-" + dead + "-3"));
    Files.writeString(asideOfMine.resolve("summary.json"), "{}");
    Leftovers.tidyUp(tmp);
    assertFalse(Files.exists(asideOfDone), "the overwrite that set it aside finished: the old copy goes");
    assertTrue(ResultFolder.isSim1177Folder(done));
    assertTrue(Files.exists(asideOfLater), "another run's result there says nothing of this copy: kept");
    assertTrue(ResultFolder.isSim1177Folder(later));
    assertTrue(Files.exists(asideOfMine), "never the only complete copy");
  }

  @Test
  void anOverwriteNamesTheFolderItSetsAside() throws Exception {
    Path x = written("x");
    try (ResultFolder f = ResultFolder.chosen(x, true)) {
      f.writeText("run.json", RUN_JSON);
      f.commit();
    }
    String replaces = Json.MAPPER.readTree(Files.readString(x.resolve("run.json"))).path("replaces").asText();
    assertTrue(replaces.matches("\\.x\\.replaced-" + ProcessHandle.current().pid() + "-\\d+"), replaces);
    assertEquals(List.of("x"), listing(), "and removed it once the new one stood in its place");
    assertTrue(ResultFolder.isSim1177Folder(x), "the record with its new field still vouches for the folder");
  }

  @Test
  void aRunThatFindsItsFolderTakenAtTheEndSaysSoAndLeavesIt() throws Exception {
    Path target = tmp.resolve("x");
    try (ResultFolder late = ResultFolder.chosen(target, false)) {
      late.writeText("run.json", RUN_JSON);
      written("x");
      byte[] winner = Files.readAllBytes(target.resolve("run.json"));
      java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, late::commit);
      assertTrue(e.getMessage().contains("another process (another run?) wrote into this folder while this run was simulating"),
          e.getMessage());
      assertTrue(java.util.Arrays.equals(winner, Files.readAllBytes(target.resolve("run.json"))), "the winner's results stay");
    }
    assertEquals(List.of("x"), listing(), "the loser's staging folder is gone");
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
