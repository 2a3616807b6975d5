package se.sim1177.experiment;

import java.io.IOException;

/**
 * A shard's file of replication values that cannot be read as one ({@link ReplicationValuesFormat}):
 * the message completes "the file ...", in words, what it holds against what was expected.
 */
public final class UnreadableValuesException extends IOException {
  private static final long serialVersionUID = 1L;

  UnreadableValuesException(String message) {
    super(message);
  }
}
