package se.sim1177.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's build ({@code ./sim1177} builds the jar when it is missing or older than the
 * sources). A build stopped with Ctrl-C or failed can leave half a jar, newer than the sources;
 * were it kept, every later launch would run it (and fail) without building again. The launcher
 * runs here in a copy of the project's layout against a stand-in {@code mvn}, which writes half a
 * jar and then fails or is interrupted, and a stand-in {@code java} that only logs that it ran.
 */
class LauncherBuildTest {
  @TempDir Path tmp;

  @BeforeEach
  void needsSetsid() {
    // util-linux's setsid gives the launcher a process group of its own (Debian has it; macOS not).
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/setsid")) || Files.isExecutable(Path.of("/bin/setsid")), "no setsid here");
  }

  @Test
  void aFailedBuildLeavesNoJarAndTheNextLaunchBuildsAgain() throws Exception {
    Path project = project();
    Launch failed = launch(project, "fail");
    assertEquals(1, failed.code, failed.stderr);
    assertTrue(failed.stderr.contains("the build failed"), failed.stderr);
    assertFalse(Files.exists(jar(project)), "the half-written jar is gone");
    assertFalse(failed.javaRan, "nothing was run");

    Launch next = launch(project, "succeed");
    assertEquals(0, next.code, next.stderr);
    assertTrue(next.stderr.contains("building"), "built again: " + next.stderr);
    assertTrue(next.javaRan, "then run");
  }

  @Test
  void aBuildStoppedByASignalLeavesNoJarAndStopsTheLauncherWithTheSignal() throws Exception {
    Path project = project();
    Launch stopped = launch(project, "interrupt");
    assertEquals(128 + 2, stopped.code, "ended by SIGINT, as a loop calling the launcher expects: " + stopped.stderr);
    assertFalse(stopped.stderr.contains("the build failed"), "the signal raised again, not an exit of its own: " + stopped.stderr);
    assertFalse(Files.exists(jar(project)), "the half-written jar is gone");
    assertFalse(stopped.javaRan, "nothing was run");

    Launch next = launch(project, "succeed");
    assertEquals(0, next.code, next.stderr);
    assertTrue(next.stderr.contains("building") && next.javaRan, next.stderr);
  }

  @Test
  void aBuiltJarNewerThanTheSourcesIsRunWithoutBuilding() throws Exception {
    Path project = project();
    assertEquals(0, launch(project, "succeed").code);
    Launch again = launch(project, "fail");
    assertEquals(0, again.code, "the stand-in mvn would have failed: " + again.stderr);
    assertFalse(again.stderr.contains("building"), again.stderr);
    assertTrue(again.javaRan);
  }

  private static Path jar(Path project) {
    return project.resolve("target/sim1177.jar");
  }

  /** A project whose sources are newer than its (missing) jar, with stand-in mvn and java on the PATH. */
  private Path project() throws IOException {
    Path project = Files.createDirectories(tmp.resolve("my project"));
    Files.copy(Path.of("sim1177"), project.resolve("sim1177"));
    Files.setPosixFilePermissions(project.resolve("sim1177"), PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.createDirectories(project.resolve("src/main"));
    Files.createDirectories(project.resolve("scenarios"));
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    Files.setLastModifiedTime(project.resolve("pom.xml"), FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    // FAKE_MVN: succeed (writes a jar), fail (half a jar, exit 1), or interrupt (half a jar, then
    // SIGINT to its whole process group, the launcher's, as Ctrl-C sends it to the terminal's
    // foreground group; the launcher runs in a session of its own, so nothing else gets it).
    String mvn = "#!/bin/sh\n"
        + "mkdir -p target\n"
        + "case \"$FAKE_MVN\" in\n"
        + "  succeed) echo jar > target/sim1177.jar ;;\n"
        + "  fail) echo half > target/sim1177.jar; exit 1 ;;\n"
        + "  interrupt) echo half > target/sim1177.jar; kill -INT 0; exit 130 ;;\n"
        + "esac\n";
    write(bin.resolve("mvn"), mvn);
    write(bin.resolve("java"), "#!/bin/sh\necho ran > '" + tmp.resolve("java-ran") + "'\n");
    return project;
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private Launch launch(Path project, String mvnBehaviour) throws Exception {
    Files.deleteIfExists(tmp.resolve("java-ran"));
    ProcessBuilder pb = new ProcessBuilder(List.of("setsid", project.resolve("sim1177").toString(), "--version"))
        .redirectOutput(tmp.resolve("out").toFile()).redirectError(tmp.resolve("err").toFile());
    pb.environment().put("PATH", tmp.resolve("bin") + ":/usr/bin:/bin");
    pb.environment().put("FAKE_MVN", mvnBehaviour);
    // The stand-in java has no release file: the launcher runs it plain, with no archive to make.
    pb.environment().put("SIM1177_NO_ARCHIVE", "1");
    Process p = pb.start();
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the launcher did not finish in 30 s");
    }
    return new Launch(p.exitValue(), Files.readString(tmp.resolve("err")), Files.exists(tmp.resolve("java-ran")));
  }

  private record Launch(int code, String stderr, boolean javaRan) {}
}
