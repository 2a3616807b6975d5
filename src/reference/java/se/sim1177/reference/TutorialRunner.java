package se.sim1177.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs replications of a model of the tutorial call centre on a pool of threads and prints the
 * totals: the whole-process counterpart of {@code sim1177 run} for the reference models, timed
 * from outside by {@code docs/bench/tutorial-whole-process.sh}.
 */
final class TutorialRunner {
  /** One replication of {@code days} days, from the streams of {@code seed} and {@code replication}. */
  @FunctionalInterface
  interface Model {
    TutorialTotals simulate(long seed, int replication, int days);
  }

  private TutorialRunner() {}

  static TutorialTotals run(Model model, long seed, int replications, int days, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<TutorialTotals>> parts = new ArrayList<>();
      for (int r = 0; r < replications; r++) {
        int replication = r;
        parts.add(pool.submit(() -> model.simulate(seed, replication, days)));
      }
      TutorialTotals sum = TutorialTotals.NONE;
      for (Future<TutorialTotals> part : parts) {
        sum = sum.plus(part.get());
      }
      return sum;
    } finally {
      pool.shutdown();
    }
  }

  static void main(String name, Model model, String[] args) throws Exception {
    int days = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int replications = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 1660;
    long start = System.nanoTime();
    TutorialTotals totals = run(model, seed, replications, days, threads);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "%s: %d replications x %d days on %d threads, simulation %.2f s wall (%.1f ns per call)%n",
        name, replications, days, threads, seconds, seconds * 1e9 / totals.offered());
    System.out.println(totals.summary());
  }
}
