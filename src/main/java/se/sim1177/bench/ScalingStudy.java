package se.sim1177.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.sim1177.experiment.ExperimentResult;
import se.sim1177.experiment.ExperimentRunner;
import se.sim1177.experiment.ReplicationSimulator;
import se.sim1177.model.CallCentreModel;
import se.sim1177.scenario.RunControl;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.Shift;
import se.sim1177.scenario.StaffGroup;

/**
 * How the engine's cost grows: with calls per day (the roster scaled in proportion, so the load
 * per nurse stays the same and the nurse count grows with it), with the simulated horizon, and with
 * the number of replications of a whole experiment.
 */
public final class ScalingStudy {
  /** Calls per day of the first study; the roster of the 15,000-call workload is scaled to each. */
  public static final double[] CALLS_PER_DAY = {500, 2_000, 5_000, 15_000, 50_000};
  /** Measured days of the second study, each after one warm-up day. */
  public static final int[] HORIZON_DAYS = {1, 7, 28, 91, 365};
  /** Replications of the third study (whole experiments, statistics included). */
  public static final int[] REPLICATIONS = {10, 100, 1_000};

  private ScalingStudy() {}

  /**
   * One measurement.
   *
   * @param study {@code calls_per_day}, {@code horizon} or {@code replications}
   * @param peakNurses nurses rostered at the busiest moment
   * @param bytesPerReplication bytes one replication allocates (tallies and arrays), -1 if unknown
   */
  public record Row(String study, double callsPerDay, int peakNurses, int days, int replications, int threads,
      Throughput throughput, long bytesPerReplication) {}

  /**
   * Runs the three studies on {@code workload} (the large-region scenario): {@code seconds} of
   * timed replications per point on one thread, and the replication study on {@code threads}.
   */
  public static List<Row> run(Scenario workload, Scenario experiment, double warmupSeconds, double seconds, int threads,
      PrintStream progress) {
    List<Row> rows = new ArrayList<>();
    for (double calls : CALLS_PER_DAY) {
      Scenario s = scaled(workload, calls, 28);
      rows.add(measure("calls_per_day", s, warmupSeconds, seconds, progress));
    }
    for (int days : HORIZON_DAYS) {
      Scenario s = scaled(workload, workload.arrivals().callsPerDay(), days);
      rows.add(measure("horizon", s, warmupSeconds, seconds, progress));
    }
    for (int n : REPLICATIONS) {
      RunControl r = experiment.simulation();
      CallCentreModel model = new CallCentreModel(experiment.withSimulation(
          new RunControl(r.days(), r.warmupDays(), r.startWeekday(), n, r.seed())));
      ExperimentRunner.run(model, r.seed(), Math.min(n, 50), threads, null); // warm-up
      ExperimentResult result = ExperimentRunner.run(model, r.seed(), n, threads, null);
      Throughput t = new Throughput("experiment", threads, result.contacts(), result.events(), n, result.wallSeconds());
      progress.printf(Locale.ROOT, "replications %5d: %.2f s wall, %.1f replications/s%n", n, result.wallSeconds(), t.replicationsPerSecond());
      rows.add(new Row("replications", experiment.arrivals().callsPerDay(), peakNurses(experiment), r.days(), n, threads, t, -1));
    }
    return rows;
  }

  private static Row measure(String study, Scenario s, double warmupSeconds, double seconds, PrintStream progress) {
    CallCentreModel model = new CallCentreModel(s);
    Benchmark bench = new Benchmark(model, s.simulation().seed(), warmupSeconds, seconds, 1);
    bench.warmUp(ReplicationSimulator.ENGINE, 1);
    Throughput t = bench.round("engine", ReplicationSimulator.ENGINE, 1);
    se.sim1177.engine.StreamFamily streams = new se.sim1177.engine.StreamFamily(s.simulation().seed());
    long bytes = Benchmark.bytesAllocatedBy(() -> ReplicationSimulator.ENGINE.run(model, streams, 0));
    int days = s.simulation().days();
    progress.printf(Locale.ROOT, "%-13s %8.0f calls/day %4d %-5s %6.1f ns/call %6.1f ns/event%n", study,
        s.arrivals().callsPerDay(), days, days == 1 ? "day:" : "days:", t.nanosPerCall(), t.nanosPerEvent());
    return new Row(study, s.arrivals().callsPerDay(), peakNurses(s), s.simulation().days(), 1, 1, t, bytes);
  }

  /** {@code workload} with {@code callsPerDay} and every shift's nurses scaled in proportion, over {@code days} measured days. */
  static Scenario scaled(Scenario workload, double callsPerDay, int days) {
    double factor = callsPerDay / workload.arrivals().callsPerDay();
    List<StaffGroup> staff = new ArrayList<>();
    for (StaffGroup g : workload.staff()) {
      List<Shift> shifts = new ArrayList<>();
      for (Shift sh : g.shifts()) {
        shifts.add(new Shift(sh.days(), sh.startMinute(), sh.endMinute(), Math.max(1, (int) Math.round(sh.nurses() * factor))));
      }
      staff.add(new StaffGroup(g.name(), g.workplace(), g.handleTimeFactor(), g.absence(), shifts, g.channels(), g.priority()));
    }
    var a = workload.arrivals();
    RunControl r = workload.simulation();
    return new Scenario(workload.name() + " scaled", new RunControl(days, 1, r.startWeekday(), r.replications(), r.seed()),
        new se.sim1177.scenario.Arrivals(callsPerDay, a.weekdayFactors(), a.intraday(), a.intradayByWeekday(), a.dayBusynessShape()),
        workload.callers(), workload.queue(), workload.handling(), staff, workload.targets(), workload.chat());
  }

  /** Nurses rostered at the busiest minute of the week (absence not deducted). */
  static int peakNurses(Scenario s) {
    int peak = 0;
    for (int minute = 0; minute < 7 * 1440; minute += 15) {
      int on = 0;
      for (StaffGroup g : s.staff()) {
        for (Shift sh : g.shifts()) {
          for (int back = 0; back <= 1; back++) {
            int day = Math.floorMod(minute / 1440 - back, 7);
            if (!sh.days().contains(se.sim1177.scenario.Weekday.values()[day])) {
              continue;
            }
            int start = (minute / 1440 - back) * 1440 + sh.startMinute();
            if (minute >= start && minute < start + sh.lengthMinutes()) {
              on += sh.nurses();
            }
          }
        }
      }
      peak = Math.max(peak, on);
    }
    return peak;
  }
}
