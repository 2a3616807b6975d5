package se.sim1177.app;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The time a command started, as {@code run.json} and {@code report.html} record it. Set
 * {@code SOURCE_DATE_EPOCH} (seconds since 1970, the reproducible-builds convention) to fix it, so
 * that two runs of one scenario, or a run and the merge of its shards, give the same report byte
 * for byte; the system property {@code sim1177.source_date_epoch} does the same inside one JVM.
 */
final class StartTime {
  static final String VARIABLE = "SOURCE_DATE_EPOCH";
  static final String PROPERTY = "sim1177.source_date_epoch";

  private StartTime() {}

  /**
   * Now to the second, with the machine's offset; or the fixed time, in UTC.
   *
   * @throws UsageException when the variable is set to anything but a count of seconds
   */
  static String now() throws UsageException {
    String fixed = System.getenv(VARIABLE);
    String from = VARIABLE;
    if (fixed == null || fixed.isEmpty()) {
      fixed = System.getProperty(PROPERTY);
      from = PROPERTY;
    }
    if (fixed == null || fixed.isEmpty()) {
      return OffsetDateTime.now().withNano(0).toString();
    }
    if (!fixed.matches("[0-9]{1,12}")) {
      throw new UsageException(from + "=" + fixed + ": must be whole seconds since 1970-01-01 UTC, like "
          + Instant.now().getEpochSecond() + " (or unset it to record the time the run started)");
    }
    return OffsetDateTime.ofInstant(Instant.ofEpochSecond(Long.parseLong(fixed)), ZoneOffset.UTC).toString();
  }
}
