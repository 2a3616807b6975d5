package se.sim1177.app;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of {@code count} equal parts of a piece of work, numbered from 0 as schedulers number their
 * tasks (Slurm's {@code SLURM_ARRAY_TASK_ID}, Kubernetes' {@code JOB_COMPLETION_INDEX}):
 * {@code --shard index/count}.
 */
public record Shard(int index, int count) {
  /** More shards than this is a typing error, not a cluster. */
  public static final int MOST = 100_000;
  private static final Pattern FORM = Pattern.compile("([0-9]{1,9})/([0-9]{1,9})");

  public Shard {
    if (count < 1 || count > MOST || index < 0 || index >= count) {
      throw new IllegalArgumentException("shard " + index + "/" + count);
    }
  }

  /** Reads {@code --shard} as written: {@code I/N}, with {@code 0 <= I < N <= 100000}. */
  public static Shard parse(String text) throws UsageException {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      throw new UsageException("--shard " + text + ": must be I/N, the shard's number I from 0 to N-1 and the number of"
          + " shards N, like --shard 3/8 (Slurm: --shard $SLURM_ARRAY_TASK_ID/N)");
    }
    int index = Integer.parseInt(m.group(1));
    int count = Integer.parseInt(m.group(2));
    if (count < 1 || count > MOST) {
      throw new UsageException("--shard " + text + ": the number of shards must be from 1 to " + MOST);
    }
    if (index >= count) {
      throw new UsageException("--shard " + text + ": shards are numbered from 0 to " + (count - 1) + " (N-1), so " + index
          + " is not one of them");
    }
    return new Shard(index, count);
  }

  /** The first unit of work of this shard, of {@code units} split into {@code count} parts of sizes that differ by at most one. */
  public int from(int units) {
    return (int) ((long) index * units / count);
  }

  /** One past the last unit of this shard's part of {@code units}. */
  public int to(int units) {
    return (int) ((long) (index + 1) * units / count);
  }

  /** The share of a command's work that {@code shard} runs, about: 1 for all of it (null). */
  static double shareOf(Shard shard) {
    return shard == null ? 1 : 1.0 / shard.count;
  }

  /** What a work estimate adds for {@code shard}: "" for all of the work. */
  static String ofWork(Shard shard) {
    return shard == null ? "" : "; shard " + shard + " runs about 1/" + shard.count + " of it";
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
