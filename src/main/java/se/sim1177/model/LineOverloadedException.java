package se.sim1177.model;

/**
 * A replication stopped because more callers (or chats) were in the line at once than the
 * {@link ReplicationMonitor}'s bound: the line is so overloaded that the queue grows without end.
 */
public final class LineOverloadedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int replication;
  private final int inLine;
  private final int waiting;
  private final double timeSeconds;
  private final boolean chats;

  LineOverloadedException(int replication, int inLine, int waiting, double timeSeconds, boolean chats) {
    super((chats ? "chats" : "callers") + " in the line passed " + inLine, null, false, false);
    this.replication = replication;
    this.inLine = inLine;
    this.waiting = waiting;
    this.timeSeconds = timeSeconds;
    this.chats = chats;
  }

  /** The replication that stopped (0-based). */
  public int replication() {
    return replication;
  }

  /** Callers (or chats) in the line when it stopped: the bound. */
  public int inLine() {
    return inLine;
  }

  /** Of those, waiting in the queue. */
  public int waiting() {
    return waiting;
  }

  /** Simulated time when it stopped, seconds from the start (warm-up included). */
  public double timeSeconds() {
    return timeSeconds;
  }

  /** Whether the chat queue, not the phone line, passed the bound. */
  public boolean chats() {
    return chats;
  }
}
