package se.sim1177.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import se.sim1177.app.Draft;
import se.sim1177.app.RunFailedException;
import se.sim1177.app.Version;
import se.sim1177.app.WhatIf;
import se.sim1177.model.ReplicationMonitor;
import se.sim1177.report.format.RunInfo;
import se.sim1177.report.format.SuggestedRoster;
import se.sim1177.report.page.RunReportPage;
import se.sim1177.report.page.WhatIfPage;
import se.sim1177.scenario.ScenarioException;
import se.sim1177.scenario.ScenarioProblem;

/**
 * The what-if page's server ({@code sim1177 serve}), on the JDK's own HTTP server: four routes on
 * one machine need no framework, and it starts in milliseconds. Routes: {@code GET /} (the page,
 * with a new session's token), {@code GET /what-if.js} (its script), {@code POST /run} (the edits,
 * run paired against the baseline: JSON with the results as HTML), {@code POST /progress} (how far
 * the page's run is), {@code POST /stop} (stops it), {@code POST /shift/add}, {@code /shift/remove},
 * {@code /suggest} and {@code /reset} (the roster changed: a shift added or taken out, the staffing
 * search's roster, the file's back), {@code POST /save} (the edited scenario as YAML) and
 * {@code POST /report} (the {@code report.html} of what the page shows). Nothing else is served: no path of a request reaches the file system,
 * and nothing is written on this machine.
 *
 * <p>At most one simulation runs at a time, on the threads given; {@link #MAX_WAITING} more may
 * wait, and a further one is refused with 503 (each page already cancels its own older run).
 */
public final class WhatIfServer implements AutoCloseable {
  static final int MAX_WAITING = 8;
  static final int HANDLER_THREADS = 32;
  private static final String SCRIPT = "/web/what-if.js";

