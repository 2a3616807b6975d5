package se.sim1177.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.ExperimentRunner;
import se.sim1177.model.CallCentreModel;
import se.sim1177.model.LineOverloadedException;
import se.sim1177.model.ReplicationMonitor;
import se.sim1177.report.file.ScenarioCopyWriter;
import se.sim1177.report.file.YamlText;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioException;
import se.sim1177.staffing.SearchProgress;

/**
 * The what-if behind {@code sim1177 serve}: a scenario run once as the baseline, then again with a
 * manager's edits, paired with the baseline on the same callers (common random numbers, as
 * {@code compare}), every figure's change given with its paired 95 % interval.
 *
 * <p>An edit is a {@code --set} value of one of a {@link Draft}'s values, read by the same reader
 * and checked by the same validator as the command line's: on the file's own draft, the edited run
 * is bit for bit what {@code run --set} gives for the same values, and a bad value gets the same
 * located message. A draft may also carry a roster changed on the page (a shift added or removed,
 * a roster the staffing search suggested); it is still paired with the file's baseline.
 */
public final class WhatIf {
  /** The most time the roster program of a suggestion may take: a page waits, a batch job need not. */
  public static final double SUGGESTION_SOLVER_SECONDS = 60;

  private final ScenarioSource source;
  private final Draft asWritten;
  private final ExperimentResult baselineResult;
  private final int threads;
  private final AtomicLong simulations = new AtomicLong();

  private WhatIf(ScenarioSource source, Scenario baseline, ExperimentResult baselineResult, int threads) {
    this.source = source;
    this.asWritten = Draft.of(source, baseline, false);
    this.baselineResult = baselineResult;
    this.threads = threads;
  }

  /** Reads {@code scenario} (null: the bundled default) and runs its baseline on {@code threads} threads. */
  public static WhatIf start(Path scenario, int threads) throws ScenarioException, RunFailedException {
    ScenarioSource source = ScenarioSource.fileOrDefault(scenario);
    Scenario baseline = source.read(List.of());
    try {
      return new WhatIf(source, baseline, simulate(baseline, threads, new ReplicationMonitor(0)), threads);
    } catch (Cancelled e) {
      throw new IllegalStateException("the baseline's run has no one to cancel it", e);
    }
  }

  public ScenarioSource source() {
    return source;
  }

  /** The scenario as the file writes it: what every edit is paired against. */
  public Draft asWritten() {
    return asWritten;
  }

  public Scenario baseline() {
    return asWritten.scenario();
  }

  public ExperimentResult baselineResult() {
    return baselineResult;
  }

  /** How many edited runs have been started (the baseline's not counted). */
  public long simulations() {
    return simulations.get();
  }

  /**
   * Runs {@code draft} with {@code overrides} and pairs it with the baseline. {@code monitor} stops
   * it when a newer edit makes it pointless ({@link ReplicationMonitor#stop}), which this reports
   * by throwing {@link Cancelled}.
   */
  public Evaluation evaluate(Draft draft, List<String> overrides, ReplicationMonitor monitor)
      throws ScenarioException, RunFailedException, Cancelled {
    Scenario scenario = draft.edited(overrides);
    if (overrides.isEmpty() && draft == asWritten) {
      return new Evaluation(List.of(), scenario, baselineResult, null, 0);
    }
    simulations.incrementAndGet();
    long start = System.nanoTime();
    ExperimentResult result = simulate(scenario, threads, monitor);
    return new Evaluation(List.copyOf(overrides), scenario, result, CompareJob.callerDifference(baseline(), scenario),
        (System.nanoTime() - start) / 1e9);
  }

  private static ExperimentResult simulate(Scenario scenario, int threads, ReplicationMonitor monitor)
      throws RunFailedException, Cancelled {
    var run = scenario.simulation();
    try {
      monitor.checkNotStopped();
      ExperimentResult result = ExperimentRunner.run(new CallCentreModel(scenario), run.seed(), run.replications(), threads, null, monitor);
      monitor.checkNotStopped();
      return result;
    } catch (LineOverloadedException e) {
      throw new RunFailedException(Experiments.overloadMessage(e, monitor));
    } catch (ReplicationMonitor.StoppedException e) {
      throw new Cancelled();
    } catch (RuntimeException e) {
      // Stopped on several threads, the replications left out make the result's reduction fail: the run was cancelled.
      if (monitor.isStopped()) {
        throw new Cancelled();
      }
      throw e;
    }
  }

