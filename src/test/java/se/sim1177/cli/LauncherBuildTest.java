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
 * Launches started together build once: the first holds a lock while it builds.
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
    assertFalse(Files.exists(project.resolve("target/.build-lock")), "the build lock is gone");

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
    assertFalse(Files.exists(project.resolve("target/.build-lock")), "the build lock is gone");

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

  /**
   * Two launches started together in a fresh project (a batch script's first runs): one builds,
   * the other waits for that build and runs its jar. Without the lock both ran Maven at once in one
   * target/ folder, and the second build rewrote the jar while the first launch was making its
   * start-up archive from it (seen in a fresh clone: that training failed).
   */
  @Test
  void twoLaunchesAtOnceBuildOnceAndBothRun() throws Exception {
    Path project = project();
    Launch[] both = twoAtOnce(project, 300);
    Launch a = both[0];
    Launch b = both[1];
    // Whichever got the lock first, the other waited for it, and said so once.
    int waited = (waited(a) ? 1 : 0) + (waited(b) ? 1 : 0);
    assertEquals(1, waited, a.stderr + b.stderr);
    assertFalse(Files.exists(tmp.resolve("lock-held")), "each released the lock before it ran the command");
    assertFalse(Files.exists(project.resolve("target/.build-lock")), "the lock is gone");
  }

  /** A lock left by a launch killed with -9 (its process is gone) does not stop the next launch. */
  @Test
  void aLockLeftByAKilledLaunchIsTakenOver() throws Exception {
    Path project = project();
    Path lock = deadLock(project);
    Launch next = launch(project, "succeed");
    assertEquals(0, next.code, next.stderr);
    assertTrue(next.stderr.contains("building") && next.javaRan, next.stderr);
    assertFalse(Files.exists(lock), "the lock is gone");
  }

  /**
   * A lock whose launcher still runs is waited for, and said so with its process number and how to
   * clear a lock left behind; once that process has ended, the lock is taken over.
   */
  @Test
  void aLockOfALiveLaunchIsWaitedFor() throws Exception {
    Path project = project();
    Process holder = new ProcessBuilder("sleep", "60").start();
    try {
      Path lock = Files.createDirectories(project.resolve("target/.build-lock"));
      Files.writeString(lock.resolve("what"), "the jar\n");
      Files.writeString(lock.resolve("pid"), holder.pid() + "\n" + hostName() + "\n");
      Thread ender = new Thread(() -> {
        try {
          Thread.sleep(1500);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        holder.destroy();
      });
      ender.start();
      long start = System.nanoTime();
      Launch next = launch(project, "succeed");
      double seconds = (System.nanoTime() - start) / 1e9;
      ender.join();
      assertEquals(0, next.code, next.stderr);
      assertTrue(next.stderr.contains("another launch (process " + holder.pid() + " on ") && waited(next), next.stderr);
      assertTrue(next.stderr.contains("if none is running, remove " + project.toRealPath().resolve("target/.build-lock")), next.stderr);
      assertTrue(seconds > 1.4, "it waited until the holder ended, 1.5 s in: " + seconds);
      assertTrue(next.stderr.contains("building /") && next.javaRan, next.stderr);
      assertFalse(Files.exists(lock), "the lock is gone");
    } finally {
      holder.destroyForcibly();
    }
  }

  /** Two launches that find a dead launch's lock at once: one takes it over and builds, the other waits. */
  @Test
  void twoLaunchesFindingADeadLockBuildOnce() throws Exception {
    Path project = project();
    Path lock = deadLock(project);
    twoAtOnce(project, 0);
    assertFalse(Files.exists(lock), "the lock is gone");
  }

  /** A lock that never got its launcher's number (made a minute ago and left) is taken over. */
  @Test
  void aLockWithoutANumberAMinuteOldIsTakenOver() throws Exception {
    Path project = project();
    Path lock = Files.createDirectories(project.resolve("target/.build-lock"));
    Files.setLastModifiedTime(lock, FileTime.fromMillis(System.currentTimeMillis() - 120_000));
    Launch next = launch(project, "succeed");
    assertEquals(0, next.code, next.stderr);
    assertTrue(next.stderr.contains("building") && next.javaRan, next.stderr);
    assertFalse(Files.exists(lock), "the lock is gone");
  }

  /** Whether the launch said it waited for another's build of the jar. */
  private static boolean waited(Launch launch) {
    return launch.stderr.contains("sim1177: another launch") && launch.stderr.contains("is building the jar");
  }

  /**
   * Two launches of a project whose jar is stale, the second {@code gapMillis} after the first, with
   * a stand-in Maven that takes 2 s: both succeed and run the jar, and Maven ran once.
   */
  private Launch[] twoAtOnce(Path project, long gapMillis) throws Exception {
    Files.deleteIfExists(tmp.resolve("java-ran"));
    Process first = start(project, "slow", "1");
    Thread.sleep(gapMillis);
    Process second = start(project, "slow", "2");
    Launch a = finish(first, "1");
    Launch b = finish(second, "2");
    assertEquals(0, a.code, a.stderr);
    assertEquals(0, b.code, b.stderr);
    assertEquals(1, Files.readAllLines(tmp.resolve("mvn-runs")).size(), "Maven ran once: " + a.stderr + b.stderr);
    assertEquals(2, Files.readAllLines(tmp.resolve("java-ran")).size(), "both launches ran the jar");
    return new Launch[] {a, b};
  }

  /** A lock as a launch killed with -9 leaves it: the number of a process that has ended, on this host. */
  private static Path deadLock(Path project) throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Path lock = Files.createDirectories(project.resolve("target/.build-lock"));
    Files.writeString(lock.resolve("pid"), gone.pid() + "\n" + hostName() + "\n");
    return lock;
  }

  private static String hostName() throws Exception {
    Process p = new ProcessBuilder("uname", "-n").start();
    String name = new String(p.getInputStream().readAllBytes()).trim();
    p.waitFor();
    return name;
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
        + "  slow) echo built >> '" + tmp.resolve("mvn-runs") + "'; sleep 2; echo jar > target/sim1177.jar ;;\n"
        + "esac\n";
    write(bin.resolve("mvn"), mvn);
    // The stand-in java also notes when it runs while the build lock still names its launcher
    // (exec keeps the launcher's process number): a lock the launcher forgot to release.
    Path lockPid = project.resolve("target/.build-lock/pid");
    write(bin.resolve("java"), "#!/bin/sh\necho ran >> '" + tmp.resolve("java-ran") + "'\n"
        + "if [ -f '" + lockPid + "' ] && [ \"$(head -n 1 '" + lockPid + "')\" = \"$$\" ]; then echo held >> '" + tmp.resolve("lock-held") + "'; fi\n");
    return project;
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private Launch launch(Path project, String mvnBehaviour) throws Exception {
    Files.deleteIfExists(tmp.resolve("java-ran"));
    Files.deleteIfExists(tmp.resolve("lock-held"));
    return finish(start(project, mvnBehaviour, "1"), "1");
  }

  /** Starts the launcher ({@code --version}) in a session of its own; its output goes to files named by {@code name}. */
  private Process start(Path project, String mvnBehaviour, String name) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(List.of("setsid", project.resolve("sim1177").toString(), "--version"))
        .redirectOutput(tmp.resolve("out" + name).toFile()).redirectError(tmp.resolve("err" + name).toFile());
    pb.environment().put("PATH", tmp.resolve("bin") + ":/usr/bin:/bin");
    pb.environment().put("FAKE_MVN", mvnBehaviour);
    // The stand-in java has no release file: the launcher runs it plain, with no archive to make.
    pb.environment().put("SIM1177_NO_ARCHIVE", "1");
    return pb.start();
  }

  private Launch finish(Process p, String name) throws Exception {
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the launcher did not finish in 30 s");
    }
    return new Launch(p.exitValue(), Files.readString(tmp.resolve("err" + name)), Files.exists(tmp.resolve("java-ran")));
  }

  private record Launch(int code, String stderr, boolean javaRan) {}
}
