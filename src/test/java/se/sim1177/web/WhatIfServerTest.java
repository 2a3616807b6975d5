package se.sim1177.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.sim1177.app.WhatIf;

/**
 * The what-if server's guard, over a plain socket (so the test, not an HTTP client, decides every
 * header): a foreign Host (DNS rebinding), a foreign Origin or a cross-site fetch, a missing or
 * unknown token, an oversized body, a path outside the page, a value the page does not offer, a
 * wrong method and a flood of requests are each refused with their status, and nothing is run or
 * written. A good edit is run, and the same edit again runs again (nothing cached by mistake).
 */
class WhatIfServerTest {
  static final String EVENING = "staff.groups[0].shifts[3].nurses";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path tmp;
  static Path scenario;
  static byte[] scenarioBytes;
  static WhatIf whatIf;
  static WhatIfServer server;
  static String token;

  @BeforeAll
  static void start() throws Exception {
    // A copy of the starter scenario in a folder of its own, to see that nothing is written beside it.
    scenario = tmp.resolve("starter.yaml");
    Files.copy(Path.of("scenarios/00-starter.yaml"), scenario);
    scenarioBytes = Files.readAllBytes(scenario);
    whatIf = WhatIf.start(scenario, 2);
    server = WhatIfServer.bind("127.0.0.1", 0).serve(whatIf);
    Response page = request("GET", "/", Map.of(), null);
    assertEquals(200, page.status);
    Matcher m = Pattern.compile("name=\"sim1177-token\" content=\"([A-Za-z0-9_-]{43})\"").matcher(page.body);
    assertTrue(m.find(), "the page should carry a 32-byte token");
    token = m.group(1);
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
    assertEquals(List.of(scenario), listed(), "nothing should be written beside the scenario");
    assertTrue(java.util.Arrays.equals(scenarioBytes, Files.readAllBytes(scenario)), "the scenario file should be untouched");
  }

  @Test
  void thePageIsServedWithAPolicyThatAllowsOnlyItsOwnScript() throws Exception {
    Response page = request("GET", "/", Map.of(), null);
    assertEquals(200, page.status);
    String policy = page.headers.get("content-security-policy");
    assertTrue(policy.startsWith("default-src 'none'; script-src 'self'; connect-src 'self';"), policy);
    assertEquals("nosniff", page.headers.get("x-content-type-options"));
    assertEquals("DENY", page.headers.get("x-frame-options"));
    Response script = request("GET", "/what-if.js", Map.of(), null);
    assertEquals(200, script.status);
    assertTrue(script.headers.get("content-type").startsWith("text/javascript"), script.headers.toString());
  }

  @Test
  void aGoodEditRunsAndTheSameEditRunsAgain() throws Exception {
    long before = whatIf.simulations();
    Response r = run(Map.of("X-Sim1177-Token", token), EVENING, "0");
    assertEquals(200, r.status, r.body);
    JsonNode answer = JSON.readTree(r.body);
    assertEquals("ok", answer.get("status").asText(), r.body);
    assertTrue(answer.get("html").asText().contains("data-metric=\"answer_rate\""), r.body);
    assertEquals(before + 1, whatIf.simulations());
    assertEquals(200, run(Map.of("X-Sim1177-Token", token), EVENING, "0").status);
    assertEquals(before + 2, whatIf.simulations());
  }

  @Test
  void aForeignHostIsRefusedAsDnsRebindingWouldSendIt() throws Exception {
    assertRefusedAndNothingRun(403, "the Host header \"attacker.example:" + server.port() + "\" is not this server's",
        () -> request("GET", "/", Map.of("Host", "attacker.example:" + server.port()), null));
    assertRefusedAndNothingRun(403, "is not this server's",
        () -> run(Map.of("Host", "attacker.example:" + server.port(), "X-Sim1177-Token", token), EVENING, "9"));
    assertRefusedAndNothingRun(403, "is not this server's",
        () -> request("GET", "/", Map.of("Host", "127.0.0.1:1"), null));
  }

  @Test
  void aForeignOriginOrACrossSiteFetchIsRefused() throws Exception {
    assertRefusedAndNothingRun(403, "the request comes from \"http://attacker.example\"",
        () -> run(Map.of("Origin", "http://attacker.example", "X-Sim1177-Token", token), EVENING, "9"));
    assertRefusedAndNothingRun(403, "not from this server's page",
        () -> run(Map.of("Origin", "https://127.0.0.1:" + server.port(), "X-Sim1177-Token", token), EVENING, "9"));
    assertRefusedAndNothingRun(403, "the browser says the request comes from another site (cross-site)",
        () -> run(Map.of("Sec-Fetch-Site", "cross-site", "X-Sim1177-Token", token), EVENING, "9"));
    // The page's own origin is let through.
    assertEquals(200, run(Map.of("Origin", "http://127.0.0.1:" + server.port(), "X-Sim1177-Token", token), EVENING, "1").status);
  }

