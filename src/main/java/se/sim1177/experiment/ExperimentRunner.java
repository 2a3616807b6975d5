package se.sim1177.experiment;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.zip.GZIPOutputStream;
import se.sim1177.engine.StreamFamily;
import se.sim1177.model.CallCentreModel;
import se.sim1177.model.LineOverloadedException;
import se.sim1177.model.ReplicationMonitor;

/**
 * Runs independent replications of a model, in parallel, and reduces them in replication order so
 * the result is bit-identical for any number of threads.
 */
public final class ExperimentRunner {
  private ExperimentRunner() {}

  /**
   * Runs replications {@code 0 .. replications-1} of {@code model} with streams from {@code seed}.
   *
   * @param threads worker threads; 1 runs everything on the calling thread
   * @param progress told the number of replications finished so far, after each one (may be null)
   */
  public static ExperimentResult run(CallCentreModel model, long seed, int replications, int threads, IntConsumer progress) {
    return run(model, seed, replications, threads, progress, ReplicationSimulator.ENGINE);
  }

  /**
   * As {@link #run(CallCentreModel, long, int, int, IntConsumer)}, watched by {@code monitor}: its
   * bound on callers in the line at once is fixed for the number of replications that run at once,
   * and a replication that passes it stops the experiment with {@link LineOverloadedException}.
   */
  public static ExperimentResult run(CallCentreModel model, long seed, int replications, int threads, IntConsumer progress,
      ReplicationMonitor monitor) {
    return run(model, seed, replications, threads, progress, ReplicationSimulator.ENGINE, monitor);
  }

  /** As {@link #run(CallCentreModel, long, int, int, IntConsumer)}, with another simulator of a replication. */
  public static ExperimentResult run(CallCentreModel model, long seed, int replications, int threads, IntConsumer progress,
      ReplicationSimulator simulator) {
    return run(model, seed, replications, threads, progress, simulator, ReplicationMonitor.unbounded());
  }

  /**
   * As {@link #run(CallCentreModel, long, int, int, IntConsumer)}, with the replications started
   * in {@code order} and shown to {@code rule} in that order, and stopped once the rule decides
   * ({@link StoppingGate}). The result holds the replications the rule saw, each exactly as a run
   * of all would have simulated it and reduced in replication order, so that when the rule never
   * decides it is bit for bit the plain run's; every figure and count of work in it is over those.
   *
   * @param order every replication index from 0 to {@code replications - 1} once: the cases most
   *     likely to decide first make the rule decide soonest
   */
  public static ExperimentResult runUntil(CallCentreModel model, long seed, int replications, int threads, int[] order,
      StoppingRule rule) {
    if (order.length != replications || !isPermutation(order)) {
      throw new IllegalArgumentException("order must hold every replication from 0 to " + (replications - 1) + " once");
    }
    return run(model, seed, replications, threads, null, ReplicationSimulator.ENGINE, ReplicationMonitor.unbounded(), order, rule);
  }

  private static boolean isPermutation(int[] order) {
    boolean[] seen = new boolean[order.length];
    for (int r : order) {
      if (r < 0 || r >= order.length || seen[r]) {
        return false;
      }
      seen[r] = true;
    }
    return true;
  }

  private static ExperimentResult run(CallCentreModel model, long seed, int replications, int threads, IntConsumer progress,
      ReplicationSimulator simulator, ReplicationMonitor monitor) {
    return run(model, seed, replications, threads, progress, simulator, monitor, null, null);
  }

  /** @param order the order replications start in, null for 0, 1, 2, ...; {@code rule} may stop them early (null: never) */
  private static ExperimentResult run(CallCentreModel model, long seed, int replications, int threads, IntConsumer progress,
      ReplicationSimulator simulator, ReplicationMonitor monitor, int[] order, StoppingRule rule) {
    if (replications < 2) {
      throw new IllegalArgumentException("replications must be at least 2, got " + replications);
    }
    checkThreads(threads);
    long startNanos = System.nanoTime();
    InOrderReducer reducer = new InOrderReducer(model, replications, progress);
    ReplicationSink sink = rule == null ? reducer : new StoppingGate(order, rule, reducer, monitor);
    int[] started = order == null ? range(0, replications) : order;
    int workers = simulate(model, seed, replications, started, threads, simulator, monitor, sink);
    double wall = (System.nanoTime() - startNanos) / 1e9;
    return reducer.result(seed, workers, wall);
  }

