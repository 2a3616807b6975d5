package se.sim1177.model;

import java.util.ArrayList;
import java.util.List;
import se.sim1177.scenario.Channel;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.Shift;
import se.sim1177.scenario.StaffGroup;

/**
 * The staff's part of a compiled scenario: the roster as shifts over nurse slots, and per group
 * its handle-time factor, absence, the channels it answers in the order it serves them, and the
 * rate at which one of its nurses completes calls. Read by the {@link NursePool}, the
 * {@link ShiftRoster} and the {@link TaskRouter}.
 */
final class StaffSettings {
  final RosterShift[] shifts;
  final int nurseSlots;
  final int groups;
  final double[] handleFactor;
  final double[] absence;
  /** Calls per second one nurse of the group completes on average: 1 / mean handling time. */
  final double[] serviceRate;
  /** Per group, the {@link ChannelCode}s of the channels it answers, the one it serves first first. */
  final int[][] channelOrder;
  /** Per group and router channel, whether the group answers it. */
  final boolean[][] answers;
  /** Per group: whether its blended nurses serve the longest-waiting contact of either channel first. */
  final boolean[] longestWaitingFirst;
  /** Chats one nurse may have open at once. */
  final int chatConcurrency;

  StaffSettings(Scenario scenario) {
    List<StaffGroup> staff = scenario.staff();
    groups = staff.size();
    handleFactor = new double[groups];
    absence = new double[groups];
    serviceRate = new double[groups];
    channelOrder = new int[groups][];
    answers = new boolean[groups][ChannelCode.COUNT];
    longestWaitingFirst = new boolean[groups];
    List<RosterShift> compiled = new ArrayList<>();
    int slot = 0;
    for (int g = 0; g < groups; g++) {
      StaffGroup group = staff.get(g);
      handleFactor[g] = group.handleTimeFactor();
      absence[g] = group.absence();
      double meanHandle = scenario.handling().talkTime().mean() * group.handleTimeFactor()
          + scenario.handling().afterCallWork().mean();
      serviceRate[g] = meanHandle > 0 ? 1 / meanHandle : Double.MAX_VALUE;
      channelOrder[g] = channelOrder(group);
      longestWaitingFirst[g] = group.longestWaitingFirst();
      for (int channel : channelOrder[g]) {
        answers[g][channel] = true;
      }
      for (Shift s : group.shifts()) {
        if (s.nurses() == 0) {
          continue;
        }
        compiled.add(new RosterShift(g, s.days().mask(), s.startMinute() * 60.0, s.lengthMinutes() * 60.0, slot, s.nurses(),
            s.shiftBreak() == null ? 0 : s.breakOffsetMinutes() * 60.0,
            s.shiftBreak() == null ? 0 : s.shiftBreak().lengthMinutes() * 60.0));
        slot += s.nurses();
      }
    }
    shifts = compiled.toArray(new RosterShift[0]);
    nurseSlots = slot;
    chatConcurrency = scenario.chat().concurrency();
  }

  /** The channels {@code group} answers, its priority first, then the others in the scenario's channel order. */
  private static int[] channelOrder(StaffGroup group) {
    List<Channel> order = new ArrayList<>();
    order.add(group.priority());
    for (Channel c : Channel.values()) {
      if (c != group.priority() && group.answers(c)) {
        order.add(c);
      }
    }
    int[] codes = new int[order.size()];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = ChannelCode.of(order.get(i));
    }
    return codes;
  }
}
