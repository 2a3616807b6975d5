package se.sim1177.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import se.sim1177.app.Threads;
import se.sim1177.web.ServeJob;
import se.sim1177.web.ServeOptions;

/** {@code sim1177 serve}: the what-if page. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve a what-if page: change a roster, see the month move.",
        "The page is on this machine only: http://127.0.0.1:8177/ by default.",
        "Change nurses per shift, workplaces, absence, demand, patience, redials or targets,",
        "and see the month simulated again, paired against the scenario as written (the same",
        "callers), with each figure's change and its 95%% interval. \"Save\" downloads the",
        "edited scenario as YAML, which run reproduces exactly. Ctrl-C stops the server;",
        "nothing is written on this machine."})
final class ServeCommand implements Callable<Integer> {
  @ParentCommand
  private Main main;

  @Parameters(arity = "0..1", paramLabel = "SCENARIO", description = {"Scenario file (YAML).", "Default: the bundled Värmland-sized 2019 scenario."})
  private Path scenario;

  @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 for any free one).")
  private int port = ServeOptions.DEFAULT_PORT;

  @Option(names = "--host", paramLabel = "ADDRESS", description = {"Address to listen on (default: ${DEFAULT-VALUE}, this machine only).",
      "Another address opens the page to other machines, with a warning."})
  private String host = ServeOptions.DEFAULT_HOST;

  @Option(names = "--threads", paramLabel = "T", description = "Worker threads for each simulation (default: all cores). Results do not depend on it.")
  private Integer threads;

  @Override
  public Integer call() throws Exception {
    ServeJob.run(new ServeOptions(scenario, host, port, Threads.orAllCores(threads)), main.out, main.err);
    return Main.OK;
  }
}