  /**
   * Runs replications {@code from .. to-1} of a run of {@code replications}, each exactly as the
   * whole run would, and writes their values to {@code out} in replication order
   * ({@link ReplicationValuesFormat}, gzip-compressed): what a shard of the run does. Folding the
   * shards' files in order with {@link SliceMerger} gives the whole run's result bit for bit.
   *
   * @param progress told the number of replications finished so far, after each one (may be null)
   * @return what the slice simulated, and in how long
   */
  public static SliceRecord runSlice(CallCentreModel model, long seed, int replications, int from, int to, int threads,
      IntConsumer progress, ReplicationMonitor monitor, OutputStream out) throws IOException {
    if (replications < 2 || from < 0 || to < from || to > replications) {
      throw new IllegalArgumentException("a slice " + from + ".." + to + " of " + replications + " replications");
    }
    checkThreads(threads);
    long startNanos = System.nanoTime();
    GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
    ReplicationValuesFormat.writeHeader(data, from, to);
    InOrderWriter writer = new InOrderWriter(data, from, to, progress);
    int workers = 1;
    try {
      workers = simulate(model, seed, replications, range(from, to), threads, ReplicationSimulator.ENGINE, monitor, writer);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    ReplicationValuesFormat.writeEnd(data);
    data.flush();
    gzip.finish();
    return new SliceRecord(from, to, writer.events, writer.callAttempts, writer.chats, workers,
        (System.nanoTime() - startNanos) / 1e9);
  }

  /**
   * What a shard simulated: replications {@code from .. to-1}, with the events, call attempts and
   * chats they took, on {@code threads} threads in {@code wallSeconds}.
   */
  public record SliceRecord(int from, int to, long events, long callAttempts, long chats, int threads, double wallSeconds) {}

  private static void checkThreads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
  }

  private static int[] range(int from, int to) {
    int[] r = new int[to - from];
    for (int i = 0; i < r.length; i++) {
      r[i] = from + i;
    }
    return r;
  }

