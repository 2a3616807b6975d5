package se.sim1177.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C (SIGINT) or SIGTERM while a run writes its results leaves nothing behind: the signal is
 * sent the moment the hidden staging folder appears, so it lands while the files are written.
 * Either the run had already finished (exit 0, a complete folder) or it exits 130/143 and neither
 * the results folder nor a staging folder is left.
 */
class InterruptTest {
  @TempDir
  Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"INT", "TERM"})
  void aSignalWhileWritingLeavesNothing(String signal) throws Exception {
    Path out = tmp.resolve("run");
    List<String> command = new ArrayList<>();
    if (signal.equals("INT")) {
      // A process started in the background of a non-interactive shell inherits SIGINT ignored;
      // restore the default so the JVM sees Ctrl-C as a terminal user's run would.
      Assumptions.assumeTrue(new File("/usr/bin/python3").canExecute() || new File("/usr/local/bin/python3").canExecute(),
          "python3 restores the default SIGINT disposition");
      command.addAll(List.of("python3", "-c",
          "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])"));
    }
    command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
        "se.sim1177.cli.Main", "run", "scenarios/01-erlang-a-check.yaml", "--set", "simulation.days=300", "--replications", "2",
        "--threads", "1", "--out", out.toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(tmp.resolve("log").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (p.isAlive() && !stagingExists() && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the run stops after the signal");
    int code = p.exitValue();
    String log = Files.readString(tmp.resolve("log"));
    if (code == 0) {
      assertTrue(Files.exists(out.resolve("summary.json")), "a run that finished first is complete: " + log);
    } else {
      assertEquals(signal.equals("INT") ? 130 : 143, code, log);
      assertFalse(Files.exists(out), "no results folder after an interrupt");
      assertTrue(log.contains("sim1177: interrupted; nothing was written"), "the user is told: " + log);
      // Issue 17.10: a write that failed because the signal removed its folder said so on a second line.
      assertFalse(log.contains("error:"), "the interrupt is the only thing said: " + log);
    }
    assertFalse(stagingExists(), "no staging folder is left: " + listing());
  }

  private boolean stagingExists() throws Exception {
    return listing().stream().anyMatch(name -> name.contains(".partial-"));
  }

  private List<String> listing() throws Exception {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.map(p -> p.getFileName().toString()).toList();
    }
  }
}
