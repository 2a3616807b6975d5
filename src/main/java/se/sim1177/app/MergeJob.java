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
    List<Given> ordered = inOrder(shards);
    ShardRecord first = ordered.get(0).record();
    List<ScenarioSource> sources = first.sources().stream()
        .map(s -> new ScenarioSource(s.name(), s.text(), s.defaultName())).toList();
    // --replications and --seed as the shards were given them: a sweep may vary either.
    var keyOptions = ScenarioKeyOptions.experiment(first.replicationsOption(), first.seedOption());
    List<String> overrides = first.overrides();
    options.results().check();
    RunInfo info = new RunInfo(first.version(), mergedCommandLine(first.commandLine(), options), sources.get(0).name(),
        sources.get(0).text(), overrides, earliestStart(ordered), origins(ordered));
    switch (first.command()) {
      case "run" -> {
        Scenario scenario = sources.get(0).read(overrides, keyOptions);
        checkPlan(ordered.get(0), 1, 0, scenario);
        ExperimentResult result = merge(ordered, 0, scenario, threads);
        Experiments.printOverrides(overrides, out);
        RunJob.report(result, info, options.results(), out, err);
      }
      case "sweep" -> {
        SweepPlan plan = SweepPlan.parse(first.varies());
        List<List<String>> assignments = plan.variants();
        // Variant by variant, keeping only its row, as the sweep itself does: 10,000 variants' full
        // results would not fit a merge job's heap.
        List<SweepVariant> rows = new ArrayList<>();
        for (int e = 0; e < assignments.size(); e++) {
          Scenario variant = sources.get(0).read(overrides, keyOptions, assignments.get(e));
          checkPlan(ordered.get(0), assignments.size(), e, variant);
          ExperimentResult result = merge(ordered, e, variant, threads);
          Experiments.printLoadWarnings(result, err, String.join(" ", assignments.get(e)) + ": ");
          rows.add(SweepJob.row(plan, assignments.get(e), result));
        }
        // The sweep's report describes the scenario as written (with --set), not its first variant.
        Scenario base = sources.get(0).read(overrides, keyOptions);
        SweepJob.report(plan, assignments, rows, base, info, overrides, options.results(), out, err);
      }
      case "compare" -> {
        List<Scenario> read = new ArrayList<>();
        for (ScenarioSource s : sources) {
          read.add(s.read(overrides, keyOptions));
        }
        CompareJob.Aligned aligned = CompareJob.align(sources, read, err);
        List<CompareJob.Run> runs = new ArrayList<>();
        for (int e = 0; e < sources.size(); e++) {
          Scenario scenario = aligned.scenarios().get(e);
          checkPlan(ordered.get(0), sources.size(), e, scenario);
          ExperimentResult result = merge(ordered, e, scenario, threads);
          Experiments.printLoadWarnings(result, err, sources.get(e).name() + ": ");
          runs.add(new CompareJob.Run(sources.get(e).name(), scenario, result));
        }
        CompareJob.report(runs, aligned.differences(), sources, overrides, info.commandLine(), info.startedAt(), info.shards(),
            options.results(), out, err);
      }
      default -> throw new UsageException(ordered.get(0).folder() + ": is a shard of " + first.command()
          + "; this sim1177 merges shards of run, sweep and compare (nothing was written)");
    }
  }

  /** Experiment {@code e}'s replications folded in from every shard that ran some of them, in order. */
  private static ExperimentResult merge(List<Given> ordered, int e, Scenario scenario, int threads) throws UsageException, IOException {
    var control = scenario.simulation();
    SliceMerger merger = new SliceMerger(new CallCentreModel(scenario), control.seed(), control.replications());
    double wall = 0;
    for (Given g : ordered) {
      ShardRecord.Part part = g.record().parts().get(e);
      if (part.ran()) {
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
    return merger.result(threads, wall / ordered.get(0).record().parts().size());
  }

  /**
   * Refuses a shard whose experiments are not those its scenario and options make (a record edited
   * by hand): {@code count} of them, experiment {@code e} with {@code scenario}'s seed and replications.
   */
  private static void checkPlan(Given g, int count, int e, Scenario scenario) throws UsageException {
    List<ShardRecord.Part> parts = g.record().parts();
    var control = scenario.simulation();
    if (parts.size() != count || parts.get(e).replications() != control.replications() || parts.get(e).seed() != control.seed()) {
      throw new UsageException(g.folder() + ": its record lists experiments that its scenario and options do not make;"
          + " run the shards again (nothing was written)");
    }
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
  private static List<Given> inOrder(List<Given> shards) throws UsageException {
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
      ShardJob.Slices slices = ShardJob.Slices.of(r.parts().stream().map(ShardRecord.Part::replications).toList(), expected);
      for (int e = 0; e < r.parts().size(); e++) {
        ShardRecord.Part p = r.parts().get(e);
        if (p.from() != slices.from()[e] || p.to() != slices.to()[e]) {
          throw new UsageException(g.folder() + ": its record's slice does not match shard " + expected
              + "; run the shard again (nothing was written)");
        }
      }
      byIndex[r.index()] = g;
    }
    List<String> missing = new ArrayList<>();
    List<String> missingShards = new ArrayList<>();
    List<ShardRecord.Part> parts = shards.get(0).record().parts();
    int replications = parts.stream().mapToInt(ShardRecord.Part::replications).sum();
    String ofAll = parts.size() == 1 ? "" : " of the " + replications + " in all";
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
