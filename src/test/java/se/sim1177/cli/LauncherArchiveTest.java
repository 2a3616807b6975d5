package se.sim1177.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's start-up archive and compiler settings ({@code ./sim1177}): an archive made once
 * per jar, project folder and Java by a training run, used by every run after, never in the way.
 * The launcher runs in a copy of the project's layout, in a folder whose name has a space, against
 * a stand-in {@code java} that logs each argument whole and writes what the real one would (a class
 * list, an archive or cache): this checks the launcher's logic (which options for which Java, when
 * it trains, what a failed training or a refused archive does), not the JVM's archive itself, whose
 * effect docs/performance.md measures.
 */
class LauncherArchiveTest {
  /**
   * The compiler settings the launcher passes on Java 17 to 24, word for word (docs/performance.md,
   * "C2 leaves start-up code alone" and "C2 waits for hotter code").
   */
  private static final List<String> COMPILER_SETTINGS = List.of("-XX:CompileCommand=quiet",
      "-XX:CompileCommand=MaxNodeLimit,jdk/internal/org/objectweb/asm/*.*,1",
      "-XX:CompileCommand=MaxNodeLimit,sun/java2d/marlin/*.*,1",
      "-XX:CompileCommand=MaxNodeLimit,com/sun/imageio/plugins/png/*.*,1",
      "-XX:Tier4InvocationThreshold=100000", "-XX:Tier4MinInvocationThreshold=12000",
      "-XX:Tier4CompileThreshold=300000", "-XX:Tier4BackEdgeThreshold=800000",
      "-XX:CompileCommand=MaxNodeLimit,se/sim1177/model/PhoneLine.callArrives,1",
      "-XX:CompileCommand=MaxNodeLimit,se/sim1177/model/PhoneLine.attempt,1",
      "-XX:CompileCommand=MaxNodeLimit,se/sim1177/model/PhoneLine.serveNext,1",
      "-XX:CompileCommand=dontinline,se/sim1177/model/Replication.callArrives",
      "-XX:CompileCommand=dontinline,se/sim1177/model/Replication.phoneWorkEnds");
  /**
   * What the launcher passes on every Java from 17 on, 25 included: the event loop compiled in
   * three pieces (docs/performance.md, "The loop compiled in three pieces"). {@code
   * HotMethodSizeTest} checks that the methods named are the loop's.
   */
  private static final List<String> LOOP_PIECES = COMPILER_SETTINGS.subList(COMPILER_SETTINGS.size() - 2, COMPILER_SETTINGS.size());
  private static final String END_OF_CALL = "--end of call--";

  @TempDir Path tmp;

  @Test
  void java17TrainsOnceThenRunsWithAStaticArchiveOfTheClassesTheTrainingLoaded() throws Exception {
    Path project = project("17.0.15", false);
    Result first = launch(project, Map.of(), "--version");
    assertEquals(0, first.code, first.log());
    List<List<String>> calls = first.calls;
    assertEquals(4, calls.size(), "a training run, the dump, the check, the command: " + first.log());
    String scratch = tmp.resolve("scratch dir").toString();
    assertTrue(calls.get(0).stream().anyMatch(a -> a.startsWith("-XX:DumpLoadedClassList=" + scratch + "/sim1177-training.")),
        "the training run lists the classes it loads, in a folder of its own: " + calls.get(0));
    assertTrue(String.join(" ", calls.get(0)).contains(" run --replications 4 --out "), calls.get(0).toString());
    String archive = project.resolve("target/sim1177-java17.0.15.jsa").toString();
    String partial = calls.get(1).stream().filter(a -> a.startsWith("-XX:SharedArchiveFile=" + archive + ".partial."))
        .findFirst().orElseThrow(() -> new AssertionError("dumped under a name of its own: " + calls.get(1)));
    assertTrue(calls.get(1).contains("-Xshare:dump"), calls.get(1).toString());
    assertEquals(List.of("-cp", jar(project)), tail(calls.get(1), 2), "dumped from the jar");
    assertEquals("java.lang.Object\nse.sim1177.cli.Main\n", Files.readString(tmp.resolve("dumped-list")),
        "the JDK's own list first, then the training run's");
    assertTrue(calls.get(2).contains("-Xshare:on") && calls.get(2).contains(partial) && calls.get(2).contains("-version"),
        "this Java must accept the archive before it is used: " + calls.get(2));
    List<String> command = calls.get(3);
    assertTrue(command.contains("-XX:SharedArchiveFile=" + archive), command.toString());
    assertTrue(command.containsAll(COMPILER_SETTINGS), "the compiler settings: " + command);
    assertEquals(List.of("-jar", jar(project), "--version"), tail(command, 3));
    assertTrue(Files.isRegularFile(Path.of(archive)));
    assertEquals(key(project) + "\n", Files.readString(Path.of(archive + ".key")),
        "what the archive was made for, beside it: the folder, the Java and its build");
    assertTrue(first.stderr.contains("making a start-up archive for Java 17.0.15"), first.stderr);
    assertNothingHalfWrittenLeft(project);

    Result second = launch(project, Map.of(), "run", "x*.yaml", "a b");
    assertEquals(1, second.calls.size(), "no second training: " + second.log());
    assertTrue(second.calls.get(0).contains("-XX:SharedArchiveFile=" + archive), second.log());
    assertEquals(List.of("-jar", jar(project), "run", "x*.yaml", "a b"), tail(second.calls.get(0), 5),
        "the user's arguments whole, never expanded");
    assertEquals("", second.stderr);
  }

