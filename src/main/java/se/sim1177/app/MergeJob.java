package se.sim1177.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.SliceMerger;
import se.sim1177.experiment.UnreadableValuesException;
import se.sim1177.model.CallCentreModel;
import se.sim1177.report.file.ResultFolder;
import se.sim1177.report.file.ShardRecord;
import se.sim1177.report.format.RunInfo;
import se.sim1177.report.format.SweepVariant;
import se.sim1177.scenario.OptionOverride;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioException;

/**
 * {@code sim1177 merge}: folds the shards of a run ({@code run --shard I/N}) into the results folder
 * the run on one machine writes, byte for byte but for {@code run.json}'s time and machine, which
 * lists the shards instead. Shards of different runs, versions, or with a slice missing or given
 * twice are refused before anything is written.
 */
public final class MergeJob {
  private MergeJob() {}

  /** A shard as read, with the folder it was given as. */
  private record Given(Path folder, ShardRecord record) {}

  public static void run(MergeOptions options, PrintStream out, PrintStream err)
      throws UsageException, ScenarioException, IOException, RunFailedException {
    int threads = Threads.forRun(options.threads(), err);
    List<Given> shards = readAll(options.shards());
    refuseOutAmongShards(options, shards);
    checkAlike(shards);
    ShardRecord first = shards.get(0).record();
    List<ScenarioSource> sources = first.sources().stream()
        .map(s -> new ScenarioSource(s.name(), s.text(), s.defaultName())).toList();
    // --replications and --seed as the shards were given them: a sweep may vary either.
    var keyOptions = ScenarioKeyOptions.experiment(first.replicationsOption(), first.seedOption());
    List<String> overrides = first.overrides();
    Reading reading = read(first.command(), sources, first.varies(), overrides, keyOptions, err, shards.get(0));
    if (!ShardRecord.planSha256(reading.plan()).equals(first.planSha256())) {
      throw new UsageException(shards.get(0).folder() + ": its record's experiments (replications and seeds) are not those its"
          + " scenario and options make; run the shards again (nothing was written)");
    }
    List<Given> ordered = inOrder(shards, reading.plan().stream().map(ShardRecord.Part::replications).toList());
    options.results().check();
    // The command line recorded is shard 0's, whichever shard was given first.
    List<String> commandLine = mergedCommandLine(ordered.get(0).record().commandLine(), options);
    RunInfo info = new RunInfo(first.version(), commandLine, sources.get(0).name(), sources.get(0).text(), overrides,
        earliestStart(ordered), origins(ordered));
    int parts = reading.plan().size();
    switch (first.command()) {
      case "run" -> {
        ExperimentResult result = merge(ordered, 0, parts, sources.get(0).read(overrides, keyOptions), threads);
        Experiments.printOverrides(overrides, out);
        RunJob.report(result, info, options.results(), out, err);
      }
      case "sweep" -> {
        List<List<String>> assignments = reading.sweep().variants();
        // Variant by variant, read again and keeping only its row, as the sweep itself does: 10,000
        // variants' scenarios and results would not fit a merge job's heap.
        List<SweepVariant> rows = new ArrayList<>();
        for (int e = 0; e < assignments.size(); e++) {
          Scenario variant = sources.get(0).read(overrides, keyOptions, assignments.get(e));
          ExperimentResult result = merge(ordered, e, parts, variant, threads);
          Experiments.printLoadWarnings(result, err, String.join(" ", assignments.get(e)) + ": ");
          rows.add(SweepJob.row(reading.sweep(), assignments.get(e), result));
        }
        // The sweep's report describes the scenario as written (with --set), not its first variant.
        Scenario base = sources.get(0).read(overrides, keyOptions);
        SweepJob.report(reading.sweep(), assignments, rows, base, info, overrides, options.results(), out, err);
      }
      default -> {
        List<CompareJob.Run> runs = new ArrayList<>();
        for (int e = 0; e < sources.size(); e++) {
          Scenario scenario = reading.compared().scenarios().get(e);
          ExperimentResult result = merge(ordered, e, parts, scenario, threads);
          Experiments.printLoadWarnings(result, err, sources.get(e).name() + ": ");
          runs.add(new CompareJob.Run(sources.get(e).name(), scenario, result));
        }
        CompareJob.report(runs, reading.compared().differences(), sources, overrides, info.commandLine(), info.startedAt(),
            info.shards(), options.results(), out, err);
      }
    }
  }