  /**
   * {@code draft} with {@code overrides}, its roster replaced by the one the staffing search chooses
   * for it, as {@code sim1177 staff} would ({@link StaffJob#search}): with the scenario's
   * {@code staffing:} section, or without one with today's shifts as the templates
   * ({@link Draft#withTodaysShiftsAsTemplates}); the scenario needs a phone target. {@code progress} is told each step and may stop
   * the search by throwing {@link ReplicationMonitor.StoppedException}, reported as {@link Cancelled}.
   */
  public Suggestion suggest(Draft draft, List<String> overrides, SearchProgress progress)
      throws ScenarioException, RunFailedException, UsageException, Cancelled {
    // Without a staffing: section, the search may use today's shifts, each with as many nurses as it needs.
    Draft searched = draft.scenario().staffing() == null ? draft.withTodaysShiftsAsTemplates() : draft;
    Scenario scenario = searched.edited(overrides);
    var t = scenario.targets();
    if (t.answerRate() == null && t.meanWaitSeconds() == null && t.serviceLevel() == null) {
      throw new UsageException("the scenario has no phone target (answer rate, mean wait or service level) to staff for");
    }
    try {
      StaffJob.refuseUnstaffable(scenario, searched.source(), overrides);
      StaffJob.Search search = StaffJob.search(scenario, searched.source(), overrides, threads, SUGGESTION_SOLVER_SECONDS, "60s",
          progress, problem -> { }, null);
      return new Suggestion(draft.withRoster(search.outcome().roster().groups()), search, searched != draft);
    } catch (ReplicationMonitor.StoppedException e) {
      throw new Cancelled();
    }
  }

  /**
   * A roster the staffing search suggested, as a draft to run and edit, the search that chose it,
   * and whether it offered today's shifts (the scenario has no {@code staffing:} section).
   */
  public record Suggestion(Draft draft, StaffJob.Search search, boolean todaysShifts) {}

  /**
   * {@code draft}'s text with {@code overrides} written in, headed by comments that list the
   * changes, which {@code run} reads into exactly the scenario evaluated; null when a value cannot
   * be written back on its line.
   */
  public String savedText(Draft draft, List<String> overrides, String version) throws ScenarioException {
    String text = draft.textWith(overrides);
    if (text == null) {
      return null;
    }
    StringBuilder head = new StringBuilder();
    head.append(YamlText.comment("Edited on sim1177 " + version + "'s what-if page from " + source.name()
        + (overrides.isEmpty() && !draft.rosterChanged() ? ", unchanged." : "; the changes:")));
    if (draft.rosterChanged()) {
      head.append(YamlText.comment("  staff: the roster as changed on the page (shifts added, removed or suggested)"));
    }
    for (String o : overrides) {
      int eq = o.indexOf('=');
      head.append(YamlText.comment("  " + o.substring(0, eq) + ": " + draft.written(o.substring(0, eq)) + " -> " + o.substring(eq + 1)));
    }
    String saved = ScenarioCopyWriter.headed(head.toString(), text);
    // What is saved must read into the scenario run, or it is not saved at all.
    Scenario reread = new ScenarioSource(source.name(), saved, source.defaultScenarioName()).read(List.of());
    return reread.equals(draft.edited(overrides)) ? saved : null;
  }

  /** A run that a newer edit made pointless. */
  public static final class Cancelled extends Exception {
    private static final long serialVersionUID = 1L;

    Cancelled() {
      super("cancelled by a newer edit", null, false, false);
    }
  }

  /**
   * An edited run and how it differs from the baseline.
   *
   * @param callersDiffer what keeps the edited scenario from seeing the baseline's callers, null when nothing does
   * @param seconds how long its run took (0 for the baseline, run before)
   */
  public record Evaluation(List<String> overrides, Scenario scenario, ExperimentResult result, String callersDiffer, double seconds) {
    public Evaluation {
      overrides = List.copyOf(new ArrayList<>(overrides));
    }
  }
}
