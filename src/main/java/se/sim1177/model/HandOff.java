package se.sim1177.model;

/**
 * What a channel hands back to the loop when a contact moves to another channel: a caller who
 * takes the SMS link becomes a chat, a resident who finds the chat closed phones instead. The
 * channels return these codes rather than call each other, so no channel depends on another.
 */
final class HandOff {
  private HandOff() {}

  /** The contact stays where it is (or has left). */
  static final int NONE = 0;
  /** A chat starts now, in place of a call. */
  static final int TO_CHAT = 1;
  /** A call attempt starts now, in place of a chat. */
  static final int TO_PHONE = 2;
}
