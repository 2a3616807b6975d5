package se.sim1177.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.sim1177.report.file.ResultFolder;

/**
 * Issue 17.10: after SIGTERM removed the folder being written, a writer that then failed printed
 * "could not write the results: no such file ..." below "interrupted". {@link InterruptTest} meets
 * that only when the signal lands in the right microseconds; this test makes the order certain: a
 * separate JVM opens a results folder, sends itself SIGTERM, waits until the shutdown hook has
 * removed the staging folder, then writes and reports the failure as the CLI does.
 */
class SignalDuringWritingTest {
  @TempDir
  Path tmp;

  @Test
  void aWriteThatFailsBecauseOfTheSignalSaysNothingMore() throws Exception {
    Path log = tmp.resolve("log");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), WriteAfterSignal.class.getName(), tmp.resolve("out").toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the program ends");
    List<String> lines = Files.readAllLines(log);
    assertEquals(List.of("write failed: no such file", "reported: exit 1"), lines,
        "the failure is reported with the run-failed code and no message of its own");
  }

  /** The program run in its own JVM: see the class comment. */
  public static final class WriteAfterSignal {
    public static void main(String[] args) throws Exception {
      // Keeps the JVM alive while the main thread writes after the signal, as a run's writers do.
      Runtime.getRuntime().addShutdownHook(new Thread(() -> sleep(3000)));
      ResultFolder folder = ResultFolder.chosen(Path.of(args[0]), false);
      folder.writeText("intervals.csv", "a,b\n");
      new ProcessBuilder("kill", "-TERM", Long.toString(ProcessHandle.current().pid())).start().waitFor();
      while (!ResultFolder.abandonedOnSignal()) {
        sleep(10);
      }
      sleep(200);
      try {
        folder.writeText("daily.csv", "a,b\n");
        System.out.println("write succeeded");
      } catch (IOException e) {
        System.out.println("write failed: " + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e));
        java.io.ByteArrayOutputStream said = new java.io.ByteArrayOutputStream();
        int code = Main.failed(e, new java.io.PrintStream(said, true, java.nio.charset.StandardCharsets.UTF_8));
        System.out.println("reported: exit " + code + said.toString(java.nio.charset.StandardCharsets.UTF_8).stripTrailing());
      }
      System.out.flush();
    }

    private static void sleep(long millis) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
