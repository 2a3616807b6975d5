package se.sim1177.scenario;

/**
 * A shift's break: its nurses leave the line at {@code startMinute} (a time of day, on the day the
 * break falls, which for a night shift may be the next) for {@code lengthMinutes}, after finishing
 * the call or chat in hand, and come back when it ends. A nurse on her break answers nothing; she
 * keeps her seat. {@code paid} says whether the break is paid working time, which decides what it
 * costs; it does not change the line.
 */
public record ShiftBreak(int startMinute, int lengthMinutes, boolean paid) {
  /** The longest break a shift can have: more is two shifts. */
  public static final int LONGEST_MINUTES = 4 * 60;

  public ShiftBreak {
    FieldChecks c = new FieldChecks();
    c.require(startMinute >= 0 && startMinute < 1440, "start", TimeOfDay.format(Math.max(0, Math.min(startMinute, 1440))),
        "must be a time of day from 00:00 to 23:59");
    c.require(lengthMinutes >= 1 && lengthMinutes <= LONGEST_MINUTES, "length", Durations.format(lengthMinutes * 60.0),
        "must be a whole number of minutes from 1m to 4h");
    c.throwIfAny();
  }
}
