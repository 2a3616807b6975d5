package se.sim1177.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;
import se.sim1177.app.RunFailedException;
import se.sim1177.app.UsageException;
import se.sim1177.app.Version;
import se.sim1177.report.OutputWarmUp;
import se.sim1177.report.chart.HeadlessDrawing;
import se.sim1177.report.console.ConsoleStream;
import se.sim1177.report.file.IoMessages;
import se.sim1177.report.file.ResultFolder;
import se.sim1177.scenario.ScenarioException;

/**
 * {@code sim1177}: the command line. Exit codes: 0 success, 1 the run failed, 2 bad input
 * (a scenario problem, an unknown option, a bad value).
 */
@Command(name = "sim1177",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = "Discrete-event simulator of the 1177 Vårdguiden nurse telephone line.")
public final class Main implements Callable<Integer> {
  /**
   * The commands, in the order help lists them. Registered in {@link #execute}: all of them, or
   * only the one named first on the command line, since picocli reads every registered command's
   * options and annotations when the command line is built (a fifth of a second for all of them,
   * on every run).
   */
  private static final Map<String, Class<?>> COMMANDS = commands();

  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int BAD_INPUT = 2;
  /** The commands that write a results folder. */
  private static final Set<String> WRITES_RESULTS = Set.of("run", "sweep", "compare", "merge", "staff", "import", "calibrate");

  final PrintStream out;
  final PrintStream err;
  final String[] arguments;

  @Spec
  private CommandSpec spec;

  Main(PrintStream out, PrintStream err, String[] arguments) {
    this.out = out;
    this.err = err;
    this.arguments = arguments.clone();
  }

  /** No subcommand: a usage error, so show what there is (on stderr, exit 2). */
  @Override
  public Integer call() throws UsageShown {
    spec.commandLine().usage(err);
    throw new UsageShown();
  }

