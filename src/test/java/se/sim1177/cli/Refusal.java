package se.sim1177.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The project's rule for bad input, as one check the broken-input tests share: the command either
 * succeeds (exit 0) or refuses (exit 2) with one located line per problem, no stack trace, no
 * control character printed raw (a terminal would obey it), and nothing written.
 * {@link #violations} lists every way an outcome breaks the rule, so a failing property prints all
 * of them at once beside the input that caused them.
 */
final class Refusal {
  /** Words that mean a Java failure leaked to the user. */
  static final List<String> LEAKS = List.of("Exception", "internal error", "\tat ", "NullPointer", "SIM1177_DEBUG");

  /** A command-line option named in a message: {@code --set}, {@code --threads}. */
  private static final Pattern FLAG = Pattern.compile("--[a-z][a-z-]*");

  /**
   * The summary line after the problems: {@code 2 problems; nothing was run or written.}, or for a
   * long list {@code 90000 problems; the first 20 are shown, 89980 more are not; nothing was run or written.}
   */
  private static final Pattern COUNT =
      Pattern.compile("(\\d+) problems?(?:; the first (\\d+) are shown, (\\d+) more (?:is|are) not)?; nothing was run or written\\.");

  private Refusal() {}

  /** What a command did: its exit code and what it printed. */
  record Outcome(int code, String out, String err) {
    List<String> errorLines() {
      return err.lines().filter(l -> l.startsWith("error:")).toList();
    }
  }

  static Outcome sim(List<String> args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.execute(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /**
   * Every way {@code o} breaks the rule.
   *
   * @param scenario the scenario file the command read (null when none)
   * @param original the file's bytes before the command
   * @param out the {@code --out} folder (null when the command has none)
   * @param folder the temporary folder holding the scenario and the {@code --out} folder; on a refusal
   *     it must hold nothing but the scenario
   */
  static List<String> violations(Outcome o, Path scenario, byte[] original, Path out, Path folder) throws IOException {
    List<String> v = new ArrayList<>();
    if (o.code() != Main.OK && o.code() != Main.BAD_INPUT) {
      v.add("exit code " + o.code() + ", expected 0 or 2");
    }
    for (String line : (o.out() + "\n" + o.err()).split("\n")) {
      for (String leak : LEAKS) {
        if (line.contains(leak)) {
          v.add("leaks '" + leak.strip() + "': " + line);
        }
      }
      // Issue 17.5: a control character from a name, path or value, printed raw, is obeyed by the terminal.
      line.chars().filter(c -> Character.isISOControl(c) && c != '\t').findFirst()
          .ifPresent(c -> v.add(String.format(java.util.Locale.ROOT, "prints U+%04X raw: %s", c, line)));
    }
    if (scenario != null && !Arrays.equals(original, Files.readAllBytes(scenario))) {
      v.add("the scenario file was changed");
    }
    if (o.code() == Main.BAD_INPUT) {
      v.addAll(refusalViolations(o, scenario));
      if (out != null && Files.exists(out)) {
        v.add("the results folder " + out.getFileName() + " was written");
      }
      try (Stream<Path> files = Files.list(folder)) {
        files.filter(f -> !f.equals(scenario)).forEach(f -> v.add("left behind: " + f.getFileName()));
      }
    }
    return v;
  }

  /** The message rules of a refusal: located one-line problems, counted consistently. */
  static List<String> refusalViolations(Outcome o, Path scenario) {
    List<String> v = new ArrayList<>();
    if (o.err().isBlank()) {
      v.add("exit 2 with nothing on stderr");
      return v;
    }
    List<String> errors = o.errorLines();
    if (errors.isEmpty()) {
      // A command-line parse error (picocli's own wording): it must at least name the option or file.
      String first = o.err().lines().findFirst().orElse("");
      if (!located(first, scenario)) {
        v.add("first line names neither the file nor an option: " + first);
      }
    }
    for (String line : errors) {
      if (!located(line, scenario)) {
        v.add("unlocated: " + line);
      } else if (scenario != null && line.startsWith("error: " + scenario + ":") && !fileLineNumbered(line, scenario)
          && !wholeFileProblem(line, scenario)) {
        v.add("names the file but no line: " + line);
      }
    }
    Matcher count = COUNT.matcher(o.err());
    if (count.find()) {
      int total = Integer.parseInt(count.group(1));
      int shown = count.group(2) == null ? total : Integer.parseInt(count.group(2));
      if (shown != errors.size()) {
        v.add("says " + shown + " problems are shown but prints " + errors.size() + " error lines");
      }
      if (count.group(3) != null && Integer.parseInt(count.group(3)) != total - shown) {
        v.add("says " + total + " problems, " + shown + " shown and " + count.group(3) + " more");
      }
    }
    return v;
  }

  /**
   * Lines of a refusal that are neither a problem ({@code error: ...}) nor the closing count: a
   * message that runs over several lines, which breaks "one line per problem".
   */
  static List<String> strayLines(Outcome o) {
    if (o.code() != Main.BAD_INPUT || o.errorLines().isEmpty()) {
      return List.of();
    }
    return o.err().lines().filter(l -> !l.startsWith("error:") && !COUNT.matcher(l).matches()).toList();
  }

  private static boolean located(String line, Path scenario) {
    return (scenario != null && line.contains(scenario.toString())) || FLAG.matcher(line).find();
  }

  private static boolean fileLineNumbered(String line, Path scenario) {
    return line.matches(Pattern.quote("error: " + scenario) + ":[1-9][0-9]*(:[1-9][0-9]*)?: .*");
  }

  /** Problems with the file as a whole (it cannot be read at all), which have no line to name. */
  private static boolean wholeFileProblem(String line, Path scenario) {
    String rest = line.substring(("error: " + scenario + ": ").length());
    return rest.startsWith("no such file") || rest.startsWith("could not be read");
  }
}
