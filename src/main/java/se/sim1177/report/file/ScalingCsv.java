package se.sim1177.report.file;

import java.util.List;
import se.sim1177.report.format.Numbers;
import se.sim1177.report.format.ScalingMeasurement;

/** {@code scaling.csv}: one line per measurement of the scaling study ({@link ScalingMeasurement}). */
public final class ScalingCsv {
  private ScalingCsv() {}

  public static String text(List<ScalingMeasurement> rows) {
    Csv csv = new Csv();
    csv.row(List.of("study", "calls_per_day", "peak_nurses", "days", "replications", "threads", "calls", "events",
        "seconds", "ns_per_call", "ns_per_event", "calls_per_second", "replications_per_second", "bytes_per_replication"));
    for (ScalingMeasurement r : rows) {
      csv.row(List.of(r.study(), Numbers.csv(r.callsPerDay()), Integer.toString(r.peakNurses()), Integer.toString(r.days()),
          Integer.toString(r.replications()), Integer.toString(r.threads()), Long.toString(r.calls()), Long.toString(r.events()),
          Numbers.csv(r.seconds()), Numbers.csv(r.nanosPerCall()), Numbers.csv(r.nanosPerEvent()), Numbers.csv(r.callsPerSecond()),
          Numbers.csv(r.replicationsPerSecond()), Long.toString(r.bytesPerReplication())));
    }
    return csv.toString();
  }
}
