package se.sim1177.model;

import se.sim1177.engine.Xoshiro256PlusPlus;

/**
 * The roster of one replication: which nurses a shift brings on duty (one absence draw per
 * scheduled nurse-shift, from the shift's own stream) and sends home when it ends. The
 * {@link IntervalCalendar} schedules the shifts; the loop hands each nurse who arrives free to the
 * {@link TaskRouter}.
 */
final class ShiftRoster {
  private final RosterShift[] shifts;
  private final double[] absence;
  private final Xoshiro256PlusPlus[] absenceStreams;
  private final NursePool nurses;
  private final GroupTally groupTally;
  /** Per nurse slot: absent from the shift under way. */
  private final boolean[] absent;

  ShiftRoster(StaffSettings staff, Xoshiro256PlusPlus[] absenceStreams, NursePool nurses, GroupTally groupTally) {
    this.groupTally = groupTally;
    this.absent = new boolean[staff.nurseSlots];
    this.shifts = staff.shifts;
    this.absence = staff.absence;
    this.absenceStreams = absenceStreams;
    this.nurses = nurses;
  }

  /** The first nurse slot of shift {@code shift}. */
  int firstNurse(int shift) {
    return shifts[shift].firstSlot();
  }

  /** One past the last nurse slot of shift {@code shift}. */
  int endNurse(int shift) {
    RosterShift s = shifts[shift];
    return s.firstSlot() + s.nurses();
  }

  /**
   * Nurse {@code n} of shift {@code shift} is due on duty now: returns true when she comes (not
   * absent) and is free for a task.
   */
  boolean arrives(double t, int shift, int n) {
    RosterShift s = shifts[shift];
    // One draw per scheduled nurse-shift, absent or not, so the stream stays in step.
    if (absenceStreams[shift].nextDouble() < absence[s.group()]) {
      absent[n] = true;
      groupTally.open(s.group(), GroupTally.ABSENT, t);
      return false;
    }
    return nurses.comeOnDuty(t, n, s.group());
  }

  /**
   * Shift {@code shift}'s nurses go on their break: off the line now, or once the task in hand is
   * done, as at a shift's end (an absent nurse stays absent; nothing is drawn).
   */
  void breakStarts(double t, int shift) {
    RosterShift s = shifts[shift];
    for (int n = s.firstSlot(), last = s.firstSlot() + s.nurses(); n < last; n++) {
      if (!absent[n]) {
        nurses.goOffDuty(t, n, s.group());
      }
    }
  }

  /**
   * Nurse {@code n} of shift {@code shift} is back from her break: returns true when she is free
   * for a task (false when absent, or still finishing the task she had when the break began).
   */
  boolean backFromBreak(double t, int shift, int n) {
    return !absent[n] && nurses.comeOnDuty(t, n, shifts[shift].group());
  }

  /** Shift {@code shift} ends: its nurses go home, now or once their work is done. */
  void ends(double t, int shift) {
    RosterShift s = shifts[shift];
    for (int n = s.firstSlot(), last = s.firstSlot() + s.nurses(); n < last; n++) {
      if (absent[n]) {
        // The absent nurse-shift's time, from its start (or the run's) to its end.
        absent[n] = false;
        groupTally.close(s.group(), GroupTally.ABSENT, t);
      }
      nurses.goOffDuty(t, n, s.group());
    }
  }
}
