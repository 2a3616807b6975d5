package se.sim1177.web;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.CountDownLatch;
import se.sim1177.app.RunFailedException;
import se.sim1177.app.ScenarioSource;
import se.sim1177.app.Threads;
import se.sim1177.app.UsageException;
import se.sim1177.app.WhatIf;
import se.sim1177.scenario.ScenarioException;

/**
 * {@code sim1177 serve}: the what-if page for a scenario, on this machine only unless asked
 * otherwise. The scenario is read and checked first (a bad one is refused as {@code run} refuses
 * it), the port is taken, the baseline runs, and the page is served until Ctrl-C. Nothing is
 * written on this machine: the page's "Save" is a download.
 */
public final class ServeJob {
  private ServeJob() {}

  /** A serving page: where it is, and how to stop it. */
  public record Serving(String url, WhatIf whatIf, WhatIfServer server) implements AutoCloseable {
    @Override
    public void close() {
      server.close();
    }
  }

  /** Serves until the process is stopped. */
  public static void run(ServeOptions options, PrintStream out, PrintStream err)
      throws ScenarioException, UsageException, RunFailedException {
    Serving serving = start(options, out, err);
    Runtime.getRuntime().addShutdownHook(new Thread(serving::close, "sim1177-serve-stop"));
    try {
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      serving.close();
    }
  }

  /** Reads the scenario, takes the port, runs the baseline and starts serving; the caller closes it. */
  public static Serving start(ServeOptions options, PrintStream out, PrintStream err)
      throws ScenarioException, UsageException, RunFailedException {
    int threads = Threads.forRun(options.threads(), err);
    if (options.port() < 0 || options.port() > 65535) {
      throw new UsageException("--port " + options.port() + ": must be a port number from 1 to 65535 (or 0 for any free one)");
    }
    String host = options.host().strip();
    // Read and checked before anything else: a bad scenario is refused at once, as run refuses it.
    ScenarioSource.fileOrDefault(options.scenario()).read(java.util.List.of());
    if (!isLoopback(host)) {
      err.println("warning: --host " + host + ": the page is open to other machines that can reach this one; anyone who"
          + " reaches it can run simulations and read the scenario (requests must still name this server, and each change"
          + " carries its page's token)");
    }
    WhatIfServer server;
    try {
      server = WhatIfServer.bind(host, options.port());
    } catch (BindException e) {
      throw new UsageException("--port " + options.port() + " on " + host + ": cannot listen there (" + e.getMessage()
          + "): another program (another sim1177 serve?) may be using it; stop it or give another port, like --port "
          + (options.port() == 65535 ? 8178 : options.port() + 1));
    } catch (IOException | RuntimeException e) {
      throw new UsageException("--host " + host + ": cannot listen there (" + e.getMessage() + "); give an address of this"
          + " machine, like 127.0.0.1");
    }
    try {
      err.println("running the baseline...");
      WhatIf whatIf = WhatIf.start(options.scenario(), threads);
      server.serve(whatIf);
      String shown = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
      String url = "http://" + (isWildcard(host) ? "127.0.0.1" : shown) + ":" + server.port() + "/";
      out.println("what-if page for " + whatIf.baseline().name() + ": " + url);
      out.println("open it in a browser; Ctrl-C stops the server (nothing is written here; \"Save\" downloads the scenario)");
      out.flush();
      return new Serving(url, whatIf, server);
    } catch (ScenarioException | RunFailedException | RuntimeException e) {
      server.close();
      throw e;
    }
  }

  private static boolean isWildcard(String host) {
    return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
  }

  private static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host.replaceAll("^\\[|\\]$", "")).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
