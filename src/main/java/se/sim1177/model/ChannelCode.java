package se.sim1177.model;

import se.sim1177.scenario.Channel;

/**
 * The channels a nurse serves, as the small integers that index the groups' channel orders
 * ({@link TaskRouter}) and the nurse pool's free lists. A third channel (video calls, say) is one
 * more code here.
 */
final class ChannelCode {
  private ChannelCode() {}

  static final int PHONE = 0;
  static final int CHAT = 1;
  /** How many channels there are: the codes are 0 to COUNT − 1. */
  static final int COUNT = 2;

  /** The code of a scenario's channel. */
  static int of(Channel channel) {
    return switch (channel) {
      case PHONE -> PHONE;
      case CHAT -> CHAT;
    };
  }
}
