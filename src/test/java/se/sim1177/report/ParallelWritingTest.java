package se.sim1177.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.ExperimentRunner;
import se.sim1177.model.CallCentreModel;
import se.sim1177.report.file.ResultFolder;
import se.sim1177.report.format.RunInfo;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioReader;

/**
 * Files written on several threads at once fail as if written one after the other: the first
 * failing file in the list is the one reported, nothing is still being written when the failure
 * is reported, and the results folder is left as if nothing had been written.
 */
class ParallelWritingTest {
  @TempDir
  Path tmp;

  @Test
  void theFirstFailureInListOrderIsReportedAfterEveryFileFinished() {
    List<String> finished = Collections.synchronizedList(new ArrayList<>());
    List<FileWriting.FileTask> tasks = List.of(
        () -> {
          sleep(200);
          throw new IOException("first in the list, last to fail");
        },
        () -> {
          throw new IOException("first to fail");
        },
        () -> {
          sleep(300);
          finished.add("slow");
        });
    IOException e = assertThrows(IOException.class, () -> FileWriting.writeAll(tasks, List.of(2), 3));
    assertEquals("first in the list, last to fail", e.getMessage());
    assertEquals(List.of("slow"), finished, "every file finished before the failure was reported");
  }

  @Test
  void oneThreadWritesInOrderAndStopsAtTheFirstFailure() {
    List<String> ran = new ArrayList<>();
    List<FileWriting.FileTask> tasks = List.of(
        () -> ran.add("a"),
        () -> {
          throw new IOException("b failed");
        },
        () -> ran.add("c"));
    IOException e = assertThrows(IOException.class, () -> FileWriting.writeAll(tasks, List.of(2), 1));
    assertEquals("b failed", e.getMessage());
    assertEquals(List.of("a"), ran);
  }

  @Test
  void aRunWhoseChartCannotBeWrittenLeavesNothing() throws Exception {
    String text = Files.readString(Path.of("scenarios/01-erlang-a-check.yaml"));
    Scenario scenario = ScenarioReader.parse(text, "test", "test", List.of("simulation.days=1", "simulation.warmup_days=0"));
    ExperimentResult result = ExperimentRunner.run(new CallCentreModel(scenario), 7, 2, 2, null);
    RunInfo info = new RunInfo("test", List.of("run"), "test", text, List.of(), "2026-11-24T00:00:00Z");
    Path target = tmp.resolve("results");
    IOException e;
    try (ResultFolder folder = ResultFolder.chosen(target, false)) {
      Path staging = only(tmp);
      // A folder where the chart should go: the chart fails while the other files are written beside it.
      Files.createDirectory(staging.resolve("week.png"));
      e = assertThrows(IOException.class, () -> ResultWriters.writeRun(result, info, folder));
    }
    assertTrue(e.getMessage().contains("week.png"), e.getMessage());
    try (Stream<Path> left = Files.list(tmp)) {
      assertEquals(List.of(), left.toList(), "no results folder and no staging folder");
    }
  }

  private static Path only(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      List<Path> all = entries.toList();
      assertEquals(1, all.size(), all.toString());
      return all.get(0);
    }
  }

  /** Sleeps inside a file task; an interrupt fails the task instead of letting it finish early unnoticed. */
  private static void sleep(long millis) throws IOException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while sleeping " + millis + " ms");
    }
  }
}
