package se.sim1177.scenario;

import java.util.HashSet;
import java.util.List;
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
    Chat chat) {

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
    c.throwIfAny();
  }

  public Scenario withSimulation(RunControl run) {
    return new Scenario(name, run, arrivals, callers, queue, handling, staff, targets, chat);
  }
}
