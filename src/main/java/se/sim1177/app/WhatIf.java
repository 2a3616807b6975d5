package se.sim1177.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.ExperimentRunner;
import se.sim1177.model.CallCentreModel;
import se.sim1177.model.LineOverloadedException;
import se.sim1177.model.ReplicationMonitor;
import se.sim1177.report.file.YamlText;
import se.sim1177.scenario.EditableValue;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioException;
import se.sim1177.scenario.ScenarioText;

/**
 * The what-if behind {@code sim1177 serve}: a scenario run once as the baseline, then again with a
 * manager's edits, paired with the baseline on the same callers (common random numbers, as
 * {@code compare}), every figure's change given with its paired 95 % interval.
 *
 * <p>An edit is a {@code --set} value of one of the scenario's {@link EditableValue}s, read by the
 * same reader and checked by the same validator as the command line's: the edited run is bit for
 * bit what {@code run --set} gives for the same values, and a bad value gets the same located
 * message.
 */
public final class WhatIf {
  /** The longest value an edit may hold: far more than any number, duration or name on the page needs. */
  public static final int MAX_VALUE_LENGTH = 200;

  private final ScenarioSource source;
  private final List<EditableValue> fields;
  private final Map<String, EditableValue> fieldsByKey = new LinkedHashMap<>();
  private final Scenario baseline;
  private final ExperimentResult baselineResult;
  private final int threads;
  private final java.util.concurrent.atomic.AtomicLong simulations = new java.util.concurrent.atomic.AtomicLong();

  private WhatIf(ScenarioSource source, Scenario baseline, ExperimentResult baselineResult, int threads) {
    this.source = source;
    this.baseline = baseline;
    this.baselineResult = baselineResult;
    this.threads = threads;
    this.fields = EditableValue.of(baseline, source.text());
    for (EditableValue f : fields) {
      fieldsByKey.put(f.key(), f);
    }
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

  public Scenario baseline() {
    return baseline;
  }

  public ExperimentResult baselineResult() {
    return baselineResult;
  }

  public List<EditableValue> fields() {
    return fields;
  }

  /** How many edited runs have been started (the baseline's not counted). */
  public long simulations() {
    return simulations.get();
  }

  /** The problems with {@code edits} that no run can fix: a key the page does not offer, a value too long or with a line break. */
  public List<String> refusals(Map<String, String> edits) {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> e : edits.entrySet()) {
      if (!fieldsByKey.containsKey(e.getKey())) {
        problems.add(e.getKey() + ": not a value this page edits (it edits " + fields.size() + " values of the scenario)");
      } else if (e.getValue().length() > MAX_VALUE_LENGTH) {
        problems.add(e.getKey() + ": the value is longer than " + MAX_VALUE_LENGTH + " characters");
      } else if (e.getValue().chars().anyMatch(Character::isISOControl)) {
        problems.add(e.getKey() + ": the value holds a line break or another control character");
      }
    }
    return problems;
  }

  /**
   * The {@code --set} overrides that {@code edits} make: one per field whose value differs from the
   * file's, in the order of the fields, so that the same edits always make the same overrides.
   */
  public List<String> overrides(Map<String, String> edits) {
    List<String> overrides = new ArrayList<>();
    for (EditableValue f : fields) {
      String value = edits.get(f.key());
      if (value != null && !value.strip().equals(f.written())) {
        overrides.add(f.key() + "=" + value.strip());
      }
    }
    return overrides;
  }

  /** The scenario with {@code overrides}: refused with located problems, as {@code run --set} refuses them. */
  public Scenario edited(List<String> overrides) throws ScenarioException {
    return overrides.isEmpty() ? baseline : source.read(overrides);
  }

  /**
   * Runs the scenario with {@code overrides} and pairs it with the baseline. {@code monitor} stops
   * it when a newer edit makes it pointless ({@link ReplicationMonitor#stop}), which this reports
   * by throwing {@link Cancelled}.
   */
  public Evaluation evaluate(List<String> overrides, ReplicationMonitor monitor)
      throws ScenarioException, RunFailedException, Cancelled {
    Scenario scenario = edited(overrides);
    if (overrides.isEmpty()) {
      return new Evaluation(List.of(), baseline, baselineResult, null);
    }
    simulations.incrementAndGet();
    ExperimentResult result = simulate(scenario, threads, monitor);
    return new Evaluation(List.copyOf(overrides), scenario, result, CompareJob.callerDifference(baseline, scenario));
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
      if (isStopped(monitor)) {
        throw new Cancelled();
      }
      throw e;
    }
  }

  private static boolean isStopped(ReplicationMonitor monitor) {
    try {
      monitor.checkNotStopped();
      return false;
    } catch (ReplicationMonitor.StoppedException e) {
      return true;
    }
  }

  /**
   * The scenario file's text with {@code overrides} written in, headed by comments that list them,
   * which {@code run} reads into exactly the scenario evaluated; null when a value cannot be written
   * back on its line.
   */
  public String savedText(List<String> overrides, String version) throws ScenarioException {
    String text = source.text();
    for (String o : overrides) {
      int eq = o.indexOf('=');
      text = text == null ? null : ScenarioText.replace(text, o.substring(0, eq), o.substring(eq + 1));
    }
    if (text == null) {
      return null;
    }
    StringBuilder head = new StringBuilder();
    head.append(YamlText.comment("Edited on sim1177 " + version + "'s what-if page from " + source.name()
        + (overrides.isEmpty() ? ", unchanged." : "; the changes:")));
    for (String o : overrides) {
      int eq = o.indexOf('=');
      head.append(YamlText.comment("  " + o.substring(0, eq) + ": " + fieldsByKey.get(o.substring(0, eq)).written() + " -> "
          + o.substring(eq + 1)));
    }
    String saved = se.sim1177.report.file.ScenarioCopyWriter.headed(head.toString(), text);
    // What is saved must read into the scenario run, or it is not saved at all.
    Scenario reread = new ScenarioSource(source.name(), saved, source.defaultScenarioName()).read(List.of());
    return reread.equals(edited(overrides)) ? saved : null;
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
   */
  public record Evaluation(List<String> overrides, Scenario scenario, ExperimentResult result, String callersDiffer) {}
}
