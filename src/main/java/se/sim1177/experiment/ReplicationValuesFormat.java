package se.sim1177.experiment;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import se.sim1177.model.CallCentreModel;
import se.sim1177.model.DayIntervals;

/**
 * The file a shard keeps its replications in ({@code replication-values.gz}): every replication's
 * {@link ReplicationValues}, exactly, so that {@link SliceMerger} folds them into the figures a
 * one-machine run computes, bit for bit. Version 1, documented in docs/scale.md; a reader refuses
 * any other version rather than guess.
 *
 * <pre>
 * gzip of a big-endian stream (Java's DataOutput):
 *   8 bytes "SIM1177R", int version (1), int first replication, int end replication (exclusive)
 *   per replication, in order from first to end - 1:
 *     int replication
 *     long events, long call attempts, long chats
 *     double mean queue early, double mean queue late, double drain seconds, boolean drain cut off
 *     doubles  summary                  (int n, then n doubles)
 *     parts    summary, cells, days, groups   (int n, then n numerators, then n denominators)
 *     doubles  choice swing             (int -1 when residents do not react to the phone)
 *     day intervals of replication 0    (int -1 in the others; else int days, int intervals a day, doubles)
 *   int -1, the end: a file cut short lacks it
 * </pre>
 *
 * Doubles are written as their bits ({@link Double#doubleToRawLongBits}), NaN payloads included.
 */
final class ReplicationValuesFormat {
  static final int VERSION = 1;
  private static final byte[] MAGIC = "SIM1177R".getBytes(StandardCharsets.US_ASCII);
  private static final int END = -1;

  private ReplicationValuesFormat() {}

  static void writeHeader(DataOutputStream out, int first, int end) throws IOException {
    out.write(MAGIC);
    out.writeInt(VERSION);
    out.writeInt(first);
    out.writeInt(end);
  }

  static void write(DataOutputStream out, int replication, ReplicationValues v) throws IOException {
    out.writeInt(replication);
    out.writeLong(v.events());
    out.writeLong(v.callAttempts());
    out.writeLong(v.chats());
    out.writeDouble(v.queueEarly());
    out.writeDouble(v.queueLate());
    out.writeDouble(v.drainSeconds());
    out.writeBoolean(v.drainCutOff());
    writeDoubles(out, v.summary());
    writeParts(out, v.summaryParts());
    writeParts(out, v.cells());
    writeParts(out, v.days());
    writeParts(out, v.groups());
    writeDoubles(out, v.choiceSwing());
    DayIntervals d = replication == 0 ? v.dayIntervals() : null;
    if (d == null) {
      out.writeInt(-1);
    } else {
      out.writeInt(d.days());
      out.writeInt(d.intervalsPerDay());
      writeDoubles(out, d.values());
    }
  }

  static void writeEnd(DataOutputStream out) throws IOException {
    out.writeInt(END);
  }

  /**
   * Reads the header and checks it holds replications {@code first} to {@code end - 1}.
   *
   * @throws UnreadableValuesException when it is not this format, another version, or another slice
   */
  static void readHeader(DataInputStream in, int first, int end) throws IOException {
    byte[] magic = new byte[MAGIC.length];
    in.readFully(magic);
    if (!Arrays.equals(magic, MAGIC)) {
      throw new UnreadableValuesException("is not a file of replication values (it does not start with SIM1177R)");
    }
    int version = in.readInt();
    if (version != VERSION) {
      throw new UnreadableValuesException("is in format version " + version + "; this sim1177 reads version " + VERSION
          + ": merge with the sim1177 that wrote it");
    }
    int f = in.readInt();
    int e = in.readInt();
    if (f != first || e != end) {
      throw new UnreadableValuesException("holds replications " + f + ".." + (e - 1) + " where its record says " + first + ".." + (end - 1));
    }
  }

