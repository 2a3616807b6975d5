package se.sim1177.model;

import java.util.Arrays;
import se.sim1177.engine.IdList;

/**
 * The nurses of one replication, by slot: who is on duty, what each has in hand, who is free for
 * which channel (longest free first), and the capacity each group puts on the line.
 *
 * <p>A nurse is on duty or not, and at any moment either free or working on one task: a phone call
 * (inbound, callback or escalation), or her own work on one chat. Open chat sessions hold her
 * chat slots but not her attention, so a blended nurse with open chats may take a call. The pool
 * only keeps this state; which task a free nurse takes is the {@link TaskRouter}'s decision.
 */
final class NursePool {
  static final byte OFF = 0;
  static final byte ON = 1;
  /** Past the end of the shift, finishing the task in hand and any open chats. */
  static final byte LEAVING = 2;

  private static final byte FREE = 0;
  private static final byte PHONE_WORK = 1;
  private static final byte CHAT_WORK = 2;

  private final StaffSettings staff;
  private final GroupTally groupTally;
  private final byte[] duty;
  private final byte[] work;
  private final int[] openChats;
  private final int[] group;
  /**
   * Per nurse, the one channel her group answers, or -1 when it answers more than one: most nurses
   * answer only the phone, and their free-list work then needs no loop over the channels.
   */
  private final int[] onlyChannel;
  /** Free nurses per {@link ChannelCode}, longest free first. */
  private final IdList[] free;
  /** Nurses on duty and not leaving, per group: the capacity behind the predicted wait. */
  private final int[] groupServing;
  /** Of those, working on a chat right now (not answering the phone until that work ends). */
  private final int[] groupChatWorking;
  private final int startWeekday;

  // Counts behind the time integrals.
  private int onDuty;
  private int phoneWorking;
  private int chatWorking;
  private int leaving;

  NursePool(StaffSettings staff, int startWeekday, GroupTally groupTally) {
    this.staff = staff;
    this.groupTally = groupTally;
    this.startWeekday = startWeekday;
    int slots = staff.nurseSlots;
    duty = new byte[slots];
    work = new byte[slots];
    openChats = new int[slots];
    group = new int[slots];
    free = new IdList[ChannelCode.COUNT];
    for (int c = 0; c < free.length; c++) {
      free[c] = new IdList(slots);
    }
    groupServing = new int[staff.groups];
    groupChatWorking = new int[staff.groups];
    for (RosterShift s : staff.shifts) {
      Arrays.fill(group, s.firstSlot(), s.firstSlot() + s.nurses(), s.group());
    }
    onlyChannel = new int[slots];
    for (int n = 0; n < slots; n++) {
      int[] channels = staff.channelOrder[group[n]];
      onlyChannel[n] = channels.length == 1 ? channels[0] : -1;
    }
  }

  /** The nurse free for {@code channel} the longest, or -1. */
  int freeFor(int channel) {
    return free[channel].head();
  }

  int group(int n) {
    return group[n];
  }

  /** Whether nurse {@code n} has nothing in hand (she may still have chats open). */
  boolean idle(int n) {
    return work[n] == FREE;
  }

  byte duty(int n) {
    return duty[n];
  }

  /** Whether nurse {@code n} may open one more chat. */
  boolean hasChatSlot(int n) {
    return openChats[n] < staff.chatConcurrency;
  }

  /** Nurse {@code n} (free) starts a phone task: off every free list. */
  void startPhoneWork(double t, int n) {
    take(n);
    groupTally.open(group[n], GroupTally.PHONE, t);
    work[n] = PHONE_WORK;
    phoneWorking++;
  }

  /** Nurse {@code n} (free) starts her work on a chat, whose session she keeps open until it ends. */
  void startChatWork(double t, int n) {
    take(n);
    groupTally.open(group[n], GroupTally.CHAT, t);
    work[n] = CHAT_WORK;
    chatWorking++;
    openChats[n]++;
    groupChatWorking[group[n]]++; // only a nurse on duty, not leaving, takes a task
  }

  void phoneWorkEnds(double t, int n) {
    groupTally.close(group[n], GroupTally.PHONE, t);
    phoneWorking--;
    work[n] = FREE;
  }

  void chatWorkEnds(double t, int n) {
    groupTally.close(group[n], GroupTally.CHAT, t);
    chatWorking--;
    work[n] = FREE;
    if (duty[n] == ON) {
      groupChatWorking[group[n]]--;
    }
  }

  void chatSessionEnds(int n) {
    openChats[n]--;
  }

  /** Puts nurse {@code n}, on duty and idle with no task to take, on the free list of each channel she can take. */
  void waitForWork(int n) {
    if (onlyChannel[n] == ChannelCode.PHONE) {
      IdList phone = free[ChannelCode.PHONE];
      if (!phone.contains(n)) {
        phone.append(n);
      }
      return;
    }
    int g = group[n];
    for (int channel : staff.channelOrder[g]) {
      if ((channel != ChannelCode.CHAT || hasChatSlot(n)) && !free[channel].contains(n)) {
        free[channel].append(n);
      }
    }
  }

