package se.sim1177.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sim1177 serve} from the command line: a port in use, a port out of range and a bad
 * scenario are refused with exit 2 before anything runs; a real server process answers its page
 * and stops on Ctrl-C, leaving nothing behind and the port free.
 */
class ServeCliTest {
  @TempDir
  Path tmp;

  @Test
  void aPortInUseIsSaidAtOnceWithExit2() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      Refusal.Outcome o = Refusal.sim(List.of("serve", "scenarios/01-erlang-a-check.yaml", "--port", Integer.toString(port)));
      assertEquals(2, o.code(), o.err());
      assertTrue(o.err().startsWith("error: --port " + port + " on 127.0.0.1: cannot listen there ("), o.err());
      assertTrue(o.err().contains("give another port, like --port " + (port + 1)), o.err());
      assertTrue(Refusal.LEAKS.stream().noneMatch(o.err()::contains), o.err());
      assertEquals("", o.out());
    }
  }

  @Test
  void aPortOutOfRangeOrABadScenarioIsRefusedWithExit2() throws Exception {
    Refusal.Outcome port = Refusal.sim(List.of("serve", "--port", "70000"));
    assertEquals(2, port.code(), port.err());
    assertEquals("error: --port 70000: must be a port number from 1 to 65535 (or 0 for any free one)\n", port.err());
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(bad, Files.readString(Path.of("scenarios/01-erlang-a-check.yaml")).replaceFirst("nurses: \\d+", "nurses: -3"));
    Refusal.Outcome scenario = Refusal.sim(List.of("serve", bad.toString(), "--port", "0"));
    assertEquals(2, scenario.code(), scenario.err());
    assertTrue(scenario.err().contains(bad + ":") && scenario.err().contains("nurses: -3 must be a whole number"), scenario.err());
    assertTrue(scenario.err().endsWith("1 problem; nothing was run or written.\n"), scenario.err());
  }

  @Test
  void aServerProcessAnswersItsPageAndStopsOnCtrlCLeavingNothing() throws Exception {
    List<String> command = new ArrayList<>();
    // A process started in the background of a non-interactive shell inherits SIGINT ignored;
    // restore the default so the JVM sees Ctrl-C as a terminal user's server would (as InterruptTest does).
    Assumptions.assumeTrue(new File("/usr/bin/python3").canExecute() || new File("/usr/local/bin/python3").canExecute(),
        "python3 restores the default SIGINT disposition");
    command.addAll(List.of("python3", "-c",
        "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])"));
    command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        absoluteClassPath(), "se.sim1177.cli.Main", "serve", "--port", "0", "--threads", "1"));
    Path work = Files.createDirectories(tmp.resolve("work"));
    Process p = new ProcessBuilder(command).directory(work.toFile()).redirectError(tmp.resolve("err").toFile()).start();
    String url = null;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null && url == null; line = out.readLine()) {
        Matcher m = Pattern.compile("^what-if page for .*: (http://127\\.0\\.0\\.1:(\\d+)/)$").matcher(line);
        url = m.matches() ? m.group(1) : null;
      }
      assertTrue(url != null, "the server should say where its page is: " + Files.readString(tmp.resolve("err")));
      HttpURLConnection page = (HttpURLConnection) URI.create(url).toURL().openConnection();
      assertEquals(200, page.getResponseCode());
      assertTrue(new String(page.getInputStream().readAllBytes(), StandardCharsets.UTF_8).contains("sim1177-token"));
      new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
      assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the server stops on Ctrl-C");
    } finally {
      p.destroyForcibly();
    }
    assertEquals(130, p.exitValue(), Files.readString(tmp.resolve("err")));
    try (Stream<Path> left = Files.list(work)) {
      assertEquals(List.of(), left.toList(), "the server writes nothing where it runs");
    }
    int port = URI.create(url).getPort();
    try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
      assertEquals(port, again.getLocalPort(), "the port is free again");
    }
  }

  private static String absoluteClassPath() {
    return String.join(File.pathSeparator, Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(e -> Path.of(e).toAbsolutePath().toString()).toList());
  }
}
