package se.sim1177.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a user describes about one 1177 phone line: demand, callers, queue rules, call
 * handling, the nurse roster and the goals, plus how to run it. Immutable; build the running model
 * from it with {@code se.sim1177.model.CallCentreModel}.
 */
public record Scenario(
    String name,
    RunControl simulation,
    Arrivals arrivals,
    Callers callers,
    QueueLimits queue,
    Handling handling,
    List<StaffGroup> staff,
    Targets targets,
    Chat chat,
    Staffing staffing) {

  /** A scenario with no {@code staffing:} section. */
  public Scenario(String name, RunControl simulation, Arrivals arrivals, Callers callers, QueueLimits queue, Handling handling,
      List<StaffGroup> staff, Targets targets, Chat chat) {
    this(name, simulation, arrivals, callers, queue, handling, staff, targets, chat, null);
  }

  /** A phone-only scenario. */
  public Scenario(String name, RunControl simulation, Arrivals arrivals, Callers callers, QueueLimits queue, Handling handling,
      List<StaffGroup> staff, Targets targets) {
    this(name, simulation, arrivals, callers, queue, handling, staff, targets, Chat.NONE);
  }

  public Scenario {
    chat = chat == null ? Chat.NONE : chat;
    staff = List.copyOf(staff);
    FieldChecks c = new FieldChecks();
    c.require(name != null && !name.isBlank(), "name", name, "must be a non-empty name");
    c.require(!staff.isEmpty(), "staff.groups", "[]", "must list at least one staff group");
    Set<String> names = new HashSet<>();
    for (int i = 0; i < staff.size(); i++) {
      c.require(names.add(staff.get(i).name()), "staff.groups[" + i + "].name", staff.get(i).name(),
          "is used by an earlier group; group names must be unique");
      c.require(chat != Chat.NONE || !staff.get(i).answers(Channel.CHAT), "staff.groups[" + i + "].channels",
          "chat", "needs a chat section describing 1177 direkt");
    }
    boolean anyChatNurse = staff.stream().anyMatch(g -> g.answers(Channel.CHAT));
    c.require(!chat.inUse() || anyChatNurse, "chat.adoption", chat.adoption(),
        "needs a staff group that answers chat (channels: [chat] or [phone, chat])");
    c.require(callers == null || callers.chatLink() == null || (chat != Chat.NONE && anyChatNurse), "callers.chat_link", "an offer",
        "needs a chat section and a staff group that answers chat");
    c.require(chat == Chat.NONE || !chat.open().isEmpty(), "chat.open", "[]", "must list at least one window");
    if (staffing != null) {
      checkStaffing(c, staffing, staff, names);
    }
    c.throwIfAny();
  }

  /** What {@code staffing:} names must exist in {@code staff:}, and fixed shifts must fit their seats. */
  private static void checkStaffing(FieldChecks c, Staffing staffing, List<StaffGroup> staff, Set<String> names) {
    String known = String.join(", ", staff.stream().map(StaffGroup::name).toList());
    for (int i = 0; i < staffing.templates().size(); i++) {
      String group = staffing.templates().get(i).group();
      c.require(names.contains(group), "staffing.templates[" + i + "].group", group, "is not a staff group; the groups are " + known);
    }
    for (int i = 0; i < staffing.minimum().size(); i++) {
      String group = staffing.minimum().get(i).group();
      c.require(group == null || names.contains(group), "staffing.minimum[" + i + "].group", group,
          "is not a staff group; the groups are " + known + " (leave group out for all groups together)");
      StaffGroup fixed = staff.stream().filter(g -> g.name().equals(group)).findFirst().orElse(null);
      if (fixed != null && staffing.templatesOf(group).isEmpty()) {
        // The search does not change a group without templates: its own shifts must hold its floor.
        MinimumStaffing m = staffing.minimum().get(i);
        int[] onLine = onLineAt(fixed.shifts());
        int least = Integer.MAX_VALUE;
        for (int minute = 0; minute < onLine.length; minute++) {
          least = m.covers(minute) ? Math.min(least, onLine[minute]) : least;
        }
        c.require(least >= m.nurses(), "staffing.minimum[" + i + "].nurses", m.nurses(), "is more than the " + least
            + " nurses the fixed shifts of " + group + " have on the line at times in its window (the group has no templates,"
            + " so its shifts are kept): lower it or give " + group + " templates");
      }
    }
    for (Map.Entry<String, Integer> seat : staffing.seats().entrySet()) {
      String group = seat.getKey();
      c.require(names.contains(group), "staffing.seats." + group, seat.getValue(),
          "names no staff group (" + group + "); the groups are " + known);
      StaffGroup g = staff.stream().filter(x -> x.name().equals(group)).findFirst().orElse(null);
      if (g != null && staffing.templatesOf(group).isEmpty()) {
        // A group the search does not staff keeps its shifts: they must fit its seats.
        int most = mostOnDutyAtOnce(g.shifts());
        c.require(most <= seat.getValue(), "staffing.seats." + group, seat.getValue(),
            "is below the " + most + " nurses its fixed shifts put on duty at once (the group has no templates, so its shifts are kept)");
      }
    }
  }

  /** Nurses of {@code shifts} on the line at each minute of the week (breaks left out), Sunday's night running on into Monday. */
  static int[] onLineAt(List<Shift> shifts) {
    int[] onLine = new int[7 * 1440];
    for (Shift sh : shifts) {
      for (Weekday d : Weekday.values()) {
        if (sh.days().contains(d)) {
          for (int k = 0; k < sh.lengthMinutes(); k++) {
            if (!sh.onBreakAt(k)) {
              onLine[(d.ordinal() * 1440 + sh.startMinute() + k) % onLine.length] += sh.nurses();
            }
          }
        }
      }
    }
    return onLine;
  }

  /** The most nurses the shifts have on duty in any minute of the week, shifts past midnight and Sunday's night included. */
  static int mostOnDutyAtOnce(List<Shift> shifts) {
    int week = 7 * 1440;
    int[] change = new int[week + 1];
    for (Shift sh : shifts) {
      for (Weekday d : Weekday.values()) {
        if (sh.days().contains(d)) {
          int start = d.ordinal() * 1440 + sh.startMinute();
          int end = start + sh.lengthMinutes();
          change[start] += sh.nurses();
          if (end <= week) {
            change[end] -= sh.nurses();
          } else {
            change[week] -= sh.nurses();
            change[0] += sh.nurses();
            change[end - week] -= sh.nurses();
          }
        }
      }
    }
    int most = 0;
    int now = 0;
    for (int m = 0; m < week; m++) {
      now += change[m];
      most = Math.max(most, now);
    }
    return most;
  }

  public Scenario withSimulation(RunControl run) {
    return new Scenario(name, run, arrivals, callers, queue, handling, staff, targets, chat, staffing);
  }

  /** The same scenario with {@code t} as its targets. */
  public Scenario withTargets(Targets t) {
    return new Scenario(name, simulation, arrivals, callers, queue, handling, staff, t, chat, staffing);
  }

  /** The same scenario with {@code a} as its arrivals. */
  public Scenario withArrivals(Arrivals a) {
    return new Scenario(name, simulation, a, callers, queue, handling, staff, targets, chat, staffing);
  }

  /** The same scenario with {@code groups} as its staff. */
  public Scenario withStaff(List<StaffGroup> groups) {
    return new Scenario(name, simulation, arrivals, callers, queue, handling, groups, targets, chat, staffing);
  }
}