  @Test
  void java25UsesTheAheadOfTimeCache() throws Exception {
    Path project = project("25.0.3", false);
    Result r = launch(project, Map.of(), "--version");
    assertEquals(0, r.code, r.log());
    assertEquals(3, r.calls.size(), "a training run, the check, the command: " + r.log());
    String cache = project.resolve("target/sim1177-java25.0.3.aot").toString();
    String partial = r.calls.get(0).stream().filter(a -> a.startsWith("-XX:AOTCacheOutput=" + cache + ".partial."))
        .findFirst().orElseThrow(() -> new AssertionError("the training run writes under a name of its own: " + r.calls.get(0)));
    assertTrue(r.calls.get(1).contains("-XX:AOTMode=on") && r.calls.get(1).contains("-XX:AOTCache=" + partial.substring(partial.indexOf('=') + 1)),
        r.calls.get(1).toString());
    List<String> command = r.calls.get(2);
    assertTrue(command.contains("-XX:AOTCache=" + cache), command.toString());
    assertTrue(command.contains("-Xlog:aot*=off"), "an archive this Java cannot read is ignored quietly: " + command);
    assertFalse(command.stream().anyMatch(a -> a.contains("MaxNodeLimit") || a.contains("Tier4")),
        "Java 25 keeps its compiler's thresholds: " + command);
    assertTrue(command.contains("-XX:CompileCommand=quiet") && command.containsAll(LOOP_PIECES),
        "the event loop in three pieces, silently, on Java 25 too: " + command);
    assertTrue(command.indexOf("-XX:CompileCommand=quiet") < command.indexOf(LOOP_PIECES.get(0)), command.toString());
    assertNothingHalfWrittenLeft(project);
  }

