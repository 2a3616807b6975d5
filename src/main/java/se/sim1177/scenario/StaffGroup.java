package se.sim1177.scenario;

import java.util.List;
import java.util.Set;

/**
 * Nurses who share a workplace and work patterns.
 *
 * @param handleTimeFactor multiplies talk time for this group's nurses (after-call work is not scaled)
 * @param absence probability that a scheduled nurse-shift is lost (sick leave and the like), drawn
 *     independently for each nurse and day
 * @param channels what the group's nurses answer: phone, chat, or both (blended)
 * @param priority for blended nurses, which queue they serve first when both have contacts waiting
 * @param longestWaitingFirst for blended nurses: serve whichever contact, call or chat, has waited
 *     longest ({@code priority: longest_waiting}); {@code priority} then only orders the free lists
 */
public record StaffGroup(String name, Workplace workplace, double handleTimeFactor, double absence, List<Shift> shifts,
    Set<Channel> channels, Channel priority, boolean longestWaitingFirst) {
  /** The {@code priority} value that serves the longest-waiting contact of either channel first. */
  public static final String LONGEST_WAITING = "longest_waiting";

  // Defaults, each used when its key is not written.
  public static final Workplace DEFAULT_WORKPLACE = Workplace.OFFICE;
  public static final double DEFAULT_HANDLE_TIME_FACTOR = 1.0;
  public static final double DEFAULT_ABSENCE = 0;
  /** A group answers the phone unless it says otherwise. */
  public static final Set<Channel> DEFAULT_CHANNELS = Set.of(Channel.PHONE);

  /** The queue blended nurses serve first when the scenario does not say: the phone, if they answer it. */
  public static Channel defaultPriority(Set<Channel> channels) {
    return channels.contains(Channel.PHONE) ? Channel.PHONE : Channel.CHAT;
  }

  /** A group whose blended nurses serve their {@code priority} channel first. */
  public StaffGroup(String name, Workplace workplace, double handleTimeFactor, double absence, List<Shift> shifts,
      Set<Channel> channels, Channel priority) {
    this(name, workplace, handleTimeFactor, absence, shifts, channels, priority, false);
  }

  /** A phone-only group. */
  public StaffGroup(String name, Workplace workplace, double handleTimeFactor, double absence, List<Shift> shifts) {
    this(name, workplace, handleTimeFactor, absence, shifts, Set.of(Channel.PHONE), Channel.PHONE);
  }

  public StaffGroup {
    shifts = List.copyOf(shifts);
    channels = channels == null ? Set.of() : Set.copyOf(channels);
    FieldChecks c = new FieldChecks();
    c.require(name != null && !name.isBlank(), "name", name, "must be a non-empty name");
    c.require(workplace != null, "workplace", workplace, "must be office, satellite or remote");
    c.require(handleTimeFactor >= 0.1 && handleTimeFactor <= 10, "handle_time_factor", handleTimeFactor,
        "must be between 0.1 and 10");
    c.require(absence >= 0 && absence < 1, "absence", absence, "must be a probability from 0 up to (not including) 1");
    c.require(!channels.isEmpty(), "channels", "[]", "must list phone, chat or both");
    c.require(priority != null && channels.contains(priority), "priority", priority == null ? null : priority.key(),
        "must be one of the group's channels");
    c.throwIfAny();
  }

  public boolean answers(Channel channel) {
    return channels.contains(channel);
  }
}
