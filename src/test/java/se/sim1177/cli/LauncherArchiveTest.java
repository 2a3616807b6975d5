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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's start-up archive ({@code ./sim1177}): made once per jar and Java by a training
 * run, used by every run after, never in the way. The launcher runs in a copy of the project's
 * layout against a stand-in {@code java} that logs its arguments and, when asked to write an
 * archive, writes one: this checks the launcher's logic (which options for which Java, when it
 * trains, what a failed training does), not the JVM's archive itself, whose effect
 * docs/performance.md measures.
 */
class LauncherArchiveTest {
  /**
   * The compiler settings the launcher passes on Java 17 to 24, word for word (docs/performance.md,
   * "C2 leaves start-up code alone" and "C2 waits for hotter code").
   */
  private static final String COMPILER_SETTINGS = "-XX:CompileCommand=quiet"
      + " -XX:CompileCommand=MaxNodeLimit,jdk/internal/org/objectweb/asm/*.*,1"
      + " -XX:CompileCommand=MaxNodeLimit,sun/java2d/marlin/*.*,1"
      + " -XX:CompileCommand=MaxNodeLimit,com/sun/imageio/plugins/png/*.*,1"
      + " -XX:Tier4InvocationThreshold=100000 -XX:Tier4MinInvocationThreshold=12000"
      + " -XX:Tier4CompileThreshold=300000 -XX:Tier4BackEdgeThreshold=800000";

  @TempDir Path tmp;

  @Test
  void java17TrainsOnceThenRunsWithAStaticArchiveOfTheClassesTheTrainingLoaded() throws Exception {
    Path project = project("17.0.15", false);
    Result first = launch(project, Map.of(), "--version");
    assertEquals(0, first.code, first.log);
    List<String> calls = first.javaCalls();
    assertEquals(3, calls.size(), "a training run, the dump, the command: " + first.log);
    assertTrue(calls.get(0).contains("-XX:DumpLoadedClassList="), "the training run lists the classes it loads: " + calls.get(0));
    assertTrue(calls.get(0).contains(" run --replications 4 --out "), calls.get(0));
    String archive = project.resolve("target/sim1177-java17.0.15.jsa").toString();
    assertTrue(calls.get(1).contains("-Xshare:dump") && calls.get(1).contains("-XX:SharedArchiveFile=" + archive + ".partial-")
        && calls.get(1).endsWith("-cp " + project.resolve("target/sim1177.jar")), "dumped under a temporary name from the jar: " + calls.get(1));
    assertEquals("java.lang.Object\nse.sim1177.cli.Main\n", Files.readString(tmp.resolve("dumped-list")),
        "the JDK's own list first, then the training run's");
    assertTrue(calls.get(2).contains("-XX:SharedArchiveFile=" + archive + " "), calls.get(2));
    assertTrue(calls.get(2).contains(COMPILER_SETTINGS), "the compiler settings: " + calls.get(2));
    assertTrue(calls.get(2).endsWith("-jar " + project.resolve("target/sim1177.jar") + " --version"), calls.get(2));
    assertTrue(Files.isRegularFile(Path.of(archive)));
    assertTrue(first.stderr.contains("making a start-up archive for Java 17.0.15"), first.stderr);
    try (var left = Files.list(project.resolve("target"))) {
      assertFalse(left.anyMatch(p -> p.getFileName().toString().contains("partial")), "no temporary archive left");
    }

    Result second = launch(project, Map.of(), "run", "x.yaml");
    assertEquals(1, second.javaCalls().size(), "no second training: " + second.log);
    assertTrue(second.javaCalls().get(0).contains("-XX:SharedArchiveFile="), second.log);
    assertTrue(second.javaCalls().get(0).endsWith(" run x.yaml"), second.log);
    assertFalse(second.stderr.contains("start-up archive"), second.stderr);
  }

  @Test
  void java25UsesTheAheadOfTimeCache() throws Exception {
    Path project = project("25.0.3", false);
    Result r = trainsThenUses(project, "-XX:AOTCacheOutput=", "-XX:AOTCache=", "target/sim1177-java25.0.3.aot");
    assertTrue(r.javaCalls().get(1).contains("-Xlog:aot*=off"), "an archive this Java cannot read is ignored quietly: " + r.log);
    assertFalse(r.javaCalls().get(1).contains("CompileCommand"), "Java 25's cache holds the spun classes: " + r.log);
  }

