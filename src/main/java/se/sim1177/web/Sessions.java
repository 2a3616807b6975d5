package se.sim1177.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import se.sim1177.app.Draft;
import se.sim1177.app.WhatIf;
import se.sim1177.model.ReplicationMonitor;

/**
 * The pages open on the what-if server, each known by the token it was given when it was drawn: a
 * change must carry one to be run. Each session runs at most one simulation at a time: a newer
 * edit stops the older one, whose answer nobody will read. The newest {@link #MAX_SESSIONS} are
 * kept; an older page is asked to reload.
 */
final class Sessions {
  static final int MAX_SESSIONS = 32;
  /** Changes a page may send in {@link #WINDOW_NANOS}: far more than anyone types, far fewer than a loop sends. */
  static final int MAX_REQUESTS_PER_WINDOW = 40;
  static final long WINDOW_NANOS = 10_000_000_000L;

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Session> byToken = new LinkedHashMap<>(16, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Session> eldest) {
      if (size() > MAX_SESSIONS) {
        // The page used least recently: whatever it still runs is for nobody now.
        eldest.getValue().stop();
        return true;
      }
      return false;
    }
  };

  /** A new session editing {@code draft}, and its token (32 random bytes). */
  synchronized String open(Draft draft) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    byToken.put(token, new Session(draft));
    return token;
  }

  /** The session of {@code token}, or null when there is none (never given, or forgotten). */
  synchronized Session find(String token) {
    return token == null ? null : byToken.get(token);
  }

  /** A page's draft and its version, counted up with each change of the roster. */
  record Versioned(int version, Draft draft) {}

  /** How far a page's simulation or search is: {@code done} of {@code total} {@code unit}. */
  record Progress(long done, long total, String unit) {}

  /**
   * One open page: the scenario text it edits (the file's, or with a roster changed on the page),
   * its running simulation or search, and its latest finished run.
   */
  static final class Session {
    private final AtomicReference<ReplicationMonitor> running = new AtomicReference<>();
    private final long[] recent = new long[MAX_REQUESTS_PER_WINDOW];
    private int next;
    private final AtomicReference<Versioned> draft;
    /** The simulated days the running simulation will take, for its progress. */
    private volatile long runDays;
    /** The running search's step, steps done and planned; null while a simulation runs. */
    private volatile Progress search;
    private volatile WhatIf.Evaluation last;

    Session(Draft draft) {
      this.draft = new AtomicReference<>(new Versioned(0, draft));
    }

    /** The draft the page shows, and its version (the page sends it back with each change). */
    Versioned draft() {
      return draft.get();
    }

    /**
     * Makes {@code next} the page's draft if {@code from} still is: a roster change the page made
     * from an older draft (a double click, an answer it no longer waited for) changes nothing.
     */
    boolean useDraft(Versioned from, Draft next) {
      return draft.compareAndSet(from, new Versioned(from.version() + 1, next));
    }

    /** Whether one more request fits this session's rate limit (and counts it if so). */
    synchronized boolean admit(long nowNanos) {
      long oldest = recent[next];
      if (oldest != 0 && nowNanos - oldest < WINDOW_NANOS) {
        return false;
      }
      recent[next] = nowNanos == 0 ? 1 : nowNanos;
      next = (next + 1) % recent.length;
      return true;
    }

    /** Makes {@code monitor} this session's run, of {@code days} simulated days in all, stopping the one before it. */
    void replaceRun(ReplicationMonitor monitor, long days) {
      runDays = days;
      search = null;
      ReplicationMonitor before = running.getAndSet(monitor);
      if (before != null) {
        before.stop();
      }
    }

    /** The search that {@code monitor} watches is at {@code step}, {@code done} of at most {@code planned} steps. */
    void searchProgress(ReplicationMonitor monitor, String step, int done, int planned) {
      if (running.get() == monitor) {
        search = new Progress(done, planned, step);
      }
    }

    /** Stops the running simulation or search, if any (the page's Stop button). */
    void stop() {
      ReplicationMonitor m = running.getAndSet(null);
      if (m != null) {
        m.stop();
      }
    }

    /** Forgets {@code monitor} when it is still this session's run. */
    void finished(ReplicationMonitor monitor) {
      running.compareAndSet(monitor, null);
    }

    /** How far the running simulation or search is; null when none runs. */
    Progress progress() {
      ReplicationMonitor m = running.get();
      if (m == null) {
        return null;
      }
      Progress s = search;
      return s != null ? s : new Progress(m.daysSimulated(), runDays, "simulated days");
    }

    /** The session's latest finished run, for the report of what the page shows. */
    WhatIf.Evaluation last() {
      return last;
    }

    void finished(WhatIf.Evaluation evaluation) {
      last = evaluation;
    }
  }
}
