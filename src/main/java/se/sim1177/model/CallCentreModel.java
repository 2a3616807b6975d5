package se.sim1177.model;

import java.util.ArrayList;
import java.util.List;
import se.sim1177.scenario.Callback;
import se.sim1177.scenario.Channel;
import se.sim1177.scenario.Chat;
import se.sim1177.scenario.ChatLink;
import se.sim1177.scenario.OpenHours;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.Shift;
import se.sim1177.scenario.StaffGroup;

/**
 * A scenario compiled for simulation: samplers, rates and the roster as flat arrays. Immutable and
 * shared by all replications; each replication keeps its mutable state in a {@link Replication}.
 */
public final class CallCentreModel {
  final Scenario scenario;
  final ArrivalProfile arrivals;
  final int measuredDays;
  final int warmupDays;
  final int startWeekday;
  final double busynessShape;
  final DurationSampler talkTime;
  final DurationSampler afterCallWork;
  final DurationSampler patience;
  final DurationSampler redialDelay;
  final double balkProbability;
  final double redialProbability;
  final int maxAttempts;
  final int maxWaiting;
  final double maxPredictedWaitSeconds;
  final double serviceLevelSeconds;
  final RosterShift[] shifts;
  final int nurseSlots;
  final double[] groupHandleFactor;
  final double[] groupAbsence;
  /** Calls per second one nurse of the group completes on average: 1 / mean handling time. */
  final double[] groupServiceRate;
  final boolean[] groupAnswersPhone;
  final boolean[] groupAnswersChat;
  final boolean[] groupPrefersPhone;
  final int groups;

  // 1177 direkt (chat). The desk works whenever the scenario has a chat section; residents start
  // chats of their own only when adoption is above zero.
  final boolean chatDesk;
  /** Whether any chat can start: residents adopt it, or callers are offered the SMS link. */
  final boolean chatUsed;
  final boolean chatArrivals;
  final double adoption;
  final double[] chatWeekRates;
  final int chatIntervalsPerDay;
  final RosterShift[] chatOpen;
  final boolean outsideOpenPhone;
  final double selfCareAutomated;
  final DurationSampler chatSession;
  final DurationSampler chatNurseTime;
  final DurationSampler chatPatience;
  final int chatConcurrency;
  final double silentAbandon;
  final double silentCheckSeconds;
  final double escalateToPhone;
  final double chatResponseSeconds;

  // Offers made to callers who would have to wait.
  final boolean callbackOffered;
  final double callbackOverSeconds;
  final double callbackAccept;
  final boolean callbackKeepsPlace;
  final boolean chatLinkOffered;
  final double chatLinkOverSeconds;
  final double chatLinkAccept;