  /**
   * The first launch: a training run writing {@code archive} under a temporary name with {@code
   * make}, then the command with {@code use}; the archive is in place afterwards.
   */
  private Result trainsThenUses(Path project, String make, String use, String archive) throws Exception {
    Result r = launch(project, Map.of(), "--version");
    assertEquals(0, r.code, r.log);
    List<String> calls = r.javaCalls();
    assertEquals(2, calls.size(), r.log);
    assertTrue(calls.get(0).contains(make + project.resolve(archive + ".partial-")), "the training run writes under a temporary name: " + calls.get(0));
    assertTrue(calls.get(0).contains(" run --replications 4 --out "), calls.get(0));
    assertTrue(calls.get(1).contains(use + project.resolve(archive)), calls.get(1));
    assertTrue(calls.get(1).endsWith("-jar " + project.resolve("target/sim1177.jar") + " --version"), calls.get(1));
    assertTrue(Files.isRegularFile(project.resolve(archive)));
    return r;
  }

  @Test
  void aNewerJarIsTrainedAgain() throws Exception {
    Path project = project("17.0.15", false);
    launch(project, Map.of(), "--version");
    Path archive = project.resolve("target/sim1177-java17.0.15.jsa");
    Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(archive).toMillis() - 60_000));
    Files.setLastModifiedTime(project.resolve("target/sim1177.jar"), FileTime.fromMillis(System.currentTimeMillis()));
    Result r = launch(project, Map.of(), "--version");
    assertEquals(3, r.javaCalls().size(), r.log);
  }

  @Test
  void aFailedTrainingRunLeavesNoArchiveAndTheCommandStillRuns() throws Exception {
    Path project = project("17.0.15", true);
    Result r = launch(project, Map.of(), "--version");
    assertEquals(0, r.code, r.log);
    List<String> calls = r.javaCalls();
    assertEquals(2, calls.size(), "the training run failed, so no dump: " + r.log);
    assertFalse(calls.get(1).contains("SharedArchiveFile"), calls.get(1));
    assertTrue(r.stderr.contains("running without one"), r.stderr);
    try (var left = Files.list(project.resolve("target"))) {
      assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".jsa") || p.getFileName().toString().contains("partial")),
          "nothing half-written left");
    }
    Result again = launch(project, Map.of(), "--version");
    assertEquals(1, again.javaCalls().size(), "a failed training is not tried again for the same jar: " + again.log);
    assertEquals("", again.stderr);
  }

  @Test
  void aFolderThatCannotTakeAnArchiveRunsWithoutAWord() throws Exception {
    Path project = project("17.0.15", false);
    Path target = project.resolve("target");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      Result r = launch(project, Map.of(), "--version");
      assumeFalse(Files.isWritable(target), "root writes anywhere: nothing to check");
      assertEquals(List.of(COMPILER_SETTINGS + " -Dsim1177.stderr.terminal=false -jar " + project.resolve("target/sim1177.jar") + " --version"),
          r.javaCalls(), "no archive, the compiler settings all the same");
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
    Files.setLastModifiedTime(archive, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    Result r = launch(project, Map.of(), "--version");
    assertEquals(2, r.javaCalls().size(), "trained again (and failed): " + r.log);
    assertFalse(r.javaCalls().get(1).contains("SharedArchiveFile"), "the older jar's archive is not passed: " + r.log);
  }

  /**
   * The real Java running these tests takes the compiler settings without a word: an option it did
   * not know, or one that printed, would break or clutter every run through the launcher.
   */
  @Test
  void thisJavaTakesTheCompilerSettingsSilently() throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(List.of(COMPILER_SETTINGS.split(" ")));
    command.add("-version");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), output);
    assertTrue(output.startsWith("openjdk version") || output.startsWith("java version"), "nothing before the version: " + output);
    assertFalse(output.contains("CompileCommand"), output);
  }

  @Test
  void switchedOffItRunsThePlainJar() throws Exception {
    Path project = project("17.0.15", false);
    Result r = launch(project, Map.of("SIM1177_NO_ARCHIVE", "1"), "--version");
    assertEquals(List.of("-Dsim1177.stderr.terminal=false -jar " + project.resolve("target/sim1177.jar") + " --version"),
        r.javaCalls());
  }

  @Test
  void theCommandsExitCodeIsTheLaunchersOwn() throws Exception {
    Path project = project("17.0.15", false);
    launch(project, Map.of(), "--version");
    Result r = launch(project, Map.of("FAKE_EXIT", "2"), "run", "bad.yaml");
    assertEquals(2, r.code, r.log);
  }

  /** A project folder: the launcher, a jar newer than the sources, and a fake Java of {@code version}. */
  private Path project(String version, boolean trainingFails) throws IOException {
    Path project = Files.createDirectories(tmp.resolve("project"));
    Files.copy(Path.of("sim1177"), project.resolve("sim1177"));
    for (String dir : List.of("src/main", "scenarios")) {
      Files.createDirectories(project.resolve(dir));
    }
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    Files.setLastModifiedTime(project.resolve("pom.xml"), FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
    Files.createDirectories(project.resolve("target"));
    Files.writeString(project.resolve("target/sim1177.jar"), "not a jar: the fake java never opens it");
    Path jdk = Files.createDirectories(tmp.resolve("jdk/bin"));
    Files.writeString(tmp.resolve("jdk/release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
    Files.createDirectories(tmp.resolve("jdk/lib"));
    Files.writeString(tmp.resolve("jdk/lib/classlist"), "java.lang.Object\n");
    // Writes what the real one would: an archive or cache, a class list; a dump keeps the list it read.
    String java = "#!/bin/sh\n"
        + "echo \"$*\" >> '" + tmp.resolve("java-calls") + "'\n"
        + "dump=false\n"
        + "for a in \"$@\"; do [ \"$a\" = -Xshare:dump ] && dump=true; done\n"
        + "for a in \"$@\"; do\n"
        + "  case \"$a\" in\n"
        + "    -XX:ArchiveClassesAtExit=*|-XX:AOTCacheOutput=*|-XX:DumpLoadedClassList=*)\n"
        + (trainingFails ? "      exit 1 ;;\n" : "      echo se.sim1177.cli.Main > \"${a#*=}\" ;;\n")
        + "    -XX:SharedClassListFile=*) cp \"${a#*=}\" '" + tmp.resolve("dumped-list") + "' ;;\n"
        + "    -XX:SharedArchiveFile=*) if $dump; then echo archive > \"${a#*=}\"; fi ;;\n"
        + "  esac\n"
        + "done\n"
        + "exit ${FAKE_EXIT:-0}\n";
    Files.writeString(jdk.resolve("java"), java);
    Files.setPosixFilePermissions(jdk.resolve("java"), PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(project.resolve("sim1177"), PosixFilePermissions.fromString("rwxr-xr-x"));
    return project;
  }

  private Result launch(Path project, Map<String, String> env, String... args) throws Exception {
    Files.deleteIfExists(tmp.resolve("java-calls"));
    List<String> command = new java.util.ArrayList<>(List.of(project.resolve("sim1177").toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(tmp.resolve("out").toFile()).redirectError(tmp.resolve("err").toFile());
    pb.environment().put("PATH", tmp.resolve("jdk/bin") + ":/usr/bin:/bin");
    pb.environment().put("TMPDIR", Files.createDirectories(tmp.resolve("scratch")).toString());
    pb.environment().remove("SIM1177_NO_ARCHIVE");
    pb.environment().putAll(env);
    Process p = pb.start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher finished");
    Path calls = tmp.resolve("java-calls");
    String log = Files.exists(calls) ? Files.readString(calls, StandardCharsets.UTF_8) : "";
    return new Result(p.exitValue(), Files.readString(tmp.resolve("err")), log);
  }

  private record Result(int code, String stderr, String log) {
    List<String> javaCalls() {
      return log.isEmpty() ? List.of() : List.of(log.split("\n"));
    }
  }
}
