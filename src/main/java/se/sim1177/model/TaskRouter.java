package se.sim1177.model;

/**
 * Which task a free nurse takes next: each group has an order of the channels it answers (its
 * priority first), and the nurse takes the first waiting task in that order; with none waiting she
 * waits on the free list of each channel she answers. A new channel is a new {@link ChannelCode}, one case in
 * {@link #nurseFree}, and an entry in the orders of the groups that answer it.
 */
final class TaskRouter {
  private final NursePool nurses;
  private final PhoneLine phone;
  private final ChatDesk chat;
  private final int[][] channelOrder;
  private final boolean[] longestWaitingFirst;

  TaskRouter(StaffSettings staff, NursePool nurses, PhoneLine phone, ChatDesk chat) {
    this.nurses = nurses;
    this.phone = phone;
    this.chat = chat;
    this.channelOrder = staff.channelOrder;
    this.longestWaitingFirst = staff.longestWaitingFirst;
  }

  /**
   * Nurse {@code n}, on duty with nothing in hand, takes the next task her group serves first, else
   * waits for one. A chat that has waited past the desk's threshold ({@code chat.serve_first_after})
   * goes first for a nurse who answers chat, whatever her group's order, so the phone's priority
   * cannot starve the chat.
   */
  void nurseFree(double t, int n) {
    int g = nurses.group(n);
    int[] order = channelOrder[g];
    if (longestWaitingFirst[g] && order.length > 1) {
      // priority: longest_waiting: the older of the two queues' heads first, then the other.
      boolean chatFirst = chat.oldestWaitingSince() < phone.oldestWaitingSince();
      if (chatFirst ? chat.serveNext(t, n) || phone.serveNext(t, n) : phone.serveNext(t, n) || chat.serveNext(t, n)) {
        return;
      }
      nurses.waitForWork(n);
      return;
    }
    if (order.length > 1 && order[0] != ChannelCode.CHAT && chat.overdue(t) && chat.serveNext(t, n)) {
      return;
    }
    for (int i = 0; i < order.length; i++) {
      boolean took = switch (order[i]) {
        case ChannelCode.PHONE -> phone.serveNext(t, n);
        case ChannelCode.CHAT -> chat.serveNext(t, n);
        default -> throw new IllegalStateException("unknown channel " + order[i]);
      };
      if (took) {
        return;
      }
    }
    nurses.waitForWork(n);
  }

  /** Nurse {@code n} finished the task in hand: she takes the next one, or goes home if her shift is over and no chat is open. */
  void taskEnds(double t, int n) {
    if (nurses.duty(n) == NursePool.LEAVING) {
      nurses.leaveIfDone(t, n);
    } else {
      nurseFree(t, n);
    }
  }

  /** A chat session of nurse {@code n} ended: with nothing in hand she may take a task again, or go home. */
  void chatSlotFreed(double t, int n) {
    if (nurses.idle(n)) {
      byte duty = nurses.duty(n);
      if (duty == NursePool.LEAVING) {
        nurses.leaveIfDone(t, n);
      } else if (duty == NursePool.ON) {
        nurseFree(t, n);
      }
    }
  }
}