  public CallCentreModel(Scenario scenario) {
    this.scenario = scenario;
    arrivals = new ArrivalProfile(scenario.arrivals());
    measuredDays = scenario.simulation().days();
    warmupDays = scenario.simulation().warmupDays();
    startWeekday = scenario.simulation().startWeekday().ordinal();
    busynessShape = scenario.arrivals().dayBusynessShape();
    talkTime = DurationSampler.of(scenario.handling().talkTime());
    afterCallWork = DurationSampler.of(scenario.handling().afterCallWork());
    patience = DurationSampler.of(scenario.callers().patience());
    redialDelay = DurationSampler.of(scenario.callers().redial().delay());
    balkProbability = scenario.callers().balkProbability();
    redialProbability = scenario.callers().redial().probability();
    maxAttempts = scenario.callers().redial().maxAttempts();
    maxWaiting = scenario.queue().maxWaiting();
    maxPredictedWaitSeconds = scenario.queue().maxPredictedWaitSeconds();
    serviceLevelSeconds = scenario.targets().serviceLevelSeconds();

    List<StaffGroup> staff = scenario.staff();
    groups = staff.size();
    groupHandleFactor = new double[groups];
    groupAbsence = new double[groups];
    groupServiceRate = new double[groups];
    groupAnswersPhone = new boolean[groups];
    groupAnswersChat = new boolean[groups];
    groupPrefersPhone = new boolean[groups];
    List<RosterShift> compiled = new ArrayList<>();
    int slot = 0;
    for (int g = 0; g < groups; g++) {
      StaffGroup group = staff.get(g);
      groupHandleFactor[g] = group.handleTimeFactor();
      groupAbsence[g] = group.absence();
      double meanHandle = scenario.handling().talkTime().mean() * group.handleTimeFactor()
          + scenario.handling().afterCallWork().mean();
      groupServiceRate[g] = meanHandle > 0 ? 1 / meanHandle : Double.MAX_VALUE;
      groupAnswersPhone[g] = group.answers(Channel.PHONE);
      groupAnswersChat[g] = group.answers(Channel.CHAT);
      groupPrefersPhone[g] = group.priority() == Channel.PHONE;
      for (Shift s : group.shifts()) {
        if (s.nurses() == 0) {
          continue;
        }
        compiled.add(new RosterShift(g, s.days().mask(), s.startMinute() * 60.0, s.lengthMinutes() * 60.0, slot, s.nurses()));
        slot += s.nurses();
      }
    }
    shifts = compiled.toArray(new RosterShift[0]);
    nurseSlots = slot;

    Chat chat = scenario.chat();
    chatDesk = chat != Chat.NONE;
    adoption = chat.adoption();
    chatArrivals = chatDesk && chat.inUse();
    List<Double> chatShape = chat.intraday() != null ? chat.intraday() : scenario.arrivals().intraday();
    chatIntervalsPerDay = chatShape.size();
    chatWeekRates = ArrivalProfile.weekRates(scenario.arrivals().callsPerDay() * chat.adoption() * (1 + chat.inducedDemand()),
        scenario.arrivals().weekdayFactors(), chatShape);
    List<RosterShift> windows = new ArrayList<>();
    for (OpenHours o : chat.open()) {
      windows.add(new RosterShift(-1, o.days().mask(), o.startMinute() * 60.0, o.lengthMinutes() * 60.0, -1, 0));
    }
    chatOpen = windows.toArray(new RosterShift[0]);
    outsideOpenPhone = chat.outsideOpenPhone();
    selfCareAutomated = chat.selfCareAutomated();
    chatSession = DurationSampler.of(chat.sessionDuration());
    chatNurseTime = DurationSampler.of(chat.nurseTime());
    chatPatience = DurationSampler.of(chat.patience());
    chatConcurrency = chat.concurrency();
    silentAbandon = chat.silentAbandon();
    silentCheckSeconds = chat.silentCheckTime();
    escalateToPhone = chat.escalateToPhone();
    chatResponseSeconds = scenario.targets().chatResponseSeconds();

    Callback callback = scenario.callers().callback();
    callbackOffered = callback != null;
    callbackOverSeconds = callback == null ? Double.POSITIVE_INFINITY : callback.offerWhenPredictedWaitOverSeconds();
    callbackAccept = callback == null ? 0 : callback.acceptProbability();
    callbackKeepsPlace = callback == null || callback.keepPlace();
    ChatLink link = scenario.callers().chatLink();
    chatLinkOffered = link != null && chatDesk;
    chatLinkOverSeconds = link == null ? Double.POSITIVE_INFINITY : link.offerWhenPredictedWaitOverSeconds();
    chatLinkAccept = link == null ? 0 : link.acceptProbability();
    chatUsed = chatArrivals || chatLinkOffered;
  }

  /**
   * The stream source of roster shift {@code shift}'s absence draws: each shift has its own, so
   * changing one shift's size leaves every other shift's absences as they were (common random
   * numbers across rosters). Far above the {@link RandomSource}s, which may grow.
   */
  public static int absenceSource(int shift) {
    return 1000 + shift;
  }

  public Scenario scenario() {
    return scenario;
  }

  public int intervalsPerDay() {
    return arrivals.intervalsPerDay();
  }

  public double intervalSeconds() {
    return arrivals.intervalSeconds();
  }

  public int measuredDays() {
    return measuredDays;
  }

  /** Weekday ordinal (Monday = 0) of measured day {@code day}. */
  public int weekdayOfMeasuredDay(int day) {
    return (startWeekday + warmupDays + day) % 7;
  }
}