  @Test
  void anotherSiteCannotOpenThePageToCrowdOutTheManagersSession() throws Exception {
    for (String site : List.of("cross-site", "same-site")) {
      assertRefusedAndNothingRun(403, "the browser says the request comes from another site (" + site + ")",
          () -> request("GET", "/", Map.of("Sec-Fetch-Site", site), null));
    }
    // The manager's own page still works after any number of refused loads.
    for (int i = 0; i < Sessions.MAX_SESSIONS + 1; i++) {
      request("GET", "/", Map.of("Sec-Fetch-Site", "cross-site"), null);
    }
    assertEquals(200, run(Map.of("X-Sim1177-Token", token), EVENING, "1").status);
  }

  @Test
  void anEmptiedFieldIsRefusedRatherThanDroppingTheKey() throws Exception {
    long before = whatIf.simulations();
    Response r = run(Map.of("X-Sim1177-Token", token), EVENING, " ");
    assertEquals(400, r.status, r.body);
    assertTrue(r.body.contains(EVENING + ": needs a value (it is "), r.body);
    assertEquals(EVENING, JSON.readTree(r.body).get("problems").get(0).get("key").asText(), "shown beside its field");
    assertEquals(before, whatIf.simulations());
  }

  @Test
  void aChangeWithoutItsPagesTokenIsRefused() throws Exception {
    assertRefusedAndNothingRun(403, "the request carries no token of an open page", () -> run(Map.of(), EVENING, "9"));
    assertRefusedAndNothingRun(403, "the request carries no token of an open page",
        () -> run(Map.of("X-Sim1177-Token", "A".repeat(43)), EVENING, "9"));
    for (String path : List.of("/save", "/report", "/suggest", "/shift/add", "/shift/remove", "/reset", "/stop", "/progress")) {
      assertRefusedAndNothingRun(403, "the request carries no token of an open page",
          () -> request("POST", path, Map.of("Content-Type", "application/x-www-form-urlencoded"), EVENING + "=9"));
    }
  }

  @Test
  void anOversizedBodyIsRefused() throws Exception {
    // Refused by its Content-Length, before a byte of it is read (the test sends none: the server answers at once).
    assertRefusedAndNothingRun(413, "the request body is 65537 bytes, more than the 65536 allowed",
        () -> request("POST", "/run", Map.of("X-Sim1177-Token", token, "Content-Type", "application/x-www-form-urlencoded",
            "Content-Length", "65537"), null));
    // Without a length (chunked), by what arrives: one byte over the limit, in one chunk.
    String big = form(EVENING, "1") + "&x=" + "y".repeat(RequestGuard.MAX_BODY_BYTES);
    String chunk = Integer.toHexString(big.length()) + "\r\n" + big + "\r\n0\r\n\r\n";
    assertRefusedAndNothingRun(413, "the request body is more than the 65536 bytes allowed",
        () -> request("POST", "/run", Map.of("X-Sim1177-Token", token, "Content-Type", "application/x-www-form-urlencoded",
            "Transfer-Encoding", "chunked"), chunk, false));
  }

  @Test
  void aPathOutsideThePageReachesNothing() throws Exception {
    for (String path : List.of("/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/starter.yaml", "/scenarios/02-varmland-2019.yaml",
        "/web/what-if.js", "/what-if.js/..", "//etc/passwd", "/run/../../" + scenario, "/shift", "/shift/add/../../etc/passwd")) {
      assertRefusedAndNothingRun(404, "nothing is served at this path", () -> request("GET", path, Map.of(), null));
    }
    // A key of the scenario the page does not offer (one that could name a file or change the seed) is refused too.
    for (String key : List.of("simulation.seed", "arrivals.intraday[0]", "../../etc/passwd", "")) {
      Response r = run(Map.of("X-Sim1177-Token", token), key, "1");
      assertEquals(400, r.status, r.body);
      assertTrue(r.body.contains("not a value this page edits"), r.body);
    }
  }

  @Test
  void aWrongMethodIsRefused() throws Exception {
    assertRefusedAndNothingRun(405, "only POST is answered here", () -> request("GET", "/run", Map.of(), null));
    assertRefusedAndNothingRun(405, "only GET is served here", () -> request("DELETE", "/", Map.of(), null));
  }

