package se.sim1177.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.sim1177.experiment.ExperimentRunner;
import se.sim1177.experiment.ExperimentRunner.SliceRecord;
import se.sim1177.model.CallCentreModel;
import se.sim1177.model.LineOverloadedException;
import se.sim1177.model.ReplicationMonitor;
import se.sim1177.report.file.ResultFolder;
import se.sim1177.report.file.ShardRecord;
import se.sim1177.report.format.RunInfo;
import se.sim1177.scenario.RunControl;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioException;

/**
 * {@code --shard I/N} of {@code run}, {@code sweep} and {@code compare}: the command's experiments
 * (a run's one, a sweep's variants, a comparison's scenarios) laid end to end, replication after
 * replication, are cut into N slices of sizes that differ by at most one; shard I runs its slice,
 * each replication exactly as the whole command would, and writes a shard folder
 * ({@link ShardRecord}) for {@code sim1177 merge}.
 */
final class ShardJob {
  private ShardJob() {}

  /**
   * One experiment of the command: scenario {@code source} of the command's, with a sweep
   * variant's {@code assignment}; its run control (replications, seed, days), and how to read its
   * scenario when the shard runs some of it. A sweep's shard holds 10,000 variants' controls, not
   * their scenarios.
   */
  record Experiment(int source, List<String> assignment, RunControl control, Reader reader) {
    /** An experiment whose scenario is at hand. */
    static Experiment of(int source, List<String> assignment, Scenario scenario) {
      return new Experiment(source, assignment, scenario.simulation(), () -> scenario);
    }
  }

  /** Reads an experiment's scenario (again). */
  interface Reader {
    Scenario read() throws ScenarioException;
  }

  /**
   * A command's work as a merge must read it again: the command (run, sweep or compare), the
   * scenario files, a sweep's {@code --vary} options, {@code --replications} and {@code --seed} as
   * given (null when not), and its experiments in the order it runs them.
   */
  record Work(String command, List<ScenarioSource> sources, List<String> varies, Integer replicationsOption, Long seedOption,
      List<Experiment> experiments) {}

  /** The slice of each experiment's replications that shard {@code shard} runs: {@code [from[e], to[e])}. */
  record Slices(int[] from, int[] to) {
    static Slices of(List<Integer> replications, Shard shard) {
      long total = 0;
      for (int r : replications) {
        total += r;
      }
      if (total > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("more than " + Integer.MAX_VALUE + " replications in all");
      }
      int first = shard.from((int) total);
      int end = shard.to((int) total);
      int[] from = new int[replications.size()];
      int[] to = new int[replications.size()];
      int offset = 0;
      for (int e = 0; e < from.length; e++) {
        int r = replications.get(e);
        from[e] = Math.max(0, Math.min(r, first - offset));
        to[e] = Math.max(0, Math.min(r, end - offset));
        offset += r;
      }
      return new Slices(from, to);
    }

    int count() {
      int n = 0;
      for (int e = 0; e < from.length; e++) {
        n += to[e] - from[e];
      }
      return n;
    }
  }