  /**
   * Simulates the replications in {@code started}, in that order, of a run of {@code replications},
   * handing each to {@code sink}; returns the number of worker threads used.
   */
  private static int simulate(CallCentreModel model, long seed, int replications, int[] started, int threads,
      ReplicationSimulator simulator, ReplicationMonitor monitor, ReplicationSink sink) {
    StreamFamily streams = new StreamFamily(seed);
    int[] daysPerWeekday = new int[7];
    for (int d = 0; d < model.measuredDays(); d++) {
      daysPerWeekday[model.weekdayOfMeasuredDay(d)]++;
    }
    int workers = Math.max(1, Math.min(threads, started.length));
    // The bound must not depend on --threads (a run must not succeed on one thread and stop on two),
    // nor on the shard: it assumes as many replications at once as the machine has cores.
    monitor.resolveFor(Math.min(Runtime.getRuntime().availableProcessors(), replications));
    if (workers == 1) {
      for (int p = 0; p < started.length && !sink.stopped(); p++) {
        int r = started[p];
        sink.accept(r, ReplicationValues.of(model, simulator.run(model, streams, r, monitor), daysPerWeekday));
      }
      return workers;
    }
    ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
      Thread t = new Thread(runnable, "sim1177-replication");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int rep : started) {
        futures.add(pool.submit(() -> {
          try {
            monitor.checkNotStopped();
            sink.accept(rep, ReplicationValues.of(model, simulator.run(model, streams, rep, monitor), daysPerWeekday));
          } catch (LineOverloadedException | UncheckedIOException e) {
            monitor.stop();
            throw e;
          }
        }));
      }
      LineOverloadedException overloaded = null;
      UncheckedIOException writeFailed = null;
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof LineOverloadedException o) {
            // The lowest replication that overflowed, whichever thread saw it first.
            overloaded = overloaded == null || o.replication() < overloaded.replication() ? o : overloaded;
          } else if (cause instanceof UncheckedIOException io) {
            writeFailed = writeFailed == null ? io : writeFailed;
          } else if (cause instanceof Error error) {
            throw error;
          } else if (!(cause instanceof ReplicationMonitor.StoppedException)) {
            throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
          }
        }
      }
      // A stopping rule that has stopped the run holds every replication it saw: an overflow can
      // only be in one it left out, as on one thread, where that one would not have started.
      if (overloaded != null && !sink.stopped()) {
        throw overloaded;
      }
      if (writeFailed != null) {
        throw writeFailed;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
    return workers;
  }

  /**
   * Writes replications to a shard's file strictly in replication order, whatever order they
   * finish in; only those not yet written wait in memory (a few, with as many threads).
   */
  private static final class InOrderWriter implements ReplicationSink {
    private final DataOutputStream out;
    private final ReplicationValues[] pending;
    private final int from;
    private final IntConsumer progress;
    private int next;
    private int finished;
    private long events;
    private long callAttempts;
    private long chats;

    InOrderWriter(DataOutputStream out, int from, int to, IntConsumer progress) {
      this.out = out;
      this.from = from;
      this.pending = new ReplicationValues[to - from];
      this.progress = progress;
    }

    @Override
    public synchronized void accept(int replication, ReplicationValues values) {
      pending[replication - from] = values;
      try {
        while (next < pending.length && pending[next] != null) {
          ReplicationValues v = pending[next];
          ReplicationValuesFormat.write(out, from + next, v);
          events += v.events();
          callAttempts += v.callAttempts();
          chats += v.chats();
          pending[next++] = null;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      finished++;
      if (progress != null) {
        progress.accept(finished);
      }
    }

    @Override
    public boolean stopped() {
      return false;
    }
  }

  /**
   * Folds replications into the statistics strictly in replication order, whatever order they
   * finish in, leaving out those a stopping rule made skip.
   */
  static final class InOrderReducer implements StoppingGate.InOrderSink {
    private final CallCentreModel model;
    private final ReplicationValues[] pending;
    private final double[][] summaries;
    private final ReplicationValues.Parts[] summaryParts;
    /**
     * The risk view's inputs, kept small (a run may have 100,000 replications): per replication
     * the daily figures of {@link PeriodRisk#DAY_METRICS} as floats, and per cell of the week the
     * replications whose own answer rate there met the answer-rate target, of those with calls.
     */
    private final float[][] dayFigures;
    /** Per replication the numerator and denominator of every group and workplace figure, interleaved, as floats: what paired differences per workplace need. */
    private final float[][] groupParts;
    private final Double answerRateTarget;
    private final int[] cellMeeting;
    private final int[] cellJudged;
    private final RatioStats summaryStats = new RatioStats(Metrics.SUMMARY.size());
    private final RatioStats cellStats;
    private final RatioStats dayStats;
    private final RatioStats groupStats;
    private final IntConsumer progress;
    /** The next replication index to fold in. */
    private int next;
    /** Replications folded in so far: their place in the arrays kept per replication. */
    private int folded;
    /** Replications that will never come (null until a stopping rule skips one). */
    private boolean[] skipped;
    private int finished;
    private long events;
    private long callAttempts;
    private long chats;
    private double queueEarlySum;
    private double queueLateSum;
    private double drainSecondsSum;
    private double drainSecondsMax;
    private int drainCutOffs;
    private se.sim1177.model.DayIntervals firstReplicationDays;
    /** Sums over the replications of {@link ReplicationValues#choiceSwing}'s three figures (NaN ones left out), and their counts. */
    private double[] choiceSums;
    private int[] choiceCounts;

    InOrderReducer(CallCentreModel model, int replications, IntConsumer progress) {
      this.model = model;
      this.pending = new ReplicationValues[replications];
      this.summaries = new double[replications][];
      this.summaryParts = new ReplicationValues.Parts[replications];
      this.dayFigures = new float[replications][];
      this.groupParts = new float[replications][];
      this.answerRateTarget = model.scenario().targets().answerRate();
      int cells = 7 * model.intervalsPerDay();
      this.cellMeeting = answerRateTarget == null ? null : new int[cells];
      this.cellJudged = answerRateTarget == null ? null : new int[cells];
      this.progress = progress;
      cellStats = new RatioStats(7 * model.intervalsPerDay() * Metrics.INTERVAL.size());
      dayStats = new RatioStats(model.measuredDays() * Metrics.DAILY.size());
      groupStats = new RatioStats(GroupFigures.units(model) * GroupFigures.FIGURES.size());
    }

    @Override
    public synchronized void accept(int r, ReplicationValues values) {
      pending[r] = values;
      foldWhatIsReady();
      finished++;
      if (progress != null) {
        progress.accept(finished);
      }
    }

    @Override
    public synchronized void skip(int r) {
      if (skipped == null) {
        skipped = new boolean[pending.length];
      }
      skipped[r] = true;
      foldWhatIsReady();
    }

    @Override
    public boolean stopped() {
      return false;
    }

    private void foldWhatIsReady() {
      while (next < pending.length && (pending[next] != null || (skipped != null && skipped[next]))) {
        if (pending[next] != null) {
          fold(pending[next]);
          pending[next] = null;
        }
        next++;
      }
    }

    private void fold(ReplicationValues v) {
      summaries[folded] = v.summary();
      summaryParts[folded] = v.summaryParts();
      dayFigures[folded] = dayFigures(v.days());
      groupParts[folded] = interleaved(v.groups());
      if (answerRateTarget != null) {
        countCells(v.cells());
      }
      summaryStats.add(v.summaryParts().numerators(), v.summaryParts().denominators());
      cellStats.add(v.cells().numerators(), v.cells().denominators());
      dayStats.add(v.days().numerators(), v.days().denominators());
      groupStats.add(v.groups().numerators(), v.groups().denominators());
      events += v.events();
      callAttempts += v.callAttempts();
      chats += v.chats();
      queueEarlySum += v.queueEarly();
      queueLateSum += v.queueLate();
      drainSecondsSum += v.drainSeconds();
      drainSecondsMax = Math.max(drainSecondsMax, v.drainSeconds());
      drainCutOffs += v.drainCutOff() ? 1 : 0;
      if (folded == 0) {
        firstReplicationDays = v.dayIntervals();
      }
      if (v.choiceSwing() != null) {
        if (choiceSums == null) {
          choiceSums = new double[v.choiceSwing().length];
          choiceCounts = new int[v.choiceSwing().length];
        }
        for (int i = 0; i < choiceSums.length; i++) {
          if (!Double.isNaN(v.choiceSwing()[i])) {
            choiceSums[i] += v.choiceSwing()[i];
            choiceCounts[i]++;
          }
        }
      }
      folded++;
    }

    synchronized ExperimentResult result(long seed, int threads, double wallSeconds) {
      int n = folded;
      QueueTrend trend = new QueueTrend(queueEarlySum / n, queueLateSum / n, QueueTrend.span(model.measuredDays()));
      return new ExperimentResult(model, seed, threads, wallSeconds, events, callAttempts, chats, Arrays.copyOf(summaries, n),
          Arrays.copyOf(summaryParts, n), summaryStats, cellStats, dayStats, trend,
          new DrainSummary(drainSecondsSum / n, drainSecondsMax, drainCutOffs), Arrays.copyOf(dayFigures, n), cellMeeting,
          cellJudged, GroupFigures.summarize(model, groupStats), Arrays.copyOf(groupParts, n))
          .withFirstReplicationDays(firstReplicationDays).withChoiceStability(choiceStability());
    }

    private ChoiceStability choiceStability() {
      if (choiceSums == null) {
        return null;
      }
      double[] mean = new double[choiceSums.length];
      for (int i = 0; i < mean.length; i++) {
        mean[i] = choiceCounts[i] == 0 ? Double.NaN : choiceSums[i] / choiceCounts[i];
      }
      return ChoiceStability.of(mean);
    }

    private static float[] interleaved(ReplicationValues.Parts parts) {
      double[] x = parts.numerators();
      double[] y = parts.denominators();
      float[] out = new float[2 * x.length];
      for (int i = 0; i < x.length; i++) {
        out[2 * i] = (float) x[i];
        out[2 * i + 1] = (float) y[i];
      }
      return out;
    }

    /** Each day's figures of {@link PeriodRisk#DAY_METRICS}, day after day; NaN where undefined. */
    private static float[] dayFigures(ReplicationValues.Parts days) {
      int per = Metrics.DAILY.size();
      int kept = PeriodRisk.DAY_METRICS.size();
      int n = days.numerators().length / per;
      float[] out = new float[n * kept];
      for (int d = 0; d < n; d++) {
        for (int k = 0; k < kept; k++) {
          int j = d * per + Metrics.DAILY.indexOf(PeriodRisk.DAY_METRICS.get(k));
          double den = days.denominators()[j];
          out[d * kept + k] = den == 0 ? Float.NaN : (float) (days.numerators()[j] / den);
        }
      }
      return out;
    }

    private void countCells(ReplicationValues.Parts cells) {
      int per = Metrics.INTERVAL.size();
      int rate = Metrics.INTERVAL.indexOf(Metrics.ANSWER_RATE);
      for (int c = 0; c < cellMeeting.length; c++) {
        double den = cells.denominators()[c * per + rate];
        if (den > 0) {
          cellJudged[c]++;
          cellMeeting[c] += cells.numerators()[c * per + rate] / den >= answerRateTarget ? 1 : 0;
        }
      }
    }
  }
}
