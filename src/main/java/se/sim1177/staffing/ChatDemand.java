package se.sim1177.staffing;

import se.sim1177.scenario.Chat;
import se.sim1177.scenario.OpenHours;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.Weekday;

/**
 * What 1177 direkt asks of nurses in each interval of the week, in standard nurses: the chats that
 * need a nurse (those started, less the share automated self-care resolves) times what one chat
 * takes of a nurse, which is the more binding of her own work ({@code nurse_time}) and the share of
 * her {@code concurrency} slots the session holds ({@code session_duration} / concurrency). Chats
 * started while the chat is closed wait for it to open (unless {@code outside_open: phone}, when
 * they phone instead and the phone's simulated attempts carry them), so their work lands in the
 * first open interval after.
 */
final class ChatDemand {
  private ChatDemand() {}

  /**
   * The chat's load per interval of the week in erlangs of nurse capacity, from {@code chatsPerDay}
   * (chats started per interval of the week, per day on that weekday; what a simulation measured).
   */
  static double[] loadErlangs(Scenario scenario, double[] chatsPerDay) {
    Chat chat = scenario.chat();
    int n = chatsPerDay.length;
    double[] load = new double[n];
    if (!chat.inUse()) {
      return load;
    }
    double intervalSeconds = scenario.arrivals().intervalSeconds();
    double perChat = Math.max(chat.nurseTime().mean(), chat.sessionDuration().mean() / chat.concurrency());
    boolean[] open = openIntervals(chat, n);
    boolean anyOpen = false;
    for (boolean o : open) {
      anyOpen |= o;
    }
    double waiting = 0;
    // Twice round the week, so chats started late on Sunday land in Monday's first open interval.
    for (int k = 0; k < 2 * n; k++) {
      int i = k % n;
      double needing = k < n && Double.isFinite(chatsPerDay[i]) ? chatsPerDay[i] * (1 - chat.selfCareAutomated()) : 0;
      if (open[i]) {
        load[i] += (needing + waiting) * perChat / intervalSeconds;
        waiting = 0;
      } else if (!chat.outsideOpenPhone() && anyOpen) {
        waiting += needing;
      }
    }
    return load;
  }

  /** Whether the chat is open at any minute of each interval of the week. */
  private static boolean[] openIntervals(Chat chat, int intervals) {
    boolean[] open = new boolean[intervals];
    int minutes = 7 * 1440 / intervals;
    for (OpenHours o : chat.open()) {
      for (Weekday d : Weekday.values()) {
        if (!o.days().contains(d)) {
          continue;
        }
        int from = d.ordinal() * 1440 + o.startMinute();
        for (int m = from; m < from + o.lengthMinutes(); m++) {
          open[(m % (7 * 1440)) / minutes] = true;
        }
      }
    }
    return open;
  }
}
