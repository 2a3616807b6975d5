package se.sim1177.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.sim1177.bench.BenchOptions;

/** The jobs behind {@code check}, {@code erlang} and {@code bench}, called the way the CLI calls them, without it. */
class JobSeamTest {
  private static final Path SCENARIO = Path.of("scenarios/01-erlang-a-check.yaml");

  @Test
  void checkDescribesTheScenarioWithoutTheCli() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CheckJob.run(new CheckOptions(SCENARIO, List.of()), new PrintStream(out, true, StandardCharsets.UTF_8));
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.startsWith("ok: ") && text.contains("  work: about "), text);
  }

  @Test
  void erlangRefusesBadInputWithAUsageException() {
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    UsageException calls = assertThrows(UsageException.class,
        () -> ErlangJob.run(new ErlangOptions(0, 480, null, null, 300), out));
    assertEquals(List.of("--calls-per-hour 0.0: must be a positive number"), calls.problems());
    UsageException nurses = assertThrows(UsageException.class,
        () -> ErlangJob.run(new ErlangOptions(60, 480, null, "9..3", 300), out));
    assertTrue(nurses.getMessage().startsWith("--nurses 9..3: "), nurses.getMessage());
  }

  @Test
  void benchNamesEveryWrongOptionInOneUsageException() {
    // --days 0 is not listed: it stands for simulation.days and is checked when the scenario is read.
    BenchOptions wrong = new BenchOptions(null, 0, 2000, -1, 0, 0, true, null, List.of());
    assertEquals(List.of(
        "--threads 2000: must be a whole number from 1 to 1024",
        "--rounds 0: must be a whole number from 1 to 1000",
        "--seconds 0: must be above 0 and at most 3600",
        "--warmup -1: must be from 0 to 3600"), BenchmarkJob.problems(wrong));
  }

  @Test
  void theThreadsCheckIsOneRuleWithOrWithoutAnUpperBound() {
    assertEquals("--threads 0: must be 1 or more", Threads.problem(0, Threads.UNBOUNDED));
    assertEquals("--threads 0: must be a whole number from 1 to 1024", Threads.problem(0, 1024));
    assertEquals(null, Threads.problem(1024, 1024));
    assertEquals(Runtime.getRuntime().availableProcessors(), Threads.orAllCores(null));
  }
}
