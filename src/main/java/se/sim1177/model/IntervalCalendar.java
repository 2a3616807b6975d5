package se.sim1177.model;

import static se.sim1177.model.EventType.BOUNDARY;
import static se.sim1177.model.EventType.CHAT_CLOSE;
import static se.sim1177.model.EventType.CHAT_OPEN;
import static se.sim1177.model.EventType.SHIFT_END;
import static se.sim1177.model.EventType.SHIFT_START;

import se.sim1177.engine.EventAgenda;

/**
 * The clock of one replication: it opens each interval (and day) in the recorder at its
 * boundary, tells the monitor each day done, and at every midnight schedules that day's shifts
 * and the chat desk's opening hours, so the agenda holds only a day of them at a time (on the last
 * day, the next day's too, for the line to drain).
 */
final class IntervalCalendar {
  private final EventAgenda agenda;
  private final TallyRecorder tally;
  private final ReplicationMonitor monitor;
  private final int intervalsPerDay;
  private final double intervalSeconds;
  private final int intervals;
  private final int startWeekday;
  private final int warmupDays;
  private final RosterShift[] shifts;
  /** The chat desk's hours, or none when no chat can start (so such a run is the same, bit for bit, as one without a chat section). */
  private final RosterShift[] chatHours;

  IntervalCalendar(CallCentreModel model, EventAgenda agenda, TallyRecorder tally, ReplicationMonitor monitor) {
    this.agenda = agenda;
    this.tally = tally;
    this.monitor = monitor;
    intervalsPerDay = model.intervalsPerDay();
    intervalSeconds = model.intervalSeconds();
    intervals = intervalsPerDay * (model.warmupDays + model.measuredDays);
    startWeekday = model.startWeekday;
    warmupDays = model.warmupDays;
    shifts = model.staff.shifts;
    chatHours = model.chat.used ? model.chat.openHours : new RosterShift[0];
  }

  /** Schedules the first boundary, at time 0. */
  void start() {
    agenda.schedule(0.0, BOUNDARY, 0);
  }

  /** The boundary that starts interval {@code absoluteInterval} (counted from the start of the run). */
  void boundary(int absoluteInterval) {
    int day = absoluteInterval / intervalsPerDay;
    int k = absoluteInterval % intervalsPerDay;
    int weekday = (startWeekday + day) % 7;
    int measuredDay = day - warmupDays;
    tally.openInterval(weekday * intervalsPerDay + k, Math.max(measuredDay, -1));
    if (k == 0) {
      if (day > 0) {
        monitor.dayDone();
      }
      double midnight = day * 86400.0;
      if (day == 0) {
        // Night shifts and chat hours that began the evening before the run are already under way.
        int eve = (weekday + 6) % 7;
        scheduleShifts(-86400.0, eve);
        scheduleWindows(chatHours, -86400.0, eve, CHAT_OPEN, CHAT_CLOSE);
      }
      scheduleShifts(midnight, weekday);
      scheduleWindows(chatHours, midnight, weekday, CHAT_OPEN, CHAT_CLOSE);
    }
    // The next boundary, the last interval's too: the one at the end of the run is never taken
    // (see dropBoundaryAtEnd). A test for the last interval here would be met first at the end of
    // the first replication, after the JIT compiled the event loop, and throw that code away.
    agenda.schedule((absoluteInterval + 1) * intervalSeconds, BOUNDARY, absoluteInterval + 1);
  }

  /** The boundary at the end of the run, scheduled by the last interval: the next event, taken out unread. */
  void dropBoundaryAtEnd() {
    agenda.dropQueued(intervals * intervalSeconds, BOUNDARY, intervals);
  }

  /**
   * Called on the last day, right after its midnight boundary: the roster and the chat hours go on
   * for a day more, which the line may need to drain (nothing after the measured period is counted
   * in a cell or a day). Here rather than in {@link #boundary}, for the reason given there.
   */
  void scheduleDayAfterEnd() {
    int lastDay = intervals / intervalsPerDay - 1;
    int next = (startWeekday + lastDay + 1) % 7;
    double midnight = (lastDay + 1) * 86400.0;
    scheduleShifts(midnight, next);
    scheduleWindows(chatHours, midnight, next, CHAT_OPEN, CHAT_CLOSE);
  }

  /**
   * The shifts that start on {@code weekday} at {@code midnight}. A break is a {@code SHIFT_END}
   * and a {@code SHIFT_START} whose payload is the shift's index plus the number of shifts (see
   * {@link #breakPayload}): it goes where a shift's end and start go in the tie-break order. A
   * shift already under way when the run starts, on its break at time 0, comes on when the break
   * ends.
   */
  private void scheduleShifts(double midnight, int weekday) {
    for (int i = 0; i < shifts.length; i++) {
      RosterShift s = shifts[i];
      if ((s.dayMask() & (1 << weekday)) == 0) {
        continue;
      }
      double start = midnight + s.startSeconds();
      double end = start + s.lengthSeconds();
      if (end <= 0) {
        continue;
      }
      double breakFrom = start + s.breakOffsetSeconds();
      double breakTo = breakFrom + s.breakSeconds();
      if (s.breakSeconds() > 0 && breakTo > 0) {
        if (breakFrom > 0) {
          agenda.schedule(Math.max(0, start), SHIFT_START, i);
          agenda.schedule(breakFrom, SHIFT_END, breakPayload(i));
          agenda.schedule(breakTo, SHIFT_START, breakPayload(i));
        } else {
          agenda.schedule(breakTo, SHIFT_START, i);
        }
      } else {
        agenda.schedule(Math.max(0, start), SHIFT_START, i);
      }
      agenda.schedule(end, SHIFT_END, i);
    }
  }

  /** The payload of shift {@code shift}'s break events; {@link #isBreak} tells them from its own start and end. */
  int breakPayload(int shift) {
    return shift + shifts.length;
  }

  /** Whether a shift event's payload is a break's. */
  boolean isBreak(int payload) {
    return payload >= shifts.length;
  }

  /** The shift of a break's payload. */
  int shiftOfBreak(int payload) {
    return payload - shifts.length;
  }

  private void scheduleWindows(RosterShift[] windows, double midnight, int weekday, int startType, int endType) {
    for (int i = 0; i < windows.length; i++) {
      RosterShift s = windows[i];
      if ((s.dayMask() & (1 << weekday)) != 0) {
        double start = midnight + s.startSeconds();
        double end = start + s.lengthSeconds();
        if (end > 0) {
          agenda.schedule(Math.max(0, start), startType, i);
          agenda.schedule(end, endType, i);
        }
      }
    }
  }
}
