package se.sim1177.model;

import java.util.List;
import se.sim1177.scenario.ChannelChoice;
import se.sim1177.scenario.Chat;
import se.sim1177.scenario.OpenHours;
import se.sim1177.scenario.Scenario;

/**
 * 1177 direkt's part of a compiled scenario: when the desk is open, what a chat needs and how
 * residents behave in it. Read only by {@link ChatDesk} (and the calendar, for the opening hours).
 * The desk works whenever the scenario has a chat section; residents start chats of their own
 * only when adoption is above zero.
 */
final class ChatSettings {
  final boolean desk;
  /** Whether any chat can start: residents adopt it, or callers are offered the SMS link. */
  final boolean used;
  /** Whether residents start chats of their own (adoption above zero). */
  final boolean arrivals;
  final double[] weekRates;
  final int intervalsPerDay;
  /** How residents' choice of the chat reacts to the phone, or null for a fixed share. */
  final ChannelChoice choice;
  /** The share of residents who start in chat when the phone is not congested. */
  final double adoption;
  /** The desk's opening hours, as windows like shifts without nurses. */
  final RosterShift[] openHours;
  final boolean outsideOpenPhone;
  final double selfCareAutomated;
  final DurationSampler session;
  final DurationSampler nurseTime;
  final DurationSampler patience;
  final int concurrency;
  final double silentAbandon;
  final double silentCheckSeconds;
  final double escalateToPhone;
  final double responseSeconds;
  /** A chat waiting longer than this goes before calls for nurses who serve the phone first. */
  final double serveFirstAfterSeconds;
  /** The SMS link is offered only while no chat has waited longer than this (infinity without a link). */
  final double linkMaxChatWaitSeconds;

  ChatSettings(Scenario scenario, PhoneSettings phone) {
    Chat chat = scenario.chat();
    desk = chat != Chat.NONE;
    arrivals = desk && chat.inUse();
    // The chat's own shape on every day, or else each weekday's phone shape.
    List<List<Double>> shapes = chat.intraday() != null ? java.util.Collections.nCopies(7, chat.intraday())
        : scenario.arrivals().intradayByDay();
    choice = arrivals ? chat.choice() : null;
    adoption = chat.adoption();
    int phoneIntervals = scenario.arrivals().intervalsPerDay();
    if (choice != null && shapes.get(0).size() < phoneIntervals) {
      // The share changes at the phone's interval boundaries: a coarser chat shape is spread over
      // the phone's intervals (the same rates), so each of its intervals has one share.
      shapes = finer(shapes, phoneIntervals);
    }
    intervalsPerDay = shapes.get(0).size();
    weekRates = ArrivalProfile.weekRates(scenario.arrivals().callsPerDay() * chat.adoption() * (1 + chat.inducedDemand()),
        scenario.arrivals().weekdayFactors(), shapes);
    List<OpenHours> open = chat.open();
    openHours = new RosterShift[open.size()];
    for (int i = 0; i < openHours.length; i++) {
      OpenHours o = open.get(i);
      openHours[i] = new RosterShift(-1, o.days().mask(), o.startMinute() * 60.0, o.lengthMinutes() * 60.0, -1, 0);
    }
    outsideOpenPhone = chat.outsideOpenPhone();
    selfCareAutomated = chat.selfCareAutomated();
    session = DurationSampler.of(chat.sessionDuration());
    nurseTime = DurationSampler.of(chat.nurseTime());
    patience = DurationSampler.of(chat.patience());
    concurrency = chat.concurrency();
    silentAbandon = chat.silentAbandon();
    silentCheckSeconds = chat.silentCheckTime();
    escalateToPhone = chat.escalateToPhone();
    responseSeconds = scenario.targets().chatResponseSeconds();
    serveFirstAfterSeconds = chat.serveFirstAfterSeconds();
    linkMaxChatWaitSeconds = scenario.callers().chatLink() == null ? Double.POSITIVE_INFINITY
        : scenario.callers().chatLink().maxChatWaitSeconds();
    used = arrivals || phone.chatLinkOffered;
  }

  /** Each day's shape on a grid of {@code intervals}, each weight split evenly over the finer intervals it covers. */
  private static List<List<Double>> finer(List<List<Double>> shapes, int intervals) {
    List<List<Double>> out = new java.util.ArrayList<>();
    for (List<Double> day : shapes) {
      int split = intervals / day.size();
      List<Double> fine = new java.util.ArrayList<>();
      for (double w : day) {
        for (int i = 0; i < split; i++) {
          fine.add(w / split);
        }
      }
      out.add(fine);
    }
    return out;
  }
}
