package se.sim1177.engine;

import java.util.Arrays;

/**
 * An ordered set of small integer ids (nurse slots) as an intrusive doubly linked list over
 * arrays: append at the tail, take from the head, and remove any member, each in constant time
 * without allocating. Used for "free for a call, longest idle first".
 */
public final class IdList {
  private final int[] prev;
  private final int[] next;
  private final boolean[] member;
  private int head = -1;
  private int tail = -1;

  /** A list over ids {@code 0 .. capacity-1}. */
  public IdList(int capacity) {
    prev = new int[capacity];
    next = new int[capacity];
    member = new boolean[capacity];
    Arrays.fill(prev, -1);
    Arrays.fill(next, -1);
  }

  /** The first id, or -1 when empty. */
  public int head() {
    return head;
  }

  public boolean contains(int id) {
    return member[id];
  }

  /** Adds {@code id} at the tail; it must not be a member. */
  public void append(int id) {
    member[id] = true;
    next[id] = -1;
    prev[id] = tail;
    if (tail >= 0) {
      next[tail] = id;
    } else {
      head = id;
    }
    tail = id;
  }

  /** Removes {@code id} if it is a member. */
  public void remove(int id) {
    if (!member[id]) {
      return;
    }
    member[id] = false;
    int p = prev[id];
    int q = next[id];
    if (p >= 0) {
      next[p] = q;
    } else {
      head = q;
    }
    if (q >= 0) {
      prev[q] = p;
    } else {
      tail = p;
    }
  }
}
