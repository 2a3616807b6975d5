package se.sim1177.report;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes a results folder's files on several threads at once, failing the way writing them one
 * after the other would: when files fail, the failure reported is that of the first of them in
 * the list, exactly as thrown; and nothing is left writing when the call returns, so the caller
 * can remove the staging folder at once.
 */
final class FileWriting {
  private FileWriting() {}

  /** Writes one file. */
  interface FileTask {
    void write() throws IOException;
  }

  /**
   * Runs every task and returns when all have finished.
   *
   * @param tasks in the order that decides which failure is reported
   * @param startFirst indices into {@code tasks} started before the rest (the slow ones, so the
   *     others fill in around them)
   * @param threads at most this many at once; 1 writes them in list order on the calling thread and
   *     stops at the first failure
   */
  static void writeAll(List<FileTask> tasks, List<Integer> startFirst, int threads) throws IOException {
    int workers = Math.min(threads, tasks.size());
    if (workers <= 1) {
      for (FileTask task : tasks) {
        task.write();
      }
      return;
    }
    List<Integer> order = new ArrayList<>(startFirst);
    for (int i = 0; i < tasks.size(); i++) {
      if (!order.contains(i)) {
        order.add(i);
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
      Thread t = new Thread(runnable, "sim1177-write-results");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> futures = new ArrayList<>(tasks.size());
      for (int i = 0; i < tasks.size(); i++) {
        futures.add(null);
      }
      for (int i : order) {
        FileTask task = tasks.get(i);
        futures.set(i, pool.submit(() -> {
          task.write();
          return null;
        }));
      }
      Throwable first = null;
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (ExecutionException e) {
          if (first == null) {
            first = e.getCause();
          }
        }
      }
      if (first instanceof IOException io) {
        throw io;
      } else if (first instanceof RuntimeException re) {
        throw re;
      } else if (first instanceof Error error) {
        throw error;
      } else if (first != null) {
        throw new IllegalStateException(first);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      pool.shutdownNow();
      awaitQuietly(pool);
      throw new InterruptedIOException("interrupted while writing the results");
    } finally {
      pool.shutdown();
    }
  }

  private static void awaitQuietly(ExecutorService pool) {
    try {
      pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException again) {
      Thread.currentThread().interrupt();
    }
  }
}
