package se.sim1177.scenario;

/**
 * A break the staffing search gives every candidate shift longer than {@code afterMinutes}
 * ({@code staffing.breaks}): {@code lengthMinutes} off the line, starting where the roster program
 * chooses inside a window of {@code windowMinutes} around the shift's middle, so that coverage
 * holds while the nurses of one shift break in turns. {@code paid} says whether it is paid working
 * time (what it costs), not whether it is taken.
 */
public record BreakRule(int afterMinutes, int lengthMinutes, int windowMinutes, boolean paid) {
  public BreakRule {
    FieldChecks c = new FieldChecks();
    c.require(afterMinutes >= 1 && afterMinutes <= 1440, "after", Durations.format(afterMinutes * 60.0),
        "must be a whole number of minutes from 1m to 24h: shifts longer than this get the break");
    c.require(lengthMinutes >= 1 && lengthMinutes <= ShiftBreak.LONGEST_MINUTES, "length", Durations.format(lengthMinutes * 60.0),
        "must be a whole number of minutes from 1m to 4h");
    c.require(windowMinutes >= lengthMinutes && windowMinutes <= 1440, "window", Durations.format(windowMinutes * 60.0),
        "must be at least the break's length (" + Durations.format(lengthMinutes * 60.0) + ") and at most 24h: the break lies"
            + " inside this window around the shift's middle");
    c.throwIfAny();
  }
}
