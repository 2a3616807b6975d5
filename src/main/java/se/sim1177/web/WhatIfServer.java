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
import se.sim1177.app.RunFailedException;
import se.sim1177.app.Version;
import se.sim1177.app.WhatIf;
import se.sim1177.model.ReplicationMonitor;
import se.sim1177.report.page.WhatIfPage;
import se.sim1177.scenario.ScenarioException;
import se.sim1177.scenario.ScenarioProblem;

/**
 * The what-if page's server ({@code sim1177 serve}), on the JDK's own HTTP server: four routes on
 * one machine need no framework, and it starts in milliseconds. Routes: {@code GET /} (the page,
 * with a new session's token), {@code GET /what-if.js} (its script), {@code POST /run} (the edits,
 * run paired against the baseline: JSON with the results as HTML) and {@code POST /save} (the
 * edited scenario as YAML). Nothing else is served: no path of a request reaches the file system,
 * and nothing is written on this machine.
 *
 * <p>At most one simulation runs at a time, on the threads given; {@link #MAX_WAITING} more may
 * wait, and a further one is refused with 503 (each page already cancels its own older run).
 */
public final class WhatIfServer implements AutoCloseable {
  static final int MAX_WAITING = 8;
  private static final String SCRIPT = "/web/what-if.js";
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
    this.handlers = Executors.newFixedThreadPool(MAX_WAITING + 4, r -> {
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
            WhatIfPage.page(shown(), sessions.open(), Version.get()).getBytes(StandardCharsets.UTF_8)));
        case "/what-if.js" -> onlyGet(exchange, method, () -> send(exchange, 200, "text/javascript; charset=utf-8", script));
        case "/run" -> onlyPost(exchange, method, () -> run(exchange));
        case "/save" -> onlyPost(exchange, method, () -> save(exchange));
        default -> refuse(exchange, 404, "nothing is served at this path; the page is at /");
      }
    } catch (RuntimeException e) {
      // A bug must not take the server down, nor show the page a stack trace.
      System.err.println("sim1177 serve: internal error answering a request: " + e);
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

  /** The edits of a form body, or null after refusing it. */
  private Map<String, String> edits(HttpExchange exchange) throws IOException {
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
    try {
      for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        if (edits.put(key, value) != null) {
          refuse(exchange, 400, key + ": given twice");
          return null;
        }
      }
    } catch (IllegalArgumentException e) {
      refuse(exchange, 400, "the edits are not well-formed form data: " + e.getMessage());
      return null;
    }
    List<String> refusals = whatIf.refusals(edits);
    if (!refusals.isEmpty()) {
      ObjectNode answer = status("refused");
      ArrayNode problems = answer.putArray("problems");
      refusals.forEach(p -> problems.addObject().put("key", "").put("message", p));
      sendJson(exchange, 400, answer);
      return null;
    }
    return edits;
  }

  private void run(HttpExchange exchange) throws IOException {
    Sessions.Session session = session(exchange);
    Map<String, String> edits = session == null ? null : edits(exchange);
    if (edits == null) {
      return;
    }
    List<String> overrides = whatIf.overrides(edits);
    try {
      whatIf.edited(overrides);
    } catch (ScenarioException e) {
      sendJson(exchange, 422, invalid(e, overrides));
      return;
    }
    ReplicationMonitor monitor = new ReplicationMonitor(0);
    session.replaceRun(monitor);
    if (waiting.incrementAndGet() > MAX_WAITING) {
      waiting.decrementAndGet();
      session.finished(monitor);
      refuse(exchange, 503, "the server is busy with " + MAX_WAITING + " waiting simulations; try again in a moment");
      return;
    }
    try {
      if (!acquire(monitor)) {
        sendJson(exchange, 200, status("cancelled"));
        return;
      }
      try {
        long start = System.nanoTime();
        WhatIf.Evaluation evaluation = whatIf.evaluate(overrides, monitor);
        double seconds = (System.nanoTime() - start) / 1e9;
        ObjectNode answer = status("ok");
        ArrayNode list = answer.putArray("overrides");
        overrides.forEach(list::add);
        answer.put("seconds", seconds);
        answer.put("html", WhatIfPage.results(shown(), new WhatIfPage.Edited(evaluation.overrides(), evaluation.result(),
            evaluation.callersDiffer()), seconds));
        sendJson(exchange, 200, answer);
      } finally {
        simulating.release();
      }
    } catch (WhatIf.Cancelled e) {
      sendJson(exchange, 200, status("cancelled"));
    } catch (RunFailedException e) {
      sendJson(exchange, 200, status("failed").put("message", e.getMessage()));
    } catch (ScenarioException e) {
      sendJson(exchange, 422, invalid(e, overrides));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      sendJson(exchange, 200, status("cancelled"));
    } finally {
      waiting.decrementAndGet();
      session.finished(monitor);
    }
  }

  /** The scenario as the page shows it. */
  private WhatIfPage.Scenario shown() {
    return new WhatIfPage.Scenario(whatIf.baseline().name(), whatIf.source().name(), whatIf.fields(), whatIf.baselineResult());
  }

  /** Waits for the simulation slot; false when a newer edit cancelled this one meanwhile. */
  private boolean acquire(ReplicationMonitor monitor) throws InterruptedException {
    while (true) {
      try {
        monitor.checkNotStopped();
      } catch (ReplicationMonitor.StoppedException e) {
        return false;
      }
      if (simulating.tryAcquire(50, TimeUnit.MILLISECONDS)) {
        return true;
      }
    }
  }

  private void save(HttpExchange exchange) throws IOException {
    Sessions.Session session = session(exchange);
    Map<String, String> edits = session == null ? null : edits(exchange);
    if (edits == null) {
      return;
    }
    List<String> overrides = whatIf.overrides(edits);
    String text;
    try {
      text = whatIf.savedText(overrides, Version.get());
    } catch (ScenarioException e) {
      sendJson(exchange, 422, invalid(e, overrides));
      return;
    }
    if (text == null) {
      refuse(exchange, 409, "the changed values could not be written back into the file's text; use run with --set "
          + String.join(" --set ", overrides));
      return;
    }
    String file = whatIf.source().defaultScenarioName().replaceAll("[^A-Za-z0-9._-]", "-") + "-what-if.yaml";
    exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + file + "\"");
    send(exchange, 200, "application/yaml; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
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
