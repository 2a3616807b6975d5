package se.sim1177.experiment;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import se.sim1177.model.CallCentreModel;

/**
 * Folds the files of a run's shards ({@link ExperimentRunner#runSlice}) into the result the whole
 * run on one machine gives, bit for bit: the replications are folded one at a time, in
 * replication order, through the same reducer, so only what a one-machine run keeps stays in
 * memory.
 */
public final class SliceMerger {
  private final CallCentreModel model;
  private final long seed;
  private final int replications;
  private final ExperimentRunner.InOrderReducer reducer;
  private int next;

  /** A merge of the {@code replications} replications of {@code model} run with {@code seed}. */
  public SliceMerger(CallCentreModel model, long seed, int replications) {
    if (replications < 2) {
      throw new IllegalArgumentException("replications must be at least 2, got " + replications);
    }
    this.model = model;
    this.seed = seed;
    this.replications = replications;
    this.reducer = new ExperimentRunner.InOrderReducer(model, replications, null);
  }

  /** The first replication the next slice must start at. */
  public int next() {
    return next;
  }

  /**
   * Folds in replications {@code from .. to-1} from a shard's file (gzip-compressed, as written).
   *
   * @throws UnreadableValuesException when the file is cut short, corrupt, of another format
   *     version, or holds other replications or arrays of other sizes than the scenario's
   * @throws IllegalArgumentException when the slice does not start where the last one ended
   */
  public void add(InputStream file, int from, int to) throws IOException {
    if (from != next || to < from || to > replications) {
      throw new IllegalArgumentException("slice " + from + ".." + to + " where replication " + next + " comes next");
    }
    try {
      DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(file, 1 << 16), 1 << 16));
      ReplicationValuesFormat.readHeader(in, from, to);
      for (int r = from; r < to; r++) {
        reducer.accept(r, ReplicationValuesFormat.read(in, r, model));
      }
      ReplicationValuesFormat.readEnd(in, to);
    } catch (EOFException e) {
      throw new UnreadableValuesException("ends early: it was cut short while being written or copied");
    } catch (ZipException e) {
      throw new UnreadableValuesException("is not an intact gzip file (" + e.getMessage() + "): it was changed or damaged");
    }
    next = to;
  }

  /**
   * The whole run's result, once every replication has been folded in.
   *
   * @param threads recorded as the run's threads (the merge's own, for writing the results)
   * @param wallSeconds recorded as the run's time: the shards' times added up
   */
  public ExperimentResult result(int threads, double wallSeconds) {
    if (next != replications) {
      throw new IllegalStateException("replications " + next + ".." + (replications - 1) + " have not been merged");
    }
    return reducer.result(seed, threads, wallSeconds);
  }
}