  /** A leaving nurse goes home once she has no task in hand and no chat open. */
  void leaveIfDone(double t, int n) {
    if (work[n] == FREE && openChats[n] == 0) {
      groupTally.close(group[n], GroupTally.OVERTIME, t);
      groupTally.close(group[n], GroupTally.ON_DUTY, t);
      duty[n] = OFF;
      leaving--;
      onDuty--;
    }
  }

  /**
   * Nurse {@code n} of group {@code g} comes on duty; returns true when she is now free for a task
   * (false when she already was on duty, or is still busy from her shift that just ended).
   */
  boolean comeOnDuty(double t, int n, int g) {
    byte state = duty[n];
    if (state == OFF) {
      groupTally.open(g, GroupTally.ON_DUTY, t);
      duty[n] = ON;
      onDuty++;
      groupServing[g]++;
      return true;
    }
    if (state == LEAVING) {
      // The same shift starts again as it ends (a round-the-clock shift): the nurse stays on.
      groupTally.close(g, GroupTally.OVERTIME, t);
      duty[n] = ON;
      leaving--;
      groupServing[g]++;
      if (work[n] == CHAT_WORK) {
        groupChatWorking[g]++;
      }
      return work[n] == FREE;
    }
    return false;
  }

  /** Nurse {@code n} of group {@code g} reaches the end of her shift: home now, or once her work is done. */
  void goOffDuty(double t, int n, int g) {
    if (duty[n] != ON) {
      return;
    }
    take(n);
    groupServing[g]--;
    if (work[n] == CHAT_WORK) {
      groupChatWorking[g]--;
    }
    if (work[n] == FREE && openChats[n] == 0) {
      groupTally.close(g, GroupTally.ON_DUTY, t);
      duty[n] = OFF;
      onDuty--;
    } else {
      groupTally.open(g, GroupTally.OVERTIME, t);
      duty[n] = LEAVING;
      leaving++;
    }
  }

  /**
   * Calls per second the nurses who serve the phone now complete together: those on duty (not
   * leaving) in groups that answer the phone, less those working on a chat. When that leaves
   * nobody but some are on chat work, they count: they are back on the phone within minutes.
   * 0 when no nurse who answers the phone is on duty.
   */
  double phoneServiceRate() {
    double serving = 0;
    double onDuty = 0;
    for (int g = 0; g < groupServing.length; g++) {
      if (staff.answers[g][ChannelCode.PHONE]) {
        serving += (groupServing[g] - groupChatWorking[g]) * staff.serviceRate[g];
        onDuty += groupServing[g] * staff.serviceRate[g];
      }
    }
    return serving > 0 ? serving : onDuty;
  }

  /**
   * With no nurse who answers the phone on duty at {@code t}: the earliest start, after {@code t},
   * of a shift whose group answers the phone (within a week; infinity when there is none), and
   * in {@link #nextPhoneShiftRate} the completion rate its nurses bring (absence taken as expected).
   */
  double nextPhoneShiftStart(double t) {
    int today = (int) Math.floor(t / 86400.0);
    double best = Double.POSITIVE_INFINITY;
    nextPhoneShiftRate = 0;
    for (int d = today - 1; d <= today + 7; d++) {
      int weekday = Math.floorMod(startWeekday + d, 7);
      for (RosterShift s : staff.shifts) {
        if (!staff.answers[s.group()][ChannelCode.PHONE] || (s.dayMask() & (1 << weekday)) == 0) {
          continue;
        }
        double start = d * 86400.0 + s.startSeconds();
        double rate = s.nurses() * (1 - staff.absence[s.group()]) * staff.serviceRate[s.group()];
        if (start > t && rate > 0 && start <= best) {
          nextPhoneShiftRate = start < best ? rate : nextPhoneShiftRate + rate;
          best = start;
        }
      }
    }
    return best;
  }

  /** The completion rate of the shifts found by the last {@link #nextPhoneShiftStart}. */
  double nextPhoneShiftRate() {
    return nextPhoneShiftRate;
  }

  private double nextPhoneShiftRate;

  /** Nurse {@code n} answered a contact of {@code field} ({@link GroupTally#CALLS} or {@link GroupTally#CHATS}) that arrived on measured day {@code day}. */
  void answered(int n, int field, int day) {
    groupTally.count(group[n], field, day);
  }

  /** The handle-time factor of nurse {@code n}'s group. */
  double handleFactor(int n) {
    return staff.handleFactor[group[n]];
  }

  int onDuty() {
    return onDuty;
  }

  int working() {
    return phoneWorking + chatWorking;
  }

  int chatWorking() {
    return chatWorking;
  }

  int leaving() {
    return leaving;
  }

  /**
   * Takes nurse {@code n} off every free list she is on: only those of the channels her group
   * answers ({@link #waitForWork} puts her on no other), one list for a nurse who only answers
   * the phone.
   */
  private void take(int n) {
    int only = onlyChannel[n];
    if (only >= 0) {
      free[only].remove(n);
      return;
    }
    for (int channel : staff.channelOrder[group[n]]) {
      free[channel].remove(n);
    }
  }
}