  /**
   * Reads replication {@code replication} of {@code model}, checking that every array has the
   * model's size (a file from another scenario is refused, never read into the wrong cells).
   */
  static ReplicationValues read(DataInputStream in, int replication, CallCentreModel model) throws IOException {
    int r = in.readInt();
    if (r != replication) {
      throw new UnreadableValuesException(r == END ? "ends after replication " + (replication - 1) + ", before replication " + replication
          : "holds replication " + r + " where replication " + replication + " comes next");
    }
    long events = in.readLong();
    long calls = in.readLong();
    long chats = in.readLong();
    double queueEarly = in.readDouble();
    double queueLate = in.readDouble();
    double drain = in.readDouble();
    boolean cutOff = in.readBoolean();
    double[] summary = readDoubles(in, "summary", Metrics.SUMMARY.size());
    ReplicationValues.Parts summaryParts = readParts(in, "summary parts", Metrics.SUMMARY.size());
    ReplicationValues.Parts cells = readParts(in, "interval cells", 7 * model.intervalsPerDay() * Metrics.INTERVAL.size());
    ReplicationValues.Parts days = readParts(in, "days", model.measuredDays() * Metrics.DAILY.size());
    ReplicationValues.Parts groups = readParts(in, "groups", GroupFigures.units(model) * GroupFigures.FIGURES.size());
    double[] swing = readDoubles(in, "choice swing", -1);
    int dayCount = in.readInt();
    DayIntervals dayIntervals = null;
    if (dayCount >= 0) {
      int perDay = in.readInt();
      if (dayCount != model.measuredDays() || perDay != model.intervalsPerDay()) {
        throw new UnreadableValuesException("has a history of " + dayCount + " days of " + perDay + " intervals; the scenario has "
            + model.measuredDays() + " of " + model.intervalsPerDay());
      }
      dayIntervals = DayIntervals.of(dayCount, perDay, readDoubles(in, "history", dayCount * perDay * DayIntervals.FIELDS));
    }
    return new ReplicationValues(summary, summaryParts, cells, days, events, calls, chats, queueEarly, queueLate, drain, cutOff,
        groups, dayIntervals, swing);
  }

  /** Reads the end mark after the last replication. */
  static void readEnd(DataInputStream in, int end) throws IOException {
    if (in.readInt() != END) {
      throw new UnreadableValuesException("holds more than replications up to " + (end - 1));
    }
    if (in.read() != -1) {
      throw new UnreadableValuesException("has bytes after its end");
    }
  }

  private static void writeDoubles(DataOutputStream out, double[] values) throws IOException {
    if (values == null) {
      out.writeInt(-1);
      return;
    }
    out.writeInt(values.length);
    for (double v : values) {
      out.writeLong(Double.doubleToRawLongBits(v));
    }
  }

  private static void writeParts(DataOutputStream out, ReplicationValues.Parts parts) throws IOException {
    out.writeInt(parts.numerators().length);
    for (double v : parts.numerators()) {
      out.writeLong(Double.doubleToRawLongBits(v));
    }
    for (double v : parts.denominators()) {
      out.writeLong(Double.doubleToRawLongBits(v));
    }
  }

  /** @param expected the length the model needs, or -1 for any (null allowed) */
  private static double[] readDoubles(DataInputStream in, String what, int expected) throws IOException {
    int n = in.readInt();
    if (n == -1 && expected == -1) {
      return null;
    }
    if (n < 0 || (expected >= 0 && n != expected) || n > MAX_ARRAY) {
      throw new UnreadableValuesException("has " + n + " " + what + " values where the scenario has " + (expected < 0 ? "at most " + MAX_ARRAY : expected) + ": it is damaged, or of another scenario");
    }
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = Double.longBitsToDouble(in.readLong());
    }
    return values;
  }

  private static ReplicationValues.Parts readParts(DataInputStream in, String what, int expected) throws IOException {
    int n = in.readInt();
    if (n != expected) {
      throw new UnreadableValuesException("has " + n + " " + what + " values where the scenario has " + expected + ": it is damaged, or of another scenario");
    }
    double[] num = new double[n];
    double[] den = new double[n];
    for (int i = 0; i < n; i++) {
      num[i] = Double.longBitsToDouble(in.readLong());
    }
    for (int i = 0; i < n; i++) {
      den[i] = Double.longBitsToDouble(in.readLong());
    }
    return new ReplicationValues.Parts(num, den);
  }

  /** No array in the format is longer than this (the choice swing has a few dozen values). */
  private static final int MAX_ARRAY = 1 << 20;
}