  /**
   * What the merge makes of the shards' scenario and options, as the command made it: every
   * experiment's replications and seed ({@code plan}, as the shards record them), a sweep's plan,
   * or a comparison's scenarios given the base's seed and replications.
   */
  private record Reading(List<ShardRecord.Part> plan, SweepPlan sweep, CompareJob.Aligned compared) {}

  private static Reading read(String command, List<ScenarioSource> sources, List<String> varies, List<String> overrides,
      List<OptionOverride> keyOptions, PrintStream err, Given any) throws UsageException, ScenarioException {
    List<ShardRecord.Part> plan = new ArrayList<>();
    switch (command) {
      case "run" -> plan.add(planned(0, 0, List.of(), sources.get(0).read(overrides, keyOptions)));
      case "sweep" -> {
        SweepPlan sweep = SweepPlan.parse(varies);
        List<List<String>> assignments = sweep.variants();
        for (int e = 0; e < assignments.size(); e++) {
          plan.add(planned(e, 0, assignments.get(e), sources.get(0).read(overrides, keyOptions, assignments.get(e))));
        }
        return new Reading(plan, sweep, null);
      }
      case "compare" -> {
        List<Scenario> read = new ArrayList<>();
        for (ScenarioSource s : sources) {
          read.add(s.read(overrides, keyOptions));
        }
        CompareJob.Aligned aligned = CompareJob.align(sources, read, err);
        for (int e = 0; e < sources.size(); e++) {
          plan.add(planned(e, e, List.of(), aligned.scenarios().get(e)));
        }
        return new Reading(plan, null, aligned);
      }
      default -> throw new UsageException(any.folder() + ": is a shard of " + command
          + "; this sim1177 merges shards of run, sweep and compare (nothing was written)");
    }
    return new Reading(plan, null, null);
  }

  private static ShardRecord.Part planned(int e, int source, List<String> assignment, Scenario scenario) {
    var control = scenario.simulation();
    return new ShardRecord.Part(e, source, assignment, control.seed(), control.replications(), 0, control.replications(), "");
  }

  /** Experiment {@code e} (of {@code parts}): its replications folded in from every shard that ran some of them, in order. */
  private static ExperimentResult merge(List<Given> ordered, int e, int parts, Scenario scenario, int threads)
      throws UsageException, IOException {
    var control = scenario.simulation();
    SliceMerger merger = new SliceMerger(new CallCentreModel(scenario), control.seed(), control.replications());
    double wall = 0;
    for (Given g : ordered) {
      ShardRecord.Part part = partOf(g.record(), e);
      if (part != null) {
        Path file = g.folder().resolve(part.file());
        try (InputStream in = Files.newInputStream(file)) {
          merger.add(in, part.from(), part.to());
        } catch (UnreadableValuesException x) {
          throw new UsageException(file + ": the file " + x.getMessage() + "; run shard " + g.record().index() + "/"
              + g.record().count() + " again (nothing was written)");
        }
      }
      wall += g.record().wallSeconds();
    }
    // Each experiment is given an equal share of the shards' time: run.json adds them up again.
    return merger.result(threads, wall / parts);
  }

  /** The part numbered {@code e} among those a shard ran (numbered in a row), or null when it ran none of it. */
  private static ShardRecord.Part partOf(ShardRecord r, int e) {
    List<ShardRecord.Part> ran = r.parts();
    int i = ran.isEmpty() ? -1 : e - ran.get(0).number();
    return i >= 0 && i < ran.size() && ran.get(i).number() == e ? ran.get(i) : null;
  }

  /** Refuses an {@code --out} that is, holds or is inside a shard or a folder given: the merge would replace what it reads. */
  private static void refuseOutAmongShards(MergeOptions options, List<Given> shards) throws UsageException {
    if (options.out() == null) {
      return;
    }
    Path out = real(options.out());
    List<Path> read = new ArrayList<>(options.shards());
    shards.forEach(g -> read.add(g.folder()));
    for (Path p : read) {
      Path r = real(p);
      if (out.startsWith(r) || r.startsWith(out)) {
        throw new UsageException("--out " + options.out() + ": " + (out.equals(r) ? "is" : out.startsWith(r) ? "is inside" : "holds") + " "
            + p + ", which the merge reads; name a new folder for the results (nothing was written)");
      }
    }
  }