  static {
    // A client that sends its request slowly, or announces a body it never sends, must not hold a
    // handler for ever: the JDK's server closes a connection whose request takes longer than this.
    if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
      System.setProperty("sun.net.httpserver.maxReqTime", "10");
    }
  }
  private static final ObjectMapper JSON = new ObjectMapper();

  private volatile WhatIf whatIf;
  private final HttpServer server;
  private final RequestGuard guard;
  private final Sessions sessions = new Sessions();
  private final Semaphore simulating = new Semaphore(1, true);
  private final AtomicInteger waiting = new AtomicInteger();
  private final ExecutorService handlers;
  private final byte[] script;

  private WhatIfServer(HttpServer server, String host) throws IOException {
    this.server = server;
    this.guard = new RequestGuard(host, server.getAddress().getPort());
    try (InputStream in = WhatIfServer.class.getResourceAsStream(SCRIPT)) {
      if (in == null) {
        throw new IOException("the page's script " + SCRIPT + " is missing from the program");
      }
      this.script = in.readAllBytes();
    }
    // The JDK's server reads each request on these threads: enough that a few stalled connections
    // (cut after maxReqTime) leave the page answering.
    this.handlers = Executors.newFixedThreadPool(HANDLER_THREADS, r -> {
      Thread t = new Thread(r, "sim1177-serve");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(handlers);
    server.createContext("/", this::handle);
  }

  /**
   * Takes {@code host}:{@code port} (0: any free port), before the baseline runs, so that a port in
   * use is said at once; {@link #serve} starts answering.
   *
   * @throws java.net.BindException when the port is taken or the address is not this machine's
   */
  public static WhatIfServer bind(String host, int port) throws IOException {
    return new WhatIfServer(HttpServer.create(new InetSocketAddress(host, port), 16), host);
  }

  /** Starts serving {@code whatIf}'s page. */
  public WhatIfServer serve(WhatIf whatIf) {
    this.whatIf = whatIf;
    server.start();
    return this;
  }

  /** The port served on. */
  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    handlers.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getRawPath();
      RequestGuard.Refusal refused = guard.check(method, exchange.getRequestHeaders());
      if (refused != null) {
        refuse(exchange, refused.status(), refused.message());
        return;
      }
      switch (path) {
        case "/" -> onlyGet(exchange, method, () -> send(exchange, 200, "text/html; charset=utf-8",
            WhatIfPage.page(shown(new Sessions.Versioned(0, whatIf.asWritten())), sessions.open(whatIf.asWritten()), Version.get())
                .getBytes(StandardCharsets.UTF_8)));
        case "/what-if.js" -> onlyGet(exchange, method, () -> send(exchange, 200, "text/javascript; charset=utf-8", script));
        case "/run" -> onlyPost(exchange, method, () -> run(exchange));
        case "/save" -> onlyPost(exchange, method, () -> save(exchange));
        case "/report" -> onlyPost(exchange, method, () -> report(exchange));
        case "/progress" -> onlyPost(exchange, method, () -> progress(exchange));
        case "/shift/add" -> onlyPost(exchange, method, () -> roster(exchange, "add"));
        case "/shift/remove" -> onlyPost(exchange, method, () -> roster(exchange, "remove"));
        case "/suggest" -> onlyPost(exchange, method, () -> roster(exchange, "suggest"));
        case "/reset" -> onlyPost(exchange, method, () -> roster(exchange, "reset"));
        case "/stop" -> onlyPost(exchange, method, () -> stop(exchange));
        default -> refuse(exchange, 404, "nothing is served at this path; the page is at /");
      }
    } catch (RuntimeException e) {
      // A bug must not take the server down, nor show the page a stack trace; the page is told.
      System.err.println("sim1177 serve: internal error answering a request: " + e);
      try {
        sendJson(exchange, 500, status("failed").put("message", "internal error in sim1177 serve (its console says more)"));
      } catch (IOException | RuntimeException alreadyAnswering) {
        // Its answer had begun: the connection closes, and the page says the server did not answer.
      }
    }
  }

  private interface Answer {
    void send() throws IOException;
  }

  private static void onlyGet(HttpExchange exchange, String method, Answer answer) throws IOException {
    if (method.equals("GET") || method.equals("HEAD")) {
      answer.send();
    } else {
      exchange.getResponseHeaders().set("Allow", "GET, HEAD");
      refuse(exchange, 405, "only GET is served here");
    }
  }

  private static void onlyPost(HttpExchange exchange, String method, Answer answer) throws IOException {
    if (method.equals("POST")) {
      answer.send();
    } else {
      exchange.getResponseHeaders().set("Allow", "POST");
      refuse(exchange, 405, "only POST is answered here");
    }
  }

  /** The session of a change, or null after refusing it (no token, an unknown one, too many requests). */
  private Sessions.Session session(HttpExchange exchange) throws IOException {
    Sessions.Session session = sessions.find(exchange.getRequestHeaders().getFirst("X-Sim1177-Token"));
    if (session == null) {
      refuse(exchange, 403, "the request carries no token of an open page (reload the page)");
      return null;
    }
    if (!session.admit(System.nanoTime())) {
      refuse(exchange, 429, "too many changes at once: at most " + Sessions.MAX_REQUESTS_PER_WINDOW + " in "
          + Sessions.WINDOW_NANOS / 1_000_000_000L + " seconds");
      return null;
    }
    return session;
  }

  /**
   * A change as the page sends it: the values of its fields ({@code edits}) and, for a change of the
   * roster, what to do ({@code controls}: the form's names that start with {@value #CONTROL}).
   */
  record Change(Map<String, String> edits, Map<String, String> controls) {
    String control(String name) {
      return controls.getOrDefault(CONTROL + name, "");
    }

    int index(String name) {
      try {
        return Integer.parseInt(control(name));
      } catch (NumberFormatException e) {
        return -1;
      }
    }
  }

  /** How the page marks a form value that is not a scenario value: what to do, and the new shift's parts. */
  static final String CONTROL = "_";

  /** The change of a form body, or null after refusing it (a change made from an older roster: 409 with the form as it is). */
  private Change change(HttpExchange exchange, Sessions.Versioned current) throws IOException {
    Draft draft = current.draft();
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
      refuse(exchange, 415, "the edits must be sent as application/x-www-form-urlencoded");
      return null;
    }
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readNBytes(RequestGuard.MAX_BODY_BYTES + 1);
    }
    if (body.length > RequestGuard.MAX_BODY_BYTES) {
      refuse(exchange, 413, "the request body is more than the " + RequestGuard.MAX_BODY_BYTES + " bytes allowed");
      return null;
    }
    Map<String, String> edits = new LinkedHashMap<>();
    Map<String, String> controls = new LinkedHashMap<>();
    try {
      for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        Map<String, String> into = key.startsWith(CONTROL) ? controls : edits;
        if (into.put(key, value) != null) {
          refuse(exchange, 400, key + ": given twice");
          return null;
        }
      }
    } catch (IllegalArgumentException e) {
      refuse(exchange, 400, "the edits are not well-formed form data: " + e.getMessage());
      return null;
    }
    // A change made from an older roster first: its fields may be ones this roster no longer has.
    String from = controls.getOrDefault(CONTROL + "draft", "");
    if (!from.isEmpty() && !from.equals(Integer.toString(current.version()))) {
      sendJson(exchange, 409, stale(current));
      return null;
    }
    List<String> refusals = new java.util.ArrayList<>(draft.refusals(edits));
    for (Map.Entry<String, String> c : controls.entrySet()) {
      if (c.getValue().length() > Draft.MAX_VALUE_LENGTH || c.getValue().chars().anyMatch(Character::isISOControl)) {
        refusals.add(c.getKey() + ": the value is too long or holds a control character");
      }
    }
    if (!refusals.isEmpty()) {
      ObjectNode answer = status("refused");
      ArrayNode problems = answer.putArray("problems");
      // Beside its field when the problem names one of the page's values.
      refusals.forEach(p -> problems.addObject().put("key", edits.keySet().stream().filter(k -> p.startsWith(k + ": ")
          && draft.fields().stream().anyMatch(f -> f.key().equals(k))).findFirst().orElse("")).put("message", p));
      sendJson(exchange, 400, answer);
      return null;
    }
    return new Change(edits, controls);
  }

  /** A page's change of values: its session, the draft it was made from, and the overrides it makes. */
  private record Edits(Sessions.Session session, Sessions.Versioned current, List<String> overrides) {}

  /** The change of values a request sends, or null after answering why it is refused. */
  private Edits edits(HttpExchange exchange) throws IOException {
    Sessions.Session session = session(exchange);
    Sessions.Versioned current = session == null ? null : session.draft();
    List<String> overrides = current == null ? null : overrides(exchange, current);
    return overrides == null ? null : new Edits(session, current, overrides);
  }

  /** The body's edits and their overrides of {@code current}, or null after answering why not. */
  private List<String> overrides(HttpExchange exchange, Sessions.Versioned current) throws IOException {
    Change change = change(exchange, current);
    return change == null ? null : validOverrides(exchange, current.draft(), change.edits());
  }

  private void run(HttpExchange exchange) throws IOException {
    Edits e = edits(exchange);
    WhatIf.Evaluation evaluation = e == null ? null : simulate(exchange, e.session(), e.current().draft(), e.overrides(), true);
    if (evaluation != null) {
      sendJson(exchange, 200, results(e.current(), evaluation, false, evaluation.seconds()));
    }
  }

  /**
   * A change of the roster: a shift added or removed, the roster suggested, or the file's back
   * ("reset", which reads no edits: it must work whatever the fields hold). The values outside the
   * roster stay changed ({@link Draft#notStaff}).
   */
  private void roster(HttpExchange exchange, String action) throws IOException {
    Sessions.Session session = session(exchange);
    Sessions.Versioned current = session == null ? null : session.draft();
    if (current == null) {
      return;
    }
    Draft draft = current.draft();
    Draft next;
    long searchStart = 0;
    List<String> overrides = List.of();
    List<String> kept = List.of();
    String message = null;
    if (action.equals("reset")) {
      next = whatIf.asWritten();
    } else {
      Change change = change(exchange, current);
      overrides = change == null ? null : validOverrides(exchange, draft, change.edits());
      if (overrides == null) {
        return;
      }
      kept = Draft.notStaff(overrides);
      try {
        switch (action) {
          case "add" -> next = draft.withShiftAdded(overrides, change.index("group"), change.control("days"),
              change.control("start"), change.control("end"), change.control("nurses"));
          case "remove" -> next = draft.withShiftRemoved(overrides, change.index("group"), change.index("shift"));
          default -> {
            searchStart = System.nanoTime();
            WhatIf.Suggestion s = suggest(exchange, session, draft, overrides);
            if (s == null) {
              return;
            }
            next = s.draft();
            message = SuggestedRoster.sentence(s.search().outcome(), s.todaysShifts());
          }
        }
      } catch (ScenarioException e) {
        sendJson(exchange, 422, invalid(e, overrides));
        return;
      }
    }
    WhatIf.Evaluation evaluation = simulate(exchange, session, next, kept, true);
    if (evaluation == null) {
      return;
    }
    if (!session.useDraft(current, next)) {
      sendJson(exchange, 409, stale(session.draft()));
      return;
    }
    // After a search, the time the page waited is the search's and the run's together.
    ObjectNode answer = results(session.draft(), evaluation, true,
        searchStart == 0 ? evaluation.seconds() : (System.nanoTime() - searchStart) / 1e9);
    if (message != null) {
      answer.put("message", message);
    }
    sendJson(exchange, 200, answer);
  }

  /** The staffing search on the session's draft, or null after answering why it found nothing. */
  private WhatIf.Suggestion suggest(HttpExchange exchange, Sessions.Session session, Draft draft, List<String> overrides)
      throws IOException {
    ReplicationMonitor monitor = new ReplicationMonitor(0);
    session.replaceRun(monitor, 0);
    return inSlot(exchange, session, monitor, overrides, "No roster suggested: ",
        () -> whatIf.suggest(draft, overrides, (step, done, planned) -> {
          session.searchProgress(monitor, step, done, planned);
          monitor.checkNotStopped();
        }));
  }

  /** Work for the one simulation slot: a run or a search. */
  private interface SlotWork<T> {
    T run() throws ScenarioException, RunFailedException, se.sim1177.app.UsageException, WhatIf.Cancelled;
  }

  /**
   * Runs {@code work} in the one simulation slot, after the runs waiting before it, or answers why
   * it did not run or finish: the queue full (503), cancelled while waiting or running, failed
   * (with {@code failedPrefix} before the reason), or bad input (422). Null when it has answered.
   */
  private <T> T inSlot(HttpExchange exchange, Sessions.Session session, ReplicationMonitor monitor, List<String> overrides,
      String failedPrefix, SlotWork<T> work) throws IOException {
    if (!enter(exchange, session, monitor)) {
      return null;
    }
    try {
      if (!acquire(monitor)) {
        sendJson(exchange, 200, status("cancelled"));
        return null;
      }
      try {
        return work.run();
      } finally {
        simulating.release();
      }
    } catch (WhatIf.Cancelled e) {
      sendJson(exchange, 200, status("cancelled"));
    } catch (RunFailedException | se.sim1177.app.UsageException e) {
      sendJson(exchange, 200, status("failed").put("message", failedPrefix + e.getMessage()));
    } catch (ScenarioException e) {
      sendJson(exchange, 422, invalid(e, overrides));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      sendJson(exchange, 200, status("cancelled"));
    } finally {
      waiting.decrementAndGet();
      session.finished(monitor);
    }
    return null;
  }

  /** The answer to a change made from an older roster than {@code current}: the form as it is now, for the page to show. */
  private ObjectNode stale(Sessions.Versioned current) {
    return status("stale").put("message", "The roster changed meanwhile; the page shows it now.")
        .put("form", WhatIfPage.form(shown(current)));
  }

  /** The answer to a run: the results part, and the form too when the roster changed. */
  private ObjectNode results(Sessions.Versioned current, WhatIf.Evaluation evaluation, boolean withForm, double seconds) {
    ObjectNode answer = status("ok");
    ArrayNode list = answer.putArray("overrides");
    evaluation.overrides().forEach(list::add);
    answer.put("seconds", seconds);
    WhatIfPage.Scenario shown = shown(current);
    answer.put("html", WhatIfPage.results(shown, new WhatIfPage.Edited(evaluation.overrides(), evaluation.result(),
        evaluation.callersDiffer(), current.draft().rosterChanged()), seconds));
    if (withForm) {
      answer.put("form", WhatIfPage.form(shown));
    }
    return answer;
  }

  /**
   * The report.html of what the page shows: the session's latest run when it has these edits, else a
   * run of its own, which neither stops the page's run nor is stopped by a newer edit.
   */
  private void report(HttpExchange exchange) throws IOException {
    Edits e = edits(exchange);
    if (e == null) {
      return;
    }
    Sessions.Session session = e.session();
    List<String> overrides = e.overrides();
    Draft draft = e.current().draft();
    WhatIf.Evaluation last = session.last();
    WhatIf.Evaluation evaluation;
    try {
      evaluation = last != null && last.scenario().equals(draft.edited(overrides)) ? last
          : simulate(exchange, session, draft, overrides, false);
    } catch (ScenarioException problem) {
      sendJson(exchange, 422, invalid(problem, overrides));
      return;
    }
    if (evaluation == null) {
      return;
    }
    List<String> line = new java.util.ArrayList<>(List.of("sim1177", "run"));
    if (draft.rosterChanged()) {
      // No command gives a roster changed on the page: the saved scenario does, with every value written in.
      line.add("(the scenario saved from the what-if page: its roster was changed there)");
    } else {
      if (!whatIf.source().name().startsWith("bundled:")) {
        line.add(whatIf.source().name());
      }
      overrides.forEach(o -> line.addAll(List.of("--set", o)));
    }
    RunInfo info = new RunInfo(Version.get(), line, draft.source().name() + (draft.rosterChanged() ? " (roster changed on the page)" : ""),
        draft.source().text(), overrides, java.time.OffsetDateTime.now().withNano(0).toString());
    attachment(exchange, "-what-if-report.html", "text/html; charset=utf-8", RunReportPage.html(evaluation.result(), info));
  }

  /** Stops the page's running simulation or search: its own request answers that it was cancelled. */
  private void stop(HttpExchange exchange) throws IOException {
    Sessions.Session session = session(exchange);
    if (session != null) {
      session.stop();
      sendJson(exchange, 200, status("stopped"));
    }
  }

  /** The progress of the page's running simulation or search, so that a long one shows how far it is. */
  private void progress(HttpExchange exchange) throws IOException {
    Sessions.Session session = sessions.find(exchange.getRequestHeaders().getFirst("X-Sim1177-Token"));
    if (session == null) {
      refuse(exchange, 403, "the request carries no token of an open page (reload the page)");
      return;
    }
    Sessions.Progress progress = session.progress();
    ObjectNode answer = status(progress == null ? "idle" : "running");
    if (progress != null) {
      answer.put("done", progress.done()).put("total", progress.total()).put("unit", progress.unit());
    }
    sendJson(exchange, 200, answer);
  }

  /** The overrides of {@code edits}, or null after answering with their problems (nothing runs). */
  private List<String> validOverrides(HttpExchange exchange, Draft draft, Map<String, String> edits) throws IOException {
    List<String> overrides = draft.overrides(edits);
    try {
      draft.edited(overrides);
      return overrides;
    } catch (ScenarioException e) {
      sendJson(exchange, 422, invalid(e, overrides));
      return null;
    }
  }

  /** Counts a request into the queue of simulations, or answers 503 when it is full. */
  private boolean enter(HttpExchange exchange, Sessions.Session session, ReplicationMonitor monitor) throws IOException {
    if (waiting.incrementAndGet() > MAX_WAITING) {
      waiting.decrementAndGet();
      session.finished(monitor);
      refuse(exchange, 503, "the server is busy with " + MAX_WAITING + " waiting simulations; try again in a moment");
      return false;
    }
    return true;
  }

  /**
   * Runs {@code draft} with {@code overrides} for the session, or answers why it did not: cancelled
   * by a newer edit, the line overloaded, the server busy. Null when it has answered.
   *
   * @param pagesRun whether it is the page's run, which stops the page's older one and is stopped by a newer
   */
  private WhatIf.Evaluation simulate(HttpExchange exchange, Sessions.Session session, Draft draft, List<String> overrides,
      boolean pagesRun) throws IOException {
    ReplicationMonitor monitor = new ReplicationMonitor(0);
    try {
      var run = draft.edited(overrides).simulation();
      if (pagesRun) {
        session.replaceRun(monitor, (long) run.replications() * run.totalDays());
      }
    } catch (ScenarioException e) {
      sendJson(exchange, 422, invalid(e, overrides));
      return null;
    }
    return inSlot(exchange, session, monitor, overrides, "", () -> {
      WhatIf.Evaluation evaluation = whatIf.evaluate(draft, overrides, monitor);
      if (pagesRun) {
        session.finished(evaluation);
      }
      return evaluation;
    });
  }

  /** The scenario as the page shows it, with the draft's values and roster. */
  private WhatIfPage.Scenario shown(Sessions.Versioned current) {
    Draft draft = current.draft();
    return new WhatIfPage.Scenario(whatIf.baseline().name(), whatIf.source().name(), draft.fields(),
        draft.scenario().staff().stream().map(g -> g.name()).toList(), draft.scenario().staffing() != null, current.version(),
        whatIf.baselineResult());
  }

  /** Waits for the simulation slot; false when a newer edit cancelled this one meanwhile. */
  private boolean acquire(ReplicationMonitor monitor) throws InterruptedException {
    while (!monitor.isStopped()) {
      if (simulating.tryAcquire(50, TimeUnit.MILLISECONDS)) {
        return true;
      }
    }
    return false;
  }

  private void save(HttpExchange exchange) throws IOException {
    Edits e = edits(exchange);
    if (e == null) {
      return;
    }
    List<String> overrides = e.overrides();
    String text;
    try {
      text = whatIf.savedText(e.current().draft(), overrides, Version.get());
    } catch (ScenarioException problem) {
      sendJson(exchange, 422, invalid(problem, overrides));
      return;
    }
    if (text == null) {
      refuse(exchange, 409, "the changed values could not be written back into the file's text; use run with --set "
          + String.join(" --set ", overrides));
      return;
    }
    attachment(exchange, "-what-if.yaml", "application/yaml; charset=utf-8", text);
  }

  /** Sends {@code text} as a download named after the scenario file, with {@code suffix}. */
  private void attachment(HttpExchange exchange, String suffix, String type, String text) throws IOException {
    String file = whatIf.source().defaultScenarioName().replaceAll("[^A-Za-z0-9._-]", "-") + suffix;
    exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + file + "\"");
    send(exchange, 200, type, text.getBytes(StandardCharsets.UTF_8));
  }

  /** The problems of an edit, each with the key of the field it belongs beside (empty when none). */
  private ObjectNode invalid(ScenarioException e, List<String> overrides) {
    ObjectNode answer = status("invalid");
    ArrayNode problems = answer.putArray("problems");
    for (ScenarioProblem p : e.problems()) {
      String key = "";
      for (String o : overrides) {
        String k = o.substring(0, o.indexOf('='));
        if (p.path().equals(k) || p.location().source().startsWith("--set " + k + "=")) {
          key = k;
        }
      }
      problems.addObject().put("key", key).put("message", p.toString());
    }
    answer.put("summary", (e.problems().size() == 1 ? "1 problem" : e.problems().size() + " problems")
        + "; nothing was run.");
    return answer;
  }

  private static ObjectNode status(String status) {
    return JSON.createObjectNode().put("status", status);
  }

  private static void refuse(HttpExchange exchange, int status, String message) throws IOException {
    sendJson(exchange, status, status("refused").put("message", message));
  }

  private static void sendJson(HttpExchange exchange, int status, ObjectNode body) throws IOException {
    send(exchange, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(body));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", type);
    headers.set("Cache-Control", "no-store");
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("X-Frame-Options", "DENY");
    headers.set("Cross-Origin-Resource-Policy", "same-origin");
    headers.set("Content-Security-Policy", WhatIfPage.POLICY + "; frame-ancestors 'none'");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