  @Test
  void aNewerJarIsTrainedAgain() throws Exception {
    Path project = project("17.0.15", false);
    launch(project, Map.of(), "--version");
    Path archive = project.resolve("target/sim1177-java17.0.15.jsa");
    Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(archive).toMillis() - 60_000));
    Files.setLastModifiedTime(project.resolve("target/sim1177.jar"), FileTime.fromMillis(System.currentTimeMillis()));
    Result r = launch(project, Map.of(), "--version");
    assertEquals(4, r.calls.size(), r.log());
  }

  /** A project moved or copied with its timestamps, or another build of the same Java version: the JVM would refuse the archive. */
  @Test
  void anArchiveMadeForAnotherFolderOrJavaIsMadeAgain() throws Exception {
    Path project = project("17.0.15", false);
    launch(project, Map.of(), "--version");
    Files.writeString(project.resolve("target/sim1177-java17.0.15.jsa.key"), "/elsewhere/project /usr/lib/jvm/other\n");
    Result r = launch(project, Map.of(), "--version");
    assertEquals(4, r.calls.size(), "trained again: " + r.log());
    assertEquals(key(project) + "\n", Files.readString(project.resolve("target/sim1177-java17.0.15.jsa.key")));

    Files.delete(project.resolve("target/sim1177-java17.0.15.jsa.key"));
    assertEquals(4, launch(project, Map.of(), "--version").calls.size(), "an archive with no record of what it was made for (an older launcher's) is made again");
  }

  /** The same folder reached through a symlink is the same project: its archive is used, not made again. */
  @Test
  void aProjectReachedThroughASymlinkUsesItsArchive() throws Exception {
    Path project = project("17.0.15", false);
    launch(project, Map.of(), "--version");
    Path link = Files.createSymbolicLink(tmp.resolve("a link"), project);
    Result r = launch(link, Map.of(), "--version");
    assertEquals(1, r.calls.size(), "no training through the link: " + r.log());
    assertTrue(r.calls.get(0).contains("-XX:SharedArchiveFile=" + project.resolve("target/sim1177-java17.0.15.jsa")), r.log());
  }

  /** The launcher's own options are never expanded as file names, whatever the working folder holds. */
  @Test
  void optionsWithAStarReachJavaAsWritten() throws Exception {
    Path project = project("17.0.15", false);
    Path cwd = Files.createDirectories(tmp.resolve("work"));
    Files.writeString(cwd.resolve("-Xlog:cdsZ=off"), "a file whose name the option would match as a pattern");
    launch(project, Map.of(), "--version");
    Result r = launchIn(cwd, project, Map.of(), "--version");
    assertTrue(r.calls.get(0).contains("-Xlog:cds*=off"), r.log());
    assertFalse(r.calls.get(0).contains("-Xlog:cdsZ=off"), r.log());
  }

  /** Java splits a class path at ':', so it cannot run the jar from such a folder: said in words, exit 2, before any build. */
  @Test
  void aProjectWhosePathHoldsAColonIsRefusedInWords() throws Exception {
    Path project = Files.move(project("17.0.15", false), tmp.resolve("my:project"));
    Result r = launch(project, Map.of(), "--version");
    assertEquals(2, r.code, r.log());
    assertEquals(List.of(), r.calls, "java never started");
    assertTrue(r.stderr.contains("holds ':'") && r.stderr.contains(project.toRealPath().toString()), r.stderr);
  }

  /** No temporary folder for the training (TMPDIR gone): said as such, no marker, and the next run with one trains. */
  @Test
  void noTemporaryFolderIsNotATrainingFailure() throws Exception {
    Path project = project("17.0.15", false);
    Result r = launch(project, Map.of("TMPDIR", tmp.resolve("no such folder").toString()), "--version");
    assertEquals(0, r.code, r.log());
    assertEquals(1, r.calls.size(), "no training, the command all the same: " + r.log());
    assertTrue(r.stderr.contains("no temporary folder could be made in " + tmp.resolve("no such folder")) && r.stderr.contains("TMPDIR"),
        r.stderr);
    assertFalse(r.stderr.contains("training run failed"), r.stderr);
    assertFalse(Files.exists(project.resolve("target/sim1177-java17.0.15.jsa.failed")), "no marker: it was not the training's fault");
    assertEquals(4, launch(project, Map.of(), "--version").calls.size(), "trained on the next run, with a temporary folder");
  }

  @Test
  void aFailedTrainingRunLeavesNoArchiveAndTheCommandStillRuns() throws Exception {
    Path project = project("17.0.15", true);
    Result r = launch(project, Map.of(), "--version");
    assertEquals(0, r.code, r.log());
    assertEquals(2, r.calls.size(), "the training run failed, so no dump: " + r.log());
    List<String> expected = new ArrayList<>(COMPILER_SETTINGS);
    expected.addAll(List.of("-Dsim1177.stderr.terminal=false", "-jar", jar(project), "--version"));
    assertEquals(expected, r.calls.get(1), "no archive, the compiler settings all the same");
    assertTrue(r.stderr.contains("running without one"), r.stderr);
    assertFalse(Files.exists(project.resolve("target/sim1177-java17.0.15.jsa")));
    assertNothingHalfWrittenLeft(project);
    Result again = launch(project, Map.of(), "--version");
    assertEquals(1, again.calls.size(), "a failed training is not tried again for the same jar: " + again.log());
    assertEquals("", again.stderr);
  }

  @Test
  void aDumpThatFailsLeavesNoArchive() throws Exception {
    Path project = project("17.0.15", false);
    Result r = launch(project, Map.of("FAKE_DUMP_FAILS", "1"), "--version");
    assertEquals(0, r.code, r.log());
    assertEquals(3, r.calls.size(), "training, the dump that failed, the command: " + r.log());
    assertFalse(r.calls.get(2).stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile")), r.calls.get(2).toString());
    assertFalse(Files.exists(project.resolve("target/sim1177-java17.0.15.jsa")));
    assertNothingHalfWrittenLeft(project);
  }

  @Test
  void anArchiveThisJavaRefusesIsNeverPassed() throws Exception {
    Path project = project("17.0.15", false);
    Result r = launch(project, Map.of("FAKE_REFUSE", "1"), "--version");
    assertEquals(0, r.code, r.log());
    assertEquals(4, r.calls.size(), r.log());
    assertFalse(r.calls.get(3).stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile")), r.calls.get(3).toString());
    assertFalse(Files.exists(project.resolve("target/sim1177-java17.0.15.jsa")), "a refused archive is not kept");
    assertTrue(r.stderr.contains("running without one"), r.stderr);
    assertNothingHalfWrittenLeft(project);
  }

  @Test
  void aJavaWithoutItsOwnClassListDumpsTheTrainingRunsAlone() throws Exception {
    Path project = project("17.0.15", false);
    Files.delete(tmp.resolve("jdk/lib/classlist"));
    Result r = launch(project, Map.of(), "--version");
    assertEquals(4, r.calls.size(), r.log());
    assertEquals("se.sim1177.cli.Main\n", Files.readString(tmp.resolve("dumped-list")));
    assertTrue(Files.isRegularFile(project.resolve("target/sim1177-java17.0.15.jsa")));
  }

  @Test
  void aFolderThatCannotTakeAnArchiveRunsWithoutAWord() throws Exception {
    Path project = project("17.0.15", false);
    Path target = project.resolve("target");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      Result r = launch(project, Map.of(), "--version");
      assumeFalse(Files.isWritable(target), "root writes anywhere: nothing to check");
      assertEquals(1, r.calls.size(), r.log());
      assertEquals("", r.stderr);
    } finally {
      Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aStaleArchiveIsNotUsed() throws Exception {
    Path project = project("17.0.15", true);
    Path archive = project.resolve("target/sim1177-java17.0.15.jsa");
    Files.writeString(archive, "an archive of an older jar");
    Files.writeString(project.resolve("target/sim1177-java17.0.15.jsa.key"), key(project) + "\n");
    Files.setLastModifiedTime(archive, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    Result r = launch(project, Map.of(), "--version");
    assertEquals(2, r.calls.size(), "trained again (and failed): " + r.log());
    assertFalse(r.calls.get(1).stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile")), "the older jar's archive is not passed: " + r.log());
  }

  /**
   * The real Java running these tests takes the compiler settings without a word: an option it did
   * not know, or one that printed, would break or clutter every run through the launcher.
   */
  @Test
  void thisJavaTakesTheCompilerSettingsSilently() throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(COMPILER_SETTINGS);
    command.add("-version");
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    // Their "Picked up ..." line would come first.
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    pb.environment().remove("JDK_JAVA_OPTIONS");
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), output);
    assertTrue(output.startsWith("openjdk version") || output.startsWith("java version"), "nothing before the version: " + output);
    assertFalse(output.contains("CompileCommand"), output);
  }

  /** A Java whose version the launcher cannot read (or older than 17) gets no archive and no compiler options. */
  @Test
  void aJavaOfUnknownVersionRunsThePlainJar() throws Exception {
    Path project = project("unknown", false);
    Result r = launch(project, Map.of(), "--version");
    assertEquals(0, r.code, r.log());
    assertEquals(List.of(List.of("-Dsim1177.stderr.terminal=false", "-jar", jar(project), "--version")), r.calls);
  }

  @Test
  void switchedOffItRunsThePlainJar() throws Exception {
    Path project = project("17.0.15", false);
    Result r = launch(project, Map.of("SIM1177_NO_ARCHIVE", "1"), "--version");
    assertEquals(List.of(List.of("-Dsim1177.stderr.terminal=false", "-jar", jar(project), "--version")), r.calls);
  }

  @Test
  void theCommandsExitCodeIsTheLaunchersOwn() throws Exception {
    Path project = project("17.0.15", false);
    launch(project, Map.of(), "--version");
    Result r = launch(project, Map.of("FAKE_EXIT", "2"), "run", "bad.yaml");
    assertEquals(2, r.code, r.log());
  }

  @Test
  void noJavaOnThePathIsSaidInWords() throws Exception {
    Path project = project("17.0.15", false);
    Path bin = Files.createDirectories(tmp.resolve("bin without java"));
    Files.createSymbolicLink(bin.resolve("sh"), Path.of("/bin/sh"));
    Result r = launch(project, Map.of("PATH", bin.toString()), "--version");
    assertEquals(2, r.code, r.stderr);
    assertTrue(r.stderr.contains("no java on the PATH") && r.stderr.contains("Java 17"), r.stderr);
    assertEquals(List.of(), r.calls);
  }

  /**
   * Launches started together on a new jar (a batch script's first runs) make one archive: the
   * first trains while it holds the project's build lock, the others wait for it, then use it.
   * Before, each trained one of its own, on a machine the others were loading too.
   */
  @Test
  void launchesStartedTogetherTrainOnce() throws Exception {
    Path project = project("17.0.15", false);
    Files.deleteIfExists(tmp.resolve("java-calls"));
    Path cwd = Path.of("").toAbsolutePath();
    Map<String, String> slow = Map.of("FAKE_TRAINING_SECONDS", "2");
    Process first = start(cwd, project, slow, "err1", "--version");
    Thread.sleep(300);
    Process second = start(cwd, project, slow, "err2", "--version");
    assertTrue(first.waitFor(60, TimeUnit.SECONDS) && second.waitFor(60, TimeUnit.SECONDS), "both finished");
    String err1 = Files.readString(tmp.resolve("err1"));
    String err2 = Files.readString(tmp.resolve("err2"));
    assertEquals(0, first.exitValue(), err1);
    assertEquals(0, second.exitValue(), err2);
    List<List<String>> calls = calls();
    long trainings = calls.stream().filter(c -> c.stream().anyMatch(a -> a.startsWith("-XX:DumpLoadedClassList="))).count();
    assertEquals(1, trainings, "one training run: " + calls + "\n" + err1 + err2);
    // Its message names what the other makes, unless it looked in the instant before that was written.
    int waited = (err1.contains("sim1177: another launch") ? 1 : 0) + (err2.contains("sim1177: another launch") ? 1 : 0);
    assertEquals(1, waited, "whichever trained, the other waited for it and said so: " + err1 + err2);
    String archive = project.resolve("target/sim1177-java17.0.15.jsa").toString();
    long commands = calls.stream().filter(c -> c.contains("-XX:SharedArchiveFile=" + archive) && c.contains("--version")).count();
    assertEquals(2, commands, "both commands ran with the archive: " + calls);
    assertFalse(Files.exists(project.resolve("target/.build-lock")), "the lock is gone");
    assertNothingHalfWrittenLeft(project);
  }

  private void assertNothingHalfWrittenLeft(Path project) throws IOException {
    try (var left = Files.list(project.resolve("target"))) {
      assertFalse(left.anyMatch(p -> p.getFileName().toString().contains("partial")), "no temporary archive left");
    }
    assertFalse(Files.exists(project.resolve("target/.build-lock")), "no build lock left");
    try (var left = Files.list(tmp.resolve("scratch dir"))) {
      assertFalse(left.findAny().isPresent(), "no training folder left");
    }
  }

  /** What the launcher records beside an archive made here (the fake Java's release names its build). */
  private String key(Path project) throws IOException {
    return project.toRealPath() + "|" + tmp.resolve("jdk").toRealPath() + "|17.0.15+6-test";
  }

  private static String jar(Path project) {
    return project.resolve("target/sim1177.jar").toString();
  }

  private static List<String> tail(List<String> args, int n) {
    return args.subList(args.size() - n, args.size());
  }

  /**
   * A project folder (its name has a space): the launcher, a jar newer than the sources, and a fake
   * Java of {@code version} that logs each argument on a line of its own and writes what the real
   * one would: the class list or cache a training run writes (unless {@code trainingFails}), the
   * archive a dump writes (unless FAKE_DUMP_FAILS), and a check that passes (unless FAKE_REFUSE).
   */
  private Path project(String version, boolean trainingFails) throws IOException {
    Path project = Files.createDirectories(tmp.resolve("my project"));
    Files.copy(Path.of("sim1177"), project.resolve("sim1177"));
    for (String dir : List.of("src/main", "scenarios")) {
      Files.createDirectories(project.resolve(dir));
    }
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    Files.setLastModifiedTime(project.resolve("pom.xml"), FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
    Files.createDirectories(project.resolve("target"));
    Files.writeString(project.resolve("target/sim1177.jar"), "not a jar: the fake java never opens it");
    Path jdk = Files.createDirectories(tmp.resolve("jdk/bin"));
    Files.writeString(tmp.resolve("jdk/release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\nJAVA_RUNTIME_VERSION=17.0.15+6-test\n");
    Files.createDirectories(tmp.resolve("jdk/lib"));
    Files.writeString(tmp.resolve("jdk/lib/classlist"), "java.lang.Object\n");
    String java = "#!/bin/sh\n"
        // One call's lines written at once (a file of its own, then one append), so that two
        // launches' calls never interleave.
        + "call=$(mktemp '" + tmp.resolve("call.XXXXXX") + "')\n"
        + "{ for a in \"$@\"; do printf '%s\\n' \"$a\"; done; echo '" + END_OF_CALL + "'; } > \"$call\"\n"
        + "cat \"$call\" >> '" + tmp.resolve("java-calls") + "'; rm -f \"$call\"\n"
        + "dump=false\n"
        + "check=false\n"
        + "for a in \"$@\"; do\n"
        + "  case \"$a\" in -Xshare:dump) dump=true ;; -Xshare:on|-XX:AOTMode=on) check=true ;; esac\n"
        + "done\n"
        + "if $check; then exit ${FAKE_REFUSE:-0}; fi\n"
        + "for a in \"$@\"; do\n"
        + "  case \"$a\" in\n"
        + "    -XX:AOTCacheOutput=*|-XX:DumpLoadedClassList=*)\n"
        + "      sleep ${FAKE_TRAINING_SECONDS:-0}\n"
        + (trainingFails ? "      exit 1 ;;\n" : "      echo se.sim1177.cli.Main > \"${a#*=}\" ;;\n")
        + "    -XX:SharedClassListFile=*) cp \"${a#*=}\" '" + tmp.resolve("dumped-list") + "' ;;\n"
        + "    -XX:SharedArchiveFile=*) if $dump; then [ -z \"$FAKE_DUMP_FAILS\" ] || exit 1; echo archive > \"${a#*=}\"; fi ;;\n"
        + "  esac\n"
        + "done\n"
        + "exit ${FAKE_EXIT:-0}\n";
    Files.writeString(jdk.resolve("java"), java);
    Files.setPosixFilePermissions(jdk.resolve("java"), PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(project.resolve("sim1177"), PosixFilePermissions.fromString("rwxr-xr-x"));
    return project;
  }

  private Result launch(Path project, Map<String, String> env, String... args) throws Exception {
    return launchIn(Path.of("").toAbsolutePath(), project, env, args);
  }

  private Result launchIn(Path cwd, Path project, Map<String, String> env, String... args) throws Exception {
    Files.deleteIfExists(tmp.resolve("java-calls"));
    Process p = start(cwd, project, env, "err", args);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher finished");
    return new Result(p.exitValue(), Files.readString(tmp.resolve("err")), calls());
  }

  /** Starts the launcher with {@code args}; its standard error goes to the file {@code err}. */
  private Process start(Path cwd, Path project, Map<String, String> env, String err, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(project.resolve("sim1177").toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile())
        .redirectOutput(tmp.resolve("out").toFile()).redirectError(tmp.resolve(err).toFile());
    pb.environment().put("PATH", tmp.resolve("jdk/bin") + ":/usr/bin:/bin");
    pb.environment().put("TMPDIR", Files.createDirectories(tmp.resolve("scratch dir")).toString());
    pb.environment().remove("SIM1177_NO_ARCHIVE");
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    pb.environment().remove("JDK_JAVA_OPTIONS");
    pb.environment().putAll(env);
    return pb.start();
  }

  /** The fake Java's calls so far, each as its arguments. */
  private List<List<String>> calls() throws IOException {
    Path log = tmp.resolve("java-calls");
    List<List<String>> calls = new ArrayList<>();
    if (Files.exists(log)) {
      List<String> call = new ArrayList<>();
      for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
        if (line.equals(END_OF_CALL)) {
          calls.add(call);
          call = new ArrayList<>();
        } else {
          call.add(line);
        }
      }
    }
    return calls;
  }

  private record Result(int code, String stderr, List<List<String>> calls) {
    String log() {
      return calls + "\nstderr: " + stderr;
    }
  }
}