  private static Path real(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    try {
      return Files.exists(abs) ? abs.toRealPath() : abs;
    } catch (IOException e) {
      return abs;
    }
  }

  /** Every folder given, and the shard folders inside a folder given that is none itself (merge shards/). */
  private static List<Given> readAll(List<Path> folders) throws UsageException {
    List<Given> shards = new ArrayList<>();
    for (Path f : folders) {
      if (Files.isDirectory(f) && !Files.exists(f.resolve(ResultFolder.RUN_RECORD))) {
        List<Path> inside = shardFoldersIn(f);
        if (!inside.isEmpty()) {
          for (Path s : inside) {
            shards.add(read(s));
          }
          continue;
        }
      }
      shards.add(read(f));
    }
    return shards;
  }

  private static List<Path> shardFoldersIn(Path folder) throws UsageException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.filter(p -> !p.getFileName().toString().startsWith(".") && Files.isRegularFile(p.resolve(ResultFolder.RUN_RECORD)))
          .sorted().toList();
    } catch (IOException e) {
      throw new UsageException(folder + ": cannot be read (" + e.getMessage() + ")");
    }
  }

  private static Given read(Path folder) throws UsageException {
    try {
      return new Given(folder, ShardRecord.read(folder));
    } catch (ShardRecord.NotAShard e) {
      throw new UsageException(folder + ": " + e.getMessage() + " (nothing was written)");
    }
  }

  /** Refuses shards that are not of one run: another version, scenario, seed, replications, overrides or count of shards. */
  private static void checkAlike(List<Given> shards) throws UsageException {
    Given base = shards.get(0);
    for (Given g : shards.subList(1, shards.size())) {
      ShardRecord a = base.record();
      ShardRecord b = g.record();
      differ(g, base, "was written by sim1177", b.version(), a.version());
      differ(g, base, "is a shard of", b.command(), a.command());
      differ(g, base, "has a scenario with SHA-256", b.scenarioSha256().substring(0, 12) + "…", a.scenarioSha256().substring(0, 12) + "…");
      differ(g, base, "has seed", Long.toString(b.seed()), Long.toString(a.seed()));
      differ(g, base, "has replications", Integer.toString(b.replications()), Integer.toString(a.replications()));
      differ(g, base, "was given --replications", String.valueOf(b.replicationsOption()), String.valueOf(a.replicationsOption()));
      differ(g, base, "was given --seed", String.valueOf(b.seedOption()), String.valueOf(a.seedOption()));
      differ(g, base, "varies", String.join(" ", b.varies()), String.join(" ", a.varies()));
      differ(g, base, "has overrides", String.join(" ", b.overrides()), String.join(" ", a.overrides()));
      differ(g, base, "has experiments (replications and seeds) with SHA-256", b.planSha256().substring(0, 12) + "…",
          a.planSha256().substring(0, 12) + "…");
      differ(g, base, "is a shard of a run in", b.count() + " shards", a.count() + " shards");
    }
  }

  private static void differ(Given g, Given base, String what, String value, String baseValue) throws UsageException {
    if (!value.equals(baseValue)) {
      throw new UsageException(g.folder() + " " + what + " " + (value.isEmpty() ? "(none)" : value) + ", where " + base.folder()
          + " has " + (baseValue.isEmpty() ? "(none)" : baseValue) + ": shards of one run share the scenario, --set, seed,"
          + " --vary, replications, number of shards and sim1177 version; nothing was written");
    }
  }

  /** The shards by number, refusing one given twice or one missing, and a slice that is not its number's. */
  private static List<Given> inOrder(List<Given> shards, List<Integer> plan) throws UsageException {
    int count = shards.get(0).record().count();
    Given[] byIndex = new Given[count];
    for (Given g : shards) {
      ShardRecord r = g.record();
      if (r.index() < 0 || r.index() >= count) {
        throw new UsageException(g.folder() + ": is shard " + r.index() + "/" + count + ", which does not exist (nothing was written)");
      }
      if (byIndex[r.index()] != null) {
        throw new UsageException(byIndex[r.index()].folder() + " and " + g.folder() + " are both shard " + r.index() + "/" + count
            + "; give each shard once (nothing was written)");
      }
      Shard expected = new Shard(r.index(), count);
      ShardJob.Slices slices = ShardJob.Slices.of(plan, expected);
      int ran = 0;
      for (int e = 0; e < plan.size(); e++) {
        if (slices.to()[e] > slices.from()[e]) {
          ShardRecord.Part p = partOf(r, e);
          if (p == null || p.from() != slices.from()[e] || p.to() != slices.to()[e]) {
            throw new UsageException(g.folder() + ": its record's slice does not match shard " + expected
                + "; run the shard again (nothing was written)");
          }
          ran++;
        }
      }
      if (ran != r.parts().size()) {
        throw new UsageException(g.folder() + ": its record's slice does not match shard " + expected
            + "; run the shard again (nothing was written)");
      }
      byIndex[r.index()] = g;
    }
    List<String> missing = new ArrayList<>();
    List<String> missingShards = new ArrayList<>();
    int replications = plan.stream().mapToInt(Integer::intValue).sum();
    String ofAll = plan.size() == 1 ? "" : " of the " + replications + " in all";
    for (int i = 0; i < count; i++) {
      if (byIndex[i] == null) {
        Shard s = new Shard(i, count);
        missingShards.add("--shard " + s);
        missing.add(s + (s.from(replications) == s.to(replications) ? " (no replications)"
            : String.format(Locale.ROOT, " (replications %d to %d%s)", s.from(replications) + 1, s.to(replications), ofAll)));
      }
    }
    if (!missing.isEmpty()) {
      throw new UsageException((missing.size() == 1 ? "shard " : "shards ") + String.join(", ", missing)
          + (missing.size() == 1 ? " is" : " are") + " missing: " + shards.size() + " of " + count
          + " given; run " + (missing.size() == 1 ? "it" : "them") + " with the same command and "
          + (missingShards.size() <= 3 ? String.join(", ", missingShards) : missingShards.get(0) + " and the others")
          + ", then merge all (nothing was written)");
    }
    return List.of(byIndex);
  }

  /**
   * The command line that does the same work on one machine: the first shard's, without
   * {@code --shard}, with the merge's {@code --out} (and {@code --overwrite}) for the shard's.
   */
  static List<String> mergedCommandLine(List<String> shardLine, MergeOptions options) {
    List<String> line = new ArrayList<>();
    boolean outDone = false;
    for (int i = 0; i < shardLine.size(); i++) {
      String a = shardLine.get(i);
      if (a.equals("--shard") || a.equals("--out")) {
        i++;
      } else if (a.startsWith("--shard=") || a.startsWith("--out=") || a.equals("--overwrite")) {
        // dropped: the merge says where the results go
      } else {
        line.add(a);
        continue;
      }
      if (a.startsWith("--out") && options.out() != null && !outDone) {
        line.add("--out");
        line.add(options.out().toString());
        outDone = true;
      }
    }
    if (options.out() != null && !outDone) {
      line.add("--out");
      line.add(options.out().toString());
    }
    if (options.overwrite() && options.out() != null) {
      line.add(line.indexOf("--out") + 2, "--overwrite");
    }
    return line;
  }

  private static String earliestStart(List<Given> shards) {
    return shards.stream().map(g -> g.record().startedAt())
        .min(Comparator.comparing(MergeJob::instantOrLast)).orElseThrow();
  }

  private static OffsetDateTime instantOrLast(String time) {
    try {
      return OffsetDateTime.parse(time);
    } catch (RuntimeException e) {
      return OffsetDateTime.MAX;
    }
  }

  private static List<RunInfo.ShardOrigin> origins(List<Given> shards) {
    List<RunInfo.ShardOrigin> out = new ArrayList<>();
    for (Given g : shards) {
      ShardRecord r = g.record();
      out.add(new RunInfo.ShardOrigin(g.folder().toString(), r.index(), r.count(), r.commandLine(), r.startedAt(), r.threads(),
          r.wallSeconds(), r.java(), r.os()));
    }
    return out;
  }
}
