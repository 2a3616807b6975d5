package se.sim1177.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How {@code bench} reports the parallel speed-up, on made-up measurements (nothing is timed here):
 * the median of paired rounds; a speed-up above the thread or core count is flagged as a
 * measurement error, never printed as a result; the CPU time the threads got shows a busy machine;
 * one thread is "1 thread".
 */
class BenchReportTest {
  /** One second of work at {@code callsPerSecond} on {@code threads} threads that got {@code cpuShare} of their cores. */
  private static Throughput round(int threads, double callsPerSecond, double cpuShare) {
    long calls = (long) callsPerSecond;
    return new Throughput("engine", threads, calls, 2 * calls, 10, 1.0, cpuShare * threads);
  }

  private static BenchReport report(List<Throughput> single, List<Throughput> parallel, int cores) {
    return new BenchReport("test", 8, 100, single, parallel, cores, null, -1, 0, -1);
  }

  private static String printed(BenchReport report) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    report.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aSpeedupWithinTheCoresIsTheMedianOfPairedRounds() {
    BenchReport r = report(List.of(round(1, 2.0e6, 1.0), round(1, 1.0e6, 1.0), round(1, 2.0e6, 1.0)),
        List.of(round(2, 3.9e6, 1.0), round(2, 1.85e6, 1.0), round(2, 3.8e6, 1.0)), 2);
    assertEquals(1.90, r.parallelSpeedup(), 1e-9, "ratios 1.95, 1.85 and 1.90: the median of the pairs");
    assertEquals(1.90, r.cpuSpeedup(), 1e-9, "every thread had its core: the same per CPU-second");
    assertFalse(r.speedupImpossible());
    String out = printed(r);
    assertTrue(out.contains("parallel speed-up: 1.90x on 2 threads, 2 cores (median of 3 paired rounds)"), out);
    assertFalse(out.contains("busy"), out);
  }

  @Test
  void aSpeedupAboveTheCoreCountIsFlaggedNotReported() {
    // The one-thread rounds ran while other work took half the core; the parallel ones on an idle machine.
    BenchReport r = report(List.of(round(1, 1.0e6, 0.5)), List.of(round(2, 3.13e6, 1.0)), 2);
    assertTrue(r.speedupImpossible());
    assertEquals(1.565, r.cpuSpeedup(), 1e-9, "2 × (3.13 M per 2 CPU-s) ÷ (1 M per 0.5 CPU-s)");
    String out = printed(r);
    assertFalse(out.contains("parallel speed-up: 3.13x"), out);
    assertTrue(out.contains("parallel speed-up: not measured reliably: 3.13x on 2 threads with 2 cores is more than the 2x they can give"),
        out);
    assertTrue(out.contains("one thread got 50 % of a core"), out);
    assertTrue(out.contains("the machine was busy"), out);
  }

  @Test
  void moreThreadsThanCoresAreLimitedByTheCores() {
    BenchReport r = report(List.of(round(1, 1.0e6, 1.0)), List.of(round(4, 2.6e6, 0.5)), 2);
    assertEquals(2, r.speedupLimit());
    assertTrue(r.speedupImpossible(), "2.6x on 2 cores");
    assertTrue(printed(r).contains("2.60x on 4 threads with 2 cores is more than the 2x they can give"));
  }

  /**
   * The "1038.93x per CPU-second" on 2 cores: a thousand threads that each got almost no
   * CPU time look fast per CPU-second. No figure above the threads and cores is printed.
   */
  @Test
  void aSpeedupPerCpuSecondAboveTheCoresIsNotPrinted() {
    BenchReport r = report(List.of(round(1, 1.0e6, 0.25)), List.of(round(1000, 2.0e6, 0.002)), 2);
    assertEquals(250, r.cpuSpeedup(), 1e-9, "1000 × (2 M per 2 CPU-s) ÷ (1 M per 0.25 CPU-s): the kind of figure bench printed");
    String out = printed(r);
    assertFalse(out.matches("(?s).*\\d+\\.\\d+x per CPU-second.*"), out);
    assertTrue(out.contains("per CPU-second: not measured reliably (above the 2x the threads and cores can give)"), out);
  }

  @Test
  void oneThreadIsSingular() {
    String out = printed(report(List.of(round(1, 1.0e6, 1.0)), List.of(), 1));
    assertTrue(out.contains("parallel speed-up: not measured (one thread asked for)"), out);
    assertFalse(out.contains("1 threads"), out);
    assertEquals("1 thread", Throughput.threads(1));
    assertEquals("2 threads", Throughput.threads(2));
  }
}