  /**
   * Runs shard {@code shard}'s slice of {@code all} and writes its folder.
   *
   * @param name the scenario's name, for the folder's default name
   * @param info the version, command line, overrides and start, as the command records them
   */
  @SuppressWarnings("try") // the progress reporter works on its own thread until closed
  static ResultFolder run(Work all, String name, RunInfo info, Shard shard, int threads, Long maxCallers, ResultsTarget results, PrintStream err)
      throws UsageException, IOException, RunFailedException, ScenarioException {
    String command = all.command();
    List<ScenarioSource> sources = all.sources();
    List<Experiment> work = all.experiments();
    List<Integer> replications = work.stream().map(e -> e.control().replications()).toList();
    Slices slices = Slices.of(replications, shard);
    long total = replications.stream().mapToLong(Integer::longValue).sum();
    err.println(describe(command, work, slices, shard, total));
    ReplicationMonitor monitor = new ReplicationMonitor(maxCallers == null ? 0 : maxCallers);
    long days = 0;
    for (int e = 0; e < work.size(); e++) {
      days += (long) (slices.to()[e] - slices.from()[e]) * work.get(e).control().totalDays();
    }
    RunControl first = work.get(0).control();
    try (ResultFolder folder = results.open(defaultFolder(command, name, shard));
        Progress progress = new Progress(err, monitor, days, "shard " + shard)) {
      List<ShardRecord.Part> parts = new ArrayList<>();
      List<ShardRecord.Part> plan = new ArrayList<>();
      long events = 0;
      long calls = 0;
      long chats = 0;
      double wall = 0;
      int usedThreads = 1;
      for (int e = 0; e < work.size(); e++) {
        Experiment x = work.get(e);
        RunControl control = x.control();
        int from = slices.from()[e];
        int to = slices.to()[e];
        String file = "replication-values-" + e + ".gz";
        plan.add(new ShardRecord.Part(e, x.source(), x.assignment(), control.seed(), control.replications(), 0,
            control.replications(), ""));
        if (to > from) {
          SliceRecord[] slice = new SliceRecord[1];
          CallCentreModel model = new CallCentreModel(x.reader().read());
          folder.write(file, out -> slice[0] = ExperimentRunner.runSlice(model, control.seed(), control.replications(), from, to,
              threads, null, monitor, out));
          events += slice[0].events();
          calls += slice[0].callAttempts();
          chats += slice[0].chats();
          wall += slice[0].wallSeconds();
          usedThreads = Math.max(usedThreads, slice[0].threads());
          parts.add(new ShardRecord.Part(e, x.source(), x.assignment(), control.seed(), control.replications(), from, to, file));
        }
      }
      List<ShardRecord.Source> recorded = new ArrayList<>();
      for (int k = 0; k < sources.size(); k++) {
        ScenarioSource s = sources.get(k);
        recorded.add(new ShardRecord.Source(s.name(), s.defaultScenarioName(), s.text(),
            sources.size() == 1 ? "scenario.yaml" : "scenario-" + k + ".yaml"));
      }
      new ShardRecord(info.version(), command, recorded, all.varies(), all.replicationsOption(), all.seedOption(),
          first.seed(), first.replications(),
          info.overrides(), info.commandLine(), shard.index(), shard.count(), work.size(), ShardRecord.planSha256(plan), parts,
          usedThreads, wall, events, calls, chats, info.startedAt(), ShardRecord.THIS_JAVA, ShardRecord.THIS_OS).write(folder);
      folder.commit();
      return folder;
    } catch (LineOverloadedException e) {
      throw new RunFailedException(Experiments.overloadMessage(e, monitor));
    }
  }

  /** What the shard runs, in a line: "shard 3/8: replications 751 to 1000 of 2000". */
  private static String describe(String command, List<Experiment> work, Slices slices, Shard shard, long total) {
    int n = slices.count();
    if (n == 0) {
      return String.format(Locale.ROOT, "shard %s: nothing to run (%d shards for %d replications in all); it writes an empty shard",
          shard, shard.count(), total);
    }
    if (work.size() == 1) {
      return String.format(Locale.ROOT, "shard %s: replications %d to %d of %d", shard, slices.from()[0] + 1, slices.to()[0], total);
    }
    String what = command.equals("sweep") ? "variant" : "scenario";
    int firstPart = -1;
    int lastPart = -1;
    for (int e = 0; e < work.size(); e++) {
      if (slices.to()[e] > slices.from()[e]) {
        firstPart = firstPart < 0 ? e : firstPart;
        lastPart = e;
      }
    }
    return String.format(Locale.ROOT, "shard %s: %d of the %d replications in all, %ss %d to %d of %d", shard, n, total, what,
        firstPart + 1, lastPart + 1, work.size());
  }

  /** The console's last lines after a shard: where it is, and what makes the results. */
  static void printWritten(Shard shard, ResultFolder folder, PrintStream out) {
    out.println("shard " + shard + ": " + folder.shownTarget());
    Path parent = Path.of(folder.shownTarget()).getParent();
    out.println("when all " + shard.count() + " are written: sim1177 merge " + (parent == null ? "SHARD_FOLDERS..." : parent + " (the folder holding them)")
        + " --out DIR");
  }

  static Path defaultFolder(String command, String name, Shard shard) {
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
    String kind = command.equals("run") ? "" : command + "-";
    return Paths.get("results", kind + RunJob.slug(name) + "-shard-" + shard.index() + "-of-" + shard.count() + "-" + stamp);
  }
}
