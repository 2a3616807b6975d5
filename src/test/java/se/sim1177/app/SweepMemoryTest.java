package se.sim1177.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.ExperimentRunner;
import se.sim1177.experiment.ExperimentSummary;
import se.sim1177.model.CallCentreModel;
import se.sim1177.scenario.Scenario;

/**
 * A sweep keeps kilobytes per variant, not the variant's whole result: 10,000 small variants once
 * took 4.4 GB, a third of a megabyte each at 30 replications. And a sweep whose variants may not fit
 * the heap is warned about before anything runs.
 */
class SweepMemoryTest {
  private static final long MB = 1024 * 1024;

  @TempDir
  Path tmp;

  /**
   * The summary a sweep keeps of a variant (here the 1177 direkt scenario, whose four targets and
   * chat figures make the largest) reaches nothing of the full result: no result, no scenario, no
   * per-replication or per-hour tables, and fits the share of {@link SweepMemory#BYTES_PER_VARIANT}
   * the warning counts for it.
   */
  @Test
  void aVariantsSummaryIsAFewKilobytesAndHoldsNothingOfItsFullResult() throws Exception {
    Scenario scenario = ScenarioSource.file(Path.of("scenarios", "05-varmland-direkt.yaml"))
        .read(List.of("simulation.days=1", "simulation.warmup_days=0"));
    ExperimentResult result = ExperimentRunner.run(new CallCentreModel(scenario), 1, 30, 2, null);
    ExperimentSummary summary = ExperimentSummary.of(result);
    ReachableHeap kept = ReachableHeap.of(summary);
    ReachableHeap whole = ReachableHeap.of(result);
    String sizes = String.format("the summary reaches %,d bytes, the full result %,d", kept.bytes(), whole.bytes());
    for (String heavy : List.of("se.sim1177.experiment.ExperimentResult", "se.sim1177.scenario.Scenario",
        "se.sim1177.experiment.ResultCalendar", "se.sim1177.analytic.OfferedLoad", "[[D", "[[F", "[[Lse.sim1177.experiment.MetricSummary;")) {
      assertTrue(!kept.classes().contains(heavy), "the summary reaches " + heavy + "; " + sizes + "; it reaches " + kept.classes());
    }
    assertTrue(kept.bytes() <= SweepMemory.SUMMARY_BYTES, sizes + ", more than the " + SweepMemory.SUMMARY_BYTES
        + " the heap warning counts for it");
    assertTrue(whole.bytes() >= 20 * kept.bytes(), "a full result should be far larger than its summary: " + sizes);
  }

  /**
   * End to end, in a JVM of its own with a 24 MB heap: 300 variants of 30 replications (a day of a
   * small line each, so the sweep is quick). Kept whole, each result took about 70 kB, 21 MB in all
   * beside the program's own 6 MB, and this sweep ran out of memory; kept as summaries it needs 1 MB.
   */
  @Test
  void aSweepOfHundredsOfVariantsFitsASmallHeap() throws Exception {
    int variants = 300;
    String values = String.join(",", IntStream.rangeClosed(1, variants).mapToObj(Integer::toString).toList());
    Path out = tmp.resolve("out");
    String printed = sweepInOwnJvm("-Xmx24m", "--set", "simulation.days=1", "--set", "simulation.warmup_days=0", "--set",
        "arrivals.calls_per_day=100", "--replications", "30", "--vary", "staff.groups[0].shifts[0].nurses=" + values,
        "--out", out.toString());
    assertTrue(printed.startsWith("exit 0"), printed.lines().filter(l -> !l.startsWith("variant") && !l.startsWith("  done")
        && !l.startsWith("warning")).toList().toString());
    assertEquals(1 + variants, Files.readAllLines(out.resolve("sweep.csv")).size(), "a row per variant");
  }

  @Test
  void aSweepThatMayNotFitTheHeapIsWarnedAboutAndOneThatFitsIsNot() {
    String warning = SweepMemory.warning(10_000, 128 * MB);
    assertTrue(warning != null && warning.startsWith("a sweep of 10,000 variants keeps about 78 MB"), warning);
    assertTrue(warning.contains("this Java's 128 MB heap"), warning);
    // Four times the 78 MB kept, in whole 256 MB.
    assertTrue(warning.contains("java -Xmx512m") && warning.contains("split the sweep"), warning);
    assertNull(SweepMemory.warning(10_000, 2048 * MB), "10,000 variants fit a 2 GB heap");
    assertNull(SweepMemory.warning(100, 32 * MB), "100 variants fit any heap sim1177 runs in");
  }

  /**
   * On a small heap the warning comes before the first variant runs: here the run then stops at
   * once (a --max-callers beyond what the heap holds), so nothing is simulated or written.
   */
  @Test
  void theWarningComesBeforeAnythingRuns() throws Exception {
    // 600 variants keep about 5 MB, more than a quarter of 16 MB.
    String values = String.join(",", IntStream.range(0, 600).mapToObj(i -> Integer.toString(1000 + i)).toList());
    Path out = tmp.resolve("out");
    String printed = sweepInOwnJvm("-Xmx16m", "--vary", "arrivals.calls_per_day=" + values, "--max-callers", "999999999999",
        "--out", out.toString());
    assertTrue(printed.startsWith("exit 2"), printed);
    int warned = printed.indexOf("warning: a sweep of 600 variants keeps about");
    assertTrue(warned >= 0, "a 16 MB heap is warned about: " + printed);
    assertTrue(printed.indexOf("--max-callers 999999999999") > warned, "the warning comes first: " + printed);
    assertTrue(!printed.contains("variant 2/"), "nothing after the first variant started: " + printed);
    assertTrue(!Files.exists(out), "nothing written");
  }

  /** Runs a sweep of 01 on one thread in a JVM with {@code heap}; returns "exit N" and what it printed. */
  private String sweepInOwnJvm(String heap, String... options) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
        "-cp", System.getProperty("java.class.path"), "se.sim1177.cli.Main", "sweep", "scenarios/01-erlang-a-check.yaml",
        "--threads", "1"));
    command.addAll(List.of(options));
    File log = tmp.resolve("log").toFile();
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the sweep stops");
    return "exit " + p.exitValue() + "\n" + Files.readString(log.toPath());
  }
}