  @Test
  void aBadValueIsRefusedBesideItsField() throws Exception {
    long before = whatIf.simulations();
    Response r = run(Map.of("X-Sim1177-Token", token), EVENING, "-1");
    assertEquals(422, r.status, r.body);
    JsonNode problem = JSON.readTree(r.body).get("problems").get(0);
    assertEquals(EVENING, problem.get("key").asText());
    assertEquals("--set " + EVENING + "=-1: " + EVENING + ": -1 must be a whole number from 0 to 100000", problem.get("message").asText());
    assertEquals(before, whatIf.simulations());
  }

  @Test
  void aFloodOfRequestsFromOnePageIsSlowedDown() throws Exception {
    // A page of its own, so the other tests' requests do not count.
    Matcher m = Pattern.compile("content=\"([A-Za-z0-9_-]{43})\"").matcher(request("GET", "/", Map.of(), null).body);
    assertTrue(m.find());
    String own = m.group(1);
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i <= Sessions.MAX_REQUESTS_PER_WINDOW; i++) {
      statuses.add(run(Map.of("X-Sim1177-Token", own), EVENING, "-1").status);
    }
    assertEquals(List.of(422), statuses.subList(0, Sessions.MAX_REQUESTS_PER_WINDOW).stream().distinct().toList());
    assertEquals(429, statuses.get(Sessions.MAX_REQUESTS_PER_WINDOW));
  }

  @Test
  void saveDownloadsTheEditedScenarioAndWritesNothingHere() throws Exception {
    Response r = request("POST", "/save", Map.of("X-Sim1177-Token", token, "Content-Type", "application/x-www-form-urlencoded"),
        form(EVENING, "3"));
    assertEquals(200, r.status, r.body);
    assertEquals("attachment; filename=\"starter-what-if.yaml\"", r.headers.get("content-disposition"));
    assertTrue(r.body.startsWith("# Edited on sim1177 "), r.body);
  }

  @Test
  void theReportIsOfWhatThePageShowsWithoutRunningItAgain() throws Exception {
    Map<String, String> headers = Map.of("X-Sim1177-Token", token, "Content-Type", "application/x-www-form-urlencoded");
    assertEquals(200, request("POST", "/run", headers, form(EVENING, "2")).status);
    long before = whatIf.simulations();
    Response report = request("POST", "/report", headers, form(EVENING, "2"));
    assertEquals(200, report.status, report.body);
    assertEquals("attachment; filename=\"starter-what-if-report.html\"", report.headers.get("content-disposition"));
    assertTrue(report.body.startsWith("<!DOCTYPE html>") && report.body.contains("--set " + EVENING + "=2"), report.body);
    assertEquals(before, whatIf.simulations(), "the page's latest run is reported, not run again");
    assertEquals(200, request("POST", "/report", headers, form(EVENING, "3")).status);
    assertEquals(before + 1, whatIf.simulations(), "other edits than the latest run's are run first");
  }

  @Test
  void progressIsThePagesOwnAndIdleWhenNothingRuns() throws Exception {
    Response idle = request("POST", "/progress", Map.of("X-Sim1177-Token", token), "");
    assertEquals(200, idle.status, idle.body);
    assertEquals("idle", JSON.readTree(idle.body).get("status").asText());
    assertEquals(403, request("POST", "/progress", Map.of(), "").status);
    Sessions sessions = new Sessions();
    Sessions.Session own = sessions.find(sessions.open(whatIf.asWritten()));
    se.sim1177.model.ReplicationMonitor first = new se.sim1177.model.ReplicationMonitor(0);
    own.replaceRun(first, 840);
    assertEquals(new Sessions.Progress(0, 840, "simulated days"), own.progress());
    se.sim1177.model.ReplicationMonitor second = new se.sim1177.model.ReplicationMonitor(0);
    own.replaceRun(second, 10);
    assertTrue(first.isStopped() && !second.isStopped(), "a newer run stops the older one");
    own.finished(first);
    assertEquals(new Sessions.Progress(0, 10, "simulated days"), own.progress(), "the older run's end leaves the newer");
    own.searchProgress(first, "the older search", 1, 9);
    own.searchProgress(second, "solving the roster program", 3, 12);
    assertEquals(new Sessions.Progress(3, 12, "solving the roster program"), own.progress(), "only the running search's steps count");
    own.finished(second);
    assertEquals(null, own.progress());
  }

  @Test
  void aShiftTakenOutOrAddedIsRunAndSavedAsTheRosterShown() throws Exception {
    // A page of its own: its roster changes.
    Matcher m = Pattern.compile("content=\"([A-Za-z0-9_-]{43})\"").matcher(request("GET", "/", Map.of(), null).body);
    assertTrue(m.find());
    Map<String, String> headers = Map.of("X-Sim1177-Token", m.group(1), "Content-Type", "application/x-www-form-urlencoded");
    int shifts = whatIf.baseline().staff().get(0).shifts().size();

    Response bad = request("POST", "/shift/add", headers, "_group=0&_days=mon-fri&_start=25:00&_end=16:00&_nurses=0");
    assertEquals(422, bad.status, bad.body);
    List<String> problems = new ArrayList<>();
    JSON.readTree(bad.body).get("problems").forEach(p -> problems.add(p.get("message").asText()));
    assertEquals(List.of("new shift: start: \"25:00\" must be a time of day from 00:00 to 23:59",
        "new shift: nurses: \"0\" must be a whole number from 1 to 100000"), problems);

    long before = whatIf.simulations();
    Response added = request("POST", "/shift/add", headers, "_group=0&_days=sat-sun&_start=07:00&_end=08:00&_nurses=2");
    assertEquals(200, added.status, added.body);
    JsonNode answer = JSON.readTree(added.body);
    assertEquals(before + 1, whatIf.simulations());
    assertTrue(answer.get("form").asText().contains("name=\"staff.groups[0].shifts[" + shifts + "].nurses\""), "the new shift's field");
    assertTrue(answer.get("html").asText().contains("data-roster-changed=\"true\""), answer.get("html").asText());

    // The new shift's nurses are a value like any other; the saved file reads into the roster shown.
    String key = "staff.groups[0].shifts[" + shifts + "].nurses";
    Response saved = request("POST", "/save", headers, form(key, "3"));
    assertEquals(200, saved.status, saved.body);
    assertTrue(saved.body.contains("#   staff: the roster as changed on the page") && saved.body.contains("#   " + key + ": 2 -> 3"),
        saved.body.substring(0, 400));
    se.sim1177.scenario.Scenario read = new se.sim1177.app.ScenarioSource("saved", saved.body, "saved").read(List.of());
    se.sim1177.scenario.Shift last = read.staff().get(0).shifts().get(shifts);
    assertEquals(List.of(420, 480, 3), List.of(last.startMinute(), last.endMinute(), last.nurses()));

    // A change made from the roster before the add (a double click, an answer the page stopped waiting for) is refused.
    Response stale = request("POST", "/shift/remove", headers, "_draft=0&_group=0&_shift=0");
    assertEquals(409, stale.status, stale.body);
    assertEquals("stale", JSON.readTree(stale.body).get("status").asText());
    assertTrue(JSON.readTree(stale.body).get("form").asText().contains("name=\"" + key + "\""), "the form as the server has it");

    Response removed = request("POST", "/shift/remove", headers, "_draft=1&_group=0&_shift=" + shifts);
    assertEquals(200, removed.status, removed.body);
    assertTrue(!JSON.readTree(removed.body).get("form").asText().contains("name=\"" + key + "\""), "the shift is gone");
    assertEquals(422, request("POST", "/shift/remove", headers, "_group=0&_shift=99").status);
    // Values outside the roster stay changed across a roster change; the file's roster comes back whatever a field holds.
    String demand = "arrivals.calls_per_year";
    Response kept = request("POST", "/shift/add", headers, form(demand, "150000") + "&_group=0&_days=all&_start=10:00&_end=14:00&_nurses=1");
    assertEquals(200, kept.status, kept.body);
    assertEquals("[\"" + demand + "=150000\"]", JSON.readTree(kept.body).get("overrides").toString());
    Response reset = request("POST", "/reset", headers, form(demand, "abc"));
    assertEquals(200, reset.status, reset.body);
    assertTrue(JSON.readTree(reset.body).get("html").asText().contains("data-roster-changed=\"false\""));
  }

  @Test
  void aSecondRemoveFromTheOldFormGetsTheFormAsItIsNotARefusal() throws Exception {
    // A double click on "Remove": the second request comes from the form before the first's answer,
    // and names the removed shift's field, which the roster no longer has.
    Matcher m = Pattern.compile("content=\"([A-Za-z0-9_-]{43})\"").matcher(request("GET", "/", Map.of(), null).body);
    assertTrue(m.find());
    Map<String, String> headers = Map.of("X-Sim1177-Token", m.group(1), "Content-Type", "application/x-www-form-urlencoded");
    int last = whatIf.baseline().staff().get(0).shifts().size() - 1;
    String oldForm = "_draft=0&_group=0&_shift=" + last + "&" + form("staff.groups[0].shifts[" + last + "].nurses",
        Integer.toString(whatIf.baseline().staff().get(0).shifts().get(last).nurses()));
    assertEquals(200, request("POST", "/shift/remove", headers, oldForm).status);
    Response second = request("POST", "/shift/remove", headers, oldForm);
    assertEquals(409, second.status, second.body);
    assertEquals("stale", JSON.readTree(second.body).get("status").asText());
    assertEquals(409, request("POST", "/run", headers, oldForm).status, "every change from the old form, until the page is redrawn");
  }

  @Test
  void aSuggestionCanBeStoppedAndNothingChanges() throws Exception {
    // A page of its own; the starter has no staffing: section, so the search is offered today's shifts.
    Matcher m = Pattern.compile("content=\"([A-Za-z0-9_-]{43})\"").matcher(request("GET", "/", Map.of(), null).body);
    assertTrue(m.find());
    String own = m.group(1);
    java.util.concurrent.CompletableFuture<Response> suggestion = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try {
        return request("POST", "/suggest", Map.of("X-Sim1177-Token", own, "Content-Type", "application/x-www-form-urlencoded"), "");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    // Stop once the search reports its first step (or at once, if it has not begun).
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (!JSON.readTree(request("POST", "/progress", Map.of("X-Sim1177-Token", own), "").body).get("status").asText().equals("running")
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertEquals(200, request("POST", "/stop", Map.of("X-Sim1177-Token", own), "").status);
    Response r = suggestion.get(60, java.util.concurrent.TimeUnit.SECONDS);
    assertEquals("cancelled", JSON.readTree(r.body).get("status").asText(), r.body);
    // The page's roster is the file's still: a run of the evening shift is as before.
    assertEquals(200, run(Map.of("X-Sim1177-Token", own, "_draft", "0"), EVENING, "2").status);
  }

  // --- helpers

  private interface Call {
    Response call() throws IOException;
  }

  private static void assertRefusedAndNothingRun(int status, String message, Call call) throws IOException {
    long before = whatIf.simulations();
    Response r = call.call();
    assertEquals(status, r.status, r.body);
    assertTrue(JSON.readTree(r.body).get("message").asText().contains(message), r.body);
    assertEquals(before, whatIf.simulations(), "nothing should run for a refused request");
  }

  private static Response run(Map<String, String> headers, String key, String value) throws IOException {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put("Content-Type", "application/x-www-form-urlencoded");
    return request("POST", "/run", all, form(key, value));
  }

  private static String form(String key, String value) {
    return URLEncoder.encode(key, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static List<Path> listed() throws IOException {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.toList();
    }
  }

  record Response(int status, Map<String, String> headers, String body) {}

  /** One HTTP/1.1 request, every header as given (Host defaults to the server's own), read to its end. */
  static Response request(String method, String path, Map<String, String> headers, String body) throws IOException {
    return request(method, path, headers, body, true);
  }

  /** As above; without {@code withLength}, the body is sent as it is, with no Content-Length of its own. */
  static Response request(String method, String path, Map<String, String> headers, String body, boolean withLength) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(60_000);
      StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
      Map<String, String> all = new LinkedHashMap<>();
      all.put("Host", "127.0.0.1:" + server.port());
      all.putAll(headers);
      byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      if (body != null && withLength) {
        all.put("Content-Length", Integer.toString(bytes.length));
      }
      all.put("Connection", "close");
      all.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
      head.append("\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.UTF_8));
      try {
        out.write(bytes);
        out.flush();
      } catch (IOException e) {
        // The server may answer and close before reading an oversized body: its answer is still there to read.
      }
      // The answer is read by its Content-Length, as a browser reads it: a refused request's body may
      // still be unread when the answer is complete, and the connection then stays open a while.
      InputStream in = socket.getInputStream();
      java.io.ByteArrayOutputStream head2 = new java.io.ByteArrayOutputStream();
      while (!head2.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
        int b = in.read();
        if (b < 0) {
          break;
        }
        head2.write(b);
      }
      String[] lines = head2.toString(StandardCharsets.UTF_8).strip().split("\r\n");
      Map<String, String> responseHeaders = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        responseHeaders.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
      }
      String length = responseHeaders.get("content-length");
      byte[] content = length == null ? in.readAllBytes() : in.readNBytes(Integer.parseInt(length));
      return new Response(Integer.parseInt(lines[0].split(" ")[1]), responseHeaders, new String(content, StandardCharsets.UTF_8));
    }
  }
}
