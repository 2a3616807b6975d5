package se.sim1177.report.format;

import java.util.List;
import se.sim1177.scenario.Durations;
import se.sim1177.scenario.Shift;
import se.sim1177.scenario.ShiftBreak;
import se.sim1177.scenario.StaffGroup;
import se.sim1177.scenario.TimeOfDay;

/** A shift's break as the console and report show it: "11:30-12:00" (", paid" when paid), or "" for none. */
public final class ShiftBreaks {
  private ShiftBreaks() {}

  /** "11:30-12:00" with {@code dash} between the times, plus " paid" for a paid break; "" without one. */
  public static String of(Shift s, String dash) {
    ShiftBreak b = s.shiftBreak();
    if (b == null) {
      return "";
    }
    return TimeOfDay.format(b.startMinute()) + dash + TimeOfDay.format((b.startMinute() + b.lengthMinutes()) % 1440)
        + (b.paid() ? " paid" : "");
  }

  /** Whether any shift of {@code groups} has a break: tables show a break column only then. */
  public static boolean any(List<StaffGroup> groups) {
    return groups.stream().flatMap(g -> g.shifts().stream()).anyMatch(s -> s.shiftBreak() != null);
  }

  /** The YAML a roster file writes after a shift's nurses: {@code , break: {start: "11:30", length: 30m}}, or "". */
  public static String yaml(Shift s) {
    ShiftBreak b = s.shiftBreak();
    if (b == null) {
      return "";
    }
    return ", break: {start: \"" + TimeOfDay.format(b.startMinute()) + "\", length: " + Durations.format(b.lengthMinutes() * 60.0)
        + (b.paid() ? ", paid: true" : "") + "}";
  }
}
