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

  /** A solver out of time is told to try more time than it had, never the same (issue 17, item 6). */
  @Test
  void aSolverOutOfTimeIsToldToTryMoreTimeThanItHad() {
    assertTrue(StaffJob.timeLimitAdvice(60).startsWith("allow it more time, e.g. --time-limit 4m, or offer fewer candidate shifts"));
    assertTrue(StaffJob.timeLimitAdvice(0.001).startsWith("allow it more time, e.g. --time-limit 1m,"));
    assertTrue(StaffJob.timeLimitAdvice(12 * 3600).startsWith("allow it more time, e.g. --time-limit 24h,"));
    assertEquals("offer fewer candidate shifts (fewer starts or lengths in staffing.templates)", StaffJob.timeLimitAdvice(86400),
        "a day is the most --time-limit allows: only a smaller program can help");
  }

  @Test
  void theThreadsCheckIsOneRuleWithOrWithoutAnUpperBound() {
    assertEquals("--threads 0: must be 1 or more", Threads.problem(0, Threads.UNBOUNDED));
    assertEquals("--threads 0: must be a whole number from 1 to 1024", Threads.problem(0, 1024));
    assertEquals(null, Threads.problem(1024, 1024));
    assertEquals(Runtime.getRuntime().availableProcessors(), Threads.orAllCores(null));
  }
}
