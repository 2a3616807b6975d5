package se.sim1177.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sim1177.cli.CliTest.concat;
import static se.sim1177.cli.CliTest.sim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.sim1177.cli.CliTest.Outcome;

/**
 * Results folders never destroy or mix data: the cases a user tester hit, as regression tests.
 * Each refusal must exit 2 with one located line, and leave every file as it was.
 */
class ResultsFolderCliTest {
  private static final String SCENARIO = "scenarios/01-erlang-a-check.yaml";
  private static final String[] TINY = {"--replications", "2", "--threads", "1", "--set", "simulation.days=1",
      "--set", "simulation.warmup_days=0"};

  @TempDir
  Path tmp;

  private Outcome run(Path out, String... more) {
    return sim(concat(concat(new String[] {"run", SCENARIO, "--out", out.toString()}, TINY), more));
  }

  private static List<String> listing(Path folder) throws Exception {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static void assertOneLineRefusal(Outcome o, String mustContain) {
    assertEquals(2, o.code(), o.err());
    List<String> lines = o.err().lines().toList();
    assertEquals(1, lines.size(), "expected one line, got: " + o.err());
    assertTrue(lines.get(0).startsWith("error: ") && lines.get(0).contains(mustContain), "expected '" + mustContain + "' in: " + o.err());
  }

  @Test
  void anExistingRunIsNotReplacedWithoutOverwrite() throws Exception {
    Path out = tmp.resolve("x");
    assertEquals(0, run(out).code());
    String before = Files.readString(out.resolve("run.json"));
    Outcome again = run(out, "--seed", "7");
    assertOneLineRefusal(again, "--out " + out + ": the folder exists and is not empty");
    assertTrue(again.err().contains("--overwrite"), "the way out is named: " + again.err());
    assertEquals(before, Files.readString(out.resolve("run.json")), "the earlier run is untouched");
  }

  @Test
  void overwriteReplacesAnEarlierRunWhole() throws Exception {
    Path out = tmp.resolve("x");
    Outcome sweep = sim(concat(new String[] {"sweep", SCENARIO, "--vary", "callers.balk_probability=0,0.1", "--out", out.toString()}, TINY));
    assertEquals(0, sweep.code(), sweep.err());
    Outcome again = run(out, "--seed", "7", "--overwrite");
    assertEquals(0, again.code(), again.err());
    assertTrue(Files.readString(out.resolve("summary.json")).contains("\"seed\" : 7"), "the new run is in place");
    assertFalse(Files.exists(out.resolve("sweep.csv")), "nothing of the old folder is mixed in");
    assertEquals(List.of("x"), listing(tmp), "no staging or set-aside folder is left: " + listing(tmp));
  }

  /**
   * Issue 17.1: a folder counted as sim1177's by its file names, so --overwrite deleted a chart the
   * user added and edits the user made to files sim1177 wrote. Each case alone must be refused,
   * naming the file, with every byte left as it was.
   */
  @Test
  void overwriteNeverDeletesAFileTheUserAddedOrChanged() throws Exception {
    Path out = tmp.resolve("x");
    assertEquals(0, run(out).code());
    Path chart = out.resolve("week.png");
    List<java.util.function.Consumer<Path>> userEdits = List.of(
        folder -> copy(chart, folder.resolve("my-annotated-chart.png")),
        folder -> append(folder.resolve("scenario.yaml"), "# my notes\n"),
        folder -> append(folder.resolve("report.html"), "<p>mine</p>\n"),
        folder -> delete(folder.resolve("daily.csv")),
        folder -> replaceText(folder.resolve("run.json"), "\"replications\" : 2", "\"replications\" : 3"));
    List<String> named = java.util.Arrays.asList("holds my-annotated-chart.png, which sim1177 did not write",
        "holds scenario.yaml, which was changed after sim1177 wrote it",
        "holds report.html, which was changed after sim1177 wrote it", null,
        "has a run.json that was changed after sim1177 wrote it");
    for (int i = 0; i < userEdits.size(); i++) {
      Path copy = tmp.resolve("case-" + i);
      copyTree(out, copy);
      userEdits.get(i).accept(copy);
      java.util.Map<String, String> before = hashes(copy);
      Outcome o = run(copy, "--overwrite");
      if (named.get(i) == null) {
        assertEquals(0, o.code(), "a file the user removed loses nothing of theirs; the folder is still sim1177's: " + o.err());
        continue;
      }
      assertOneLineRefusal(o, named.get(i));
      assertEquals(before, hashes(copy), "case " + i + ": every file is as the user left it");
    }
    assertTrue(listing(tmp).stream().noneMatch(n -> n.startsWith(".")), "nothing staged is left: " + listing(tmp));
  }

  @Test
  void aFolderFromBeforeTheRecordOfFilesIsNotOverwritten() throws Exception {
    Path out = tmp.resolve("x");
    assertEquals(0, run(out).code());
    replaceText(out.resolve("run.json"), "\"files\" :", "\"was_files\" :");
    assertOneLineRefusal(run(out, "--overwrite"), "kept no record of its files");
  }

  /**
   * Issue 17.10: a read-only file system was reported as "permission denied" (and to the superuser,
   * who may write anything, only after the whole simulation). Needs a read-only mount on this
   * machine; skipped where there is none.
   */
  @Test
  void aReadOnlyFileSystemIsNamedBeforeTheSimulation() throws Exception {
    Path readOnly = null;
    for (String line : Files.readAllLines(Path.of("/proc/mounts"))) {
      String[] f = line.split(" ");
      if (f.length > 3 && java.util.Arrays.asList(f[3].split(",")).contains("ro") && Files.isDirectory(Path.of(f[1]))
          && !Files.exists(Path.of(f[1]).resolve("x"))) {
        readOnly = Path.of(f[1]);
        break;
      }
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(readOnly != null, "no read-only file system mounted here");
    Outcome o = run(readOnly.resolve("x"));
    assertOneLineRefusal(o, "--out " + readOnly.resolve("x") + ": cannot create the folder in " + readOnly + ": read-only file system");
    assertEquals("", o.out(), "refused before simulating");
  }

  private static void copy(Path from, Path to) {
    try {
      Files.copy(from, to);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.delete(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void append(Path file, String text) {
    try {
      Files.writeString(file, text, java.nio.file.StandardOpenOption.APPEND);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void replaceText(Path file, String from, String to) {
    try {
      String text = Files.readString(file);
      assertTrue(text.contains(from), file + " holds " + from);
      Files.writeString(file, text.replace(from, to));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void copyTree(Path from, Path to) throws Exception {
    Files.createDirectories(to);
    for (String name : listing(from)) {
      Files.copy(from.resolve(name), to.resolve(name));
    }
  }

  private static java.util.Map<String, String> hashes(Path folder) throws Exception {
    java.util.Map<String, String> map = new java.util.TreeMap<>();
    for (String name : listing(folder)) {
      map.put(name, java.util.HexFormat.of().formatHex(
          java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(folder.resolve(name)))));
    }
    return map;
  }

  @Test
  void overwriteNeverReplacesAFolderHoldingAnythingElse() throws Exception {
    Path out = tmp.resolve("x");
    assertEquals(0, run(out).code());
    Files.writeString(out.resolve("notes.txt"), "mine");
    assertOneLineRefusal(run(out, "--overwrite"), "holds notes.txt, which sim1177 did not write");
    assertEquals("mine", Files.readString(out.resolve("notes.txt")));

    Path region = Files.createDirectories(tmp.resolve("myregion"));
    Path scenario = region.resolve("scenario.yaml");
    Files.copy(Path.of(SCENARIO), scenario);
    byte[] original = Files.readAllBytes(scenario);
    for (String[] flags : List.of(new String[0], new String[] {"--overwrite"})) {
      Outcome o = sim(concat(concat(new String[] {"run", scenario.toString(), "--out", region.toString()}, TINY), flags));
      assertEquals(2, o.code(), o.err());
      assertTrue(o.err().contains("--out " + region), o.err());
    }
    assertTrue(java.util.Arrays.equals(original, Files.readAllBytes(scenario)), "the user's scenario file is untouched");
    assertEquals(List.of("scenario.yaml"), listing(region));
  }

  @Test
  void sweepAndCompareRefuseAFolderHoldingARun() throws Exception {
    Path out = tmp.resolve("x");
    assertEquals(0, run(out).code());
    List<String> before = listing(out);
    Outcome sweep = sim(concat(new String[] {"sweep", SCENARIO, "--vary", "callers.balk_probability=0,0.1", "--out", out.toString()}, TINY));
    assertOneLineRefusal(sweep, "the folder exists and is not empty");
    Outcome compare = sim(concat(new String[] {"compare", SCENARIO, SCENARIO, "--out", out.toString()}, TINY));
    assertOneLineRefusal(compare, "the folder exists and is not empty");
    assertEquals(before, listing(out));
    Outcome replaced = sim(concat(new String[] {"sweep", SCENARIO, "--vary", "callers.balk_probability=0,0.1", "--out", out.toString(),
        "--overwrite"}, TINY));
    assertEquals(0, replaced.code(), replaced.err());
    assertTrue(Files.exists(out.resolve("sweep.csv")));
    assertFalse(Files.exists(out.resolve("intervals.csv")), "the run's files are gone, not mixed with the sweep's");
  }

  @Test
  void emptyRootAndFileFoldersAreRefusedClearly() throws Exception {
    assertOneLineRefusal(run(Path.of("")), "--out: an empty folder name is not allowed");
    assertOneLineRefusal(sim(concat(new String[] {"run", SCENARIO, "--out", "/"}, TINY)), "root of the file system");
    Path file = Files.writeString(tmp.resolve("a-file"), "x");
    assertOneLineRefusal(run(file), "is a file");
    assertOneLineRefusal(run(file.resolve("sub")), "is a file, not a folder");
    assertEquals(List.of("a-file"), listing(tmp));
  }

  @Test
  void overwriteNeedsOutAndIsOnlySuggestedWhereItWouldWork() throws Exception {
    assertOneLineRefusal(sim(concat(new String[] {"run", SCENARIO, "--overwrite"}, TINY)), "--overwrite replaces the folder named with --out");
    Path mine = Files.createDirectories(tmp.resolve("mine"));
    Files.writeString(mine.resolve("notes.txt"), "mine");
    Outcome o = run(mine);
    assertOneLineRefusal(o, "the folder exists and is not empty");
    assertFalse(o.err().contains("--overwrite"), "--overwrite would be refused there too, so it is not suggested: " + o.err());
  }

  @Test
  void theResultsLineShowsAFolderInsideTheWorkingFolderAsTyped() {
    Path out = Path.of("target", "results-line-test-" + ProcessHandle.current().pid());
    try {
      Outcome o = run(out);
      assertEquals(0, o.code(), o.err());
      assertTrue(o.out().contains("results: " + out + System.lineSeparator()), o.out());
      // Issue 18.6: the last line names the page to open.
      assertTrue(o.out().endsWith("open " + out.resolve("report.html") + System.lineSeparator()), o.out());
    } finally {
      try (Stream<Path> walk = Files.walk(out)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (java.io.IOException e) {
        // Left in target/, which mvn clean removes.
      }
    }
  }

  @Test
  void theWorkingFolderAndItsParentsAreRefused() {
    Path here = Path.of("").toAbsolutePath();
    assertOneLineRefusal(run(Path.of(".")), "is the folder you are working in");
    assertOneLineRefusal(run(here.getParent()), "is the folder you are working in (or holds it)");
  }

  @Test
  void anEmptyFolderTheUserMadeIsUsed() throws Exception {
    Path out = Files.createDirectories(tmp.resolve("empty"));
    assertEquals(0, run(out).code());
    assertTrue(Files.exists(out.resolve("summary.json")));
  }

  @Test
  void resultsFoldersHaveNormalPermissions() throws Exception {
    Path out = tmp.resolve("x");
    assertEquals(0, run(out).code());
    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(out);
    assertTrue(perms.contains(PosixFilePermission.OTHERS_READ) || perms.contains(PosixFilePermission.GROUP_READ),
        "a results folder is readable by others as the umask allows, not private (700): " + perms);
  }
}