  public static void main(String[] args) {
    PrintStream out = ConsoleStream.to(System.out);
    PrintStream err = ConsoleStream.to(System.err);
    AtomicBoolean finished = new AtomicBoolean();
    // On Ctrl-C or SIGTERM the JVM runs its shutdown hooks: say so, after the results folder's own
    // hook has removed what was being written.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (!finished.get()) {
        err.println("sim1177: interrupted" + (ResultFolder.committedFolders() == 0 ? "; nothing was written" : ""));
      }
    }, "sim1177-interrupted"));
    if (args.length > 0 && WRITES_RESULTS.contains(args[0])) {
      // Started before the command line is parsed: parsing and reading the scenario leave a core idle.
      OutputWarmUp.start();
    }
    int code;
    try {
      code = execute(args, out, err);
    } catch (OutOfMemoryError e) {
      // A last resort: the bound on callers should stop an overloaded line long before this.
      boolean merge = args.length > 0 && args[0].equals("merge");
      err.println("error: out of memory (" + (Runtime.getRuntime().maxMemory() >> 20) + " MB heap); nothing was written."
          + (merge ? " A merge keeps a few kilobytes per replication and variant: give Java more memory (java -Xmx...)"
              : " Run fewer replications at once (--threads), a smaller --max-callers, or give Java more memory (java -Xmx...)"));
      code = FAILED;
    }
    finished.set(true);
    System.exit(code);
  }

  /**
   * Runs the command line in-process and returns its exit code (what tests call). Everything it
   * prints goes through a {@link ConsoleStream}, which shows control characters as escapes.
   */
  public static int execute(String[] args, PrintStream rawOut, PrintStream rawErr) {
    HeadlessDrawing.settle();
    PrintStream out = ConsoleStream.to(rawOut);
    PrintStream err = ConsoleStream.to(rawErr);
    CommandLine cli = new CommandLine(new Main(out, err, args));
    Class<?> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
    for (Class<?> command : named != null && !"help".equals(args[0]) ? List.<Class<?>>of(named) : COMMANDS.values()) {
      cli.addSubcommand(command);
    }
    cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    // Plain help: ANSI styles would only reach the terminal as visible escapes.
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    cli.setParameterExceptionHandler(Main::badArguments);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failed(e, err));
    return cli.execute(args);
  }

  private static Map<String, Class<?>> commands() {
    Map<String, Class<?>> commands = new LinkedHashMap<>();
    for (Class<?> c : List.of(RunCommand.class, CheckCommand.class, ImportCommand.class, CalibrateCommand.class,
        SweepCommand.class, CompareCommand.class, MergeCommand.class, StaffCommand.class, ErlangCommand.class, ServeCommand.class, BenchCommand.class,
        CommandLine.HelpCommand.class)) {
      commands.put(c.getAnnotation(Command.class).name(), c);
    }
    return Collections.unmodifiableMap(commands);
  }

  /**
   * The one place where a command's failure becomes a message and an exit code: every command
   * hands its options to a job and lets what the job throws come here (picocli calls this as the
   * execution exception handler). A command line picocli cannot parse goes to {@link #badArguments}.
   */
  static int failed(Exception e, PrintStream err) {
    if (ResultFolder.abandonedOnSignal()) {
      // Ctrl-C or SIGTERM removed the folder being written, and whatever failed after that failed
      // because of it: the interrupt's own line says what happened.
      return FAILED;
    } else if (e instanceof ScenarioException s) {
      Problems.report(s, err);
      return BAD_INPUT;
    } else if (e instanceof UsageException u) {
      Problems.reportUsage(u.problems(), err);
      return BAD_INPUT;
    } else if (e instanceof UsageShown) {
      return BAD_INPUT;
    } else if (e instanceof RunFailedException) {
      err.println("error: " + e.getMessage());
      return FAILED;
    } else if (e instanceof IOException) {
      err.println("error: could not write the results: " + IoMessages.reason((IOException) e) + "; nothing was written");
      return FAILED;
    }
    err.println("sim1177: internal error: " + e);
    if (System.getenv("SIM1177_DEBUG") != null) {
      e.printStackTrace(err);
    } else {
      err.println("(set SIM1177_DEBUG=1 to see where)");
    }
    return FAILED;
  }

  /** A usage error whose usage has been shown already: exit 2, nothing more to say. */
  static final class UsageShown extends Exception {
    private static final long serialVersionUID = 1L;
  }

  /**
   * A command line picocli could not parse (unknown option, missing or malformed value): the
   * problem on one line and where to read more, not the whole usage.
   */
  private static int badArguments(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter w = command.getErr();
    w.println("error: " + describe(e));
    w.println("see '" + command.getCommandSpec().qualifiedName() + " --help'");
    return BAD_INPUT;
  }

  private static String describe(ParameterException e) {
    String message = e.getMessage().strip().replaceAll("\\s*\\R\\s*", " ")
        // picocli names Java types; a user knows numbers.
        .replace("is not an int", "is not a whole number (or is too large)")
        .replace("is not a long", "is not a whole number (or is too large)")
        .replace("is not a double", "is not a number")
        .replaceFirst("^Invalid value", "invalid value");
    if (!(e instanceof UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) {
      return message;
    }
    String suggestions = u.getSuggestions().isEmpty() ? ""
        : " (did you mean " + String.join(" or ", u.getSuggestions().stream().limit(3).map(x -> "'" + x + "'").toList()) + "?)";
    String first = u.getUnmatched().get(0);
    CommandSpec spec = e.getCommandLine().getCommandSpec();
    if (first.startsWith("-")) {
      return message + suggestions;
    }
    if (!spec.subcommands().isEmpty()) {
      return "unknown command '" + first + "'" + suggestions + "; the commands are " + String.join(", ", spec.subcommands().keySet());
    }
    return "unexpected argument" + (u.getUnmatched().size() == 1 ? " '" + first + "'"
        : "s " + String.join(" ", u.getUnmatched().stream().map(x -> "'" + x + "'").toList()));
  }

  /** The command line as typed, for run.json. */
  java.util.List<String> commandLine() {
    java.util.List<String> line = new java.util.ArrayList<>();
    line.add("sim1177");
    line.addAll(java.util.List.of(arguments));
    return line;
  }

  /** The version baked in at build time. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"sim1177 " + Version.get()};
    }
  }
}
