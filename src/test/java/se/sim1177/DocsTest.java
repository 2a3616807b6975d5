package se.sim1177;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.sim1177.cli.Main;

/**
 * The front page and the guide name only what exists: README.md and every docs/*.md.
 *
 * <ul>
 *   <li>Every relative Markdown link or image outside code blocks points to a file or folder that
 *       exists (http(s) and mailto links are not followed); a {@code #fragment} on a link to a
 *       Markdown page must be one of that page's headings, as GitHub writes their anchors.
 *   <li>Every line of a {@code ```sh} block that runs {@code ./sim1177} or {@code sim1177}: its
 *       subcommand must exist and each {@code --option} it uses must be one that subcommand's
 *       {@code --help} lists (the help is what picocli builds from the declared options, through
 *       {@link Main#execute}); every {@code scenarios/...yaml} it names must exist. Lines holding
 *       a shell variable ({@code $}) or a {@code ...} placeholder are skipped (they are not
 *       literal commands); so are lines that run other programs ({@code cp}, {@code mvn}, ...).
 * </ul>
 *
 * Each failure names the file, the line and the bad link, option or path.
 */
class DocsTest {

  private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
  private static final Pattern SCENARIO = Pattern.compile("scenarios/[A-Za-z0-9_./-]+\\.yaml");

  private final Map<String, String> helpBySubcommand = new HashMap<>();

  private static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>();
    pages.add(Path.of("README.md"));
    try (Stream<Path> docs = Files.list(Path.of("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  /** One line of a page, with its number (1-based) and whether it is inside a fenced block. */
  private record Line(int number, String text, String fence) {}

  private static List<Line> lines(Path page) throws IOException {
    List<Line> out = new ArrayList<>();
    List<String> raw = Files.readAllLines(page, StandardCharsets.UTF_8);
    String fence = null;
    for (int i = 0; i < raw.size(); i++) {
      String text = raw.get(i);
      String trimmed = text.strip();
      if (trimmed.startsWith("```")) {
        fence = fence == null ? trimmed.substring(3).strip() : null;
        continue;
      }
      out.add(new Line(i + 1, text, fence));
    }
    return out;
  }

  @Test
  void everyRelativeLinkPointsToSomethingThatExists() throws IOException {
    List<String> bad = new ArrayList<>();
    int checked = 0;
    for (Path page : pages()) {
      for (Line line : lines(page)) {
        if (line.fence() != null) {
          continue;
        }
        Matcher m = LINK.matcher(line.text().replaceAll("`[^`]*`", "``"));
        while (m.find()) {
          String target = m.group(1);
          if (target.startsWith("http://") || target.startsWith("https://") || target.startsWith("mailto:")) {
            continue;
          }
          checked++;
          String where = page + ":" + line.number() + ": link " + target;
          int hash = target.indexOf('#');
          String file = hash < 0 ? target : target.substring(0, hash);
          String fragment = hash < 0 ? null : target.substring(hash + 1);
          Path resolved = file.isEmpty() ? page : page.toAbsolutePath().getParent().resolve(file).normalize();
          if (!Files.exists(resolved)) {
            bad.add(where + ": " + file + " does not exist");
          } else if (fragment != null && resolved.toString().endsWith(".md")
              && !anchors(resolved).contains(fragment)) {
            bad.add(where + ": no heading #" + fragment + " in " + file);
          }
        }
      }
    }
    System.out.println("DocsTest: " + checked + " relative links checked");
    assertTrue(checked > 20, "expected the pages to link each other; found " + checked + " links");
    assertTrue(bad.isEmpty(), "broken links:\n" + String.join("\n", bad));
  }

  /** GitHub's anchors: the heading in lower case, punctuation dropped, spaces as hyphens. */
  private static Set<String> anchors(Path page) throws IOException {
    Set<String> anchors = new HashSet<>();
    for (Line line : lines(page)) {
      if (line.fence() == null && line.text().startsWith("#")) {
        String heading = line.text().replaceFirst("^#+\\s*", "").strip().toLowerCase(Locale.ROOT);
        anchors.add(heading.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
      }
    }
    return anchors;
  }

  @Test
  void everySim1177CommandInTheDocsParses() throws IOException {
    List<String> bad = new ArrayList<>();
    int checked = 0;
    int skipped = 0;
    for (Path page : pages()) {
      List<Line> lines = lines(page);
      for (int i = 0; i < lines.size(); i++) {
        Line line = lines.get(i);
        if (!"sh".equals(line.fence())) {
          continue;
        }
        String command = line.text().strip();
        // A line ending in a backslash goes on in the next.
        while (command.endsWith("\\") && i + 1 < lines.size()) {
          command = command.substring(0, command.length() - 1) + " " + lines.get(++i).text().strip();
        }
        command = stripComment(command);
        if (!command.startsWith("./sim1177 ") && !command.startsWith("sim1177 ")) {
          continue;
        }
        if (command.contains("$") || command.contains("...")) {
          skipped++;
          continue;
        }
        checked++;
        String where = page + ":" + line.number() + ": ";
        List<String> tokens = tokens(command);
        String sub = tokens.size() > 1 && !tokens.get(1).startsWith("-") ? tokens.get(1) : "";
        String help = help(sub);
        if (help == null) {
          bad.add(where + "no subcommand '" + sub + "' in: " + command);
          continue;
        }
        for (String token : tokens.subList(1, tokens.size())) {
          if (token.startsWith("--")) {
            String option = token.contains("=") ? token.substring(0, token.indexOf('=')) : token;
            if (!Pattern.compile("(?<![\\w-])" + Pattern.quote(option) + "(?![\\w-])").matcher(help).find()) {
              bad.add(where + "'" + (sub.isEmpty() ? "sim1177" : sub) + "' has no option " + option + " in: " + command);
            }
          }
          Matcher scenario = SCENARIO.matcher(token);
          while (scenario.find()) {
            if (!Files.exists(Path.of(scenario.group()))) {
              bad.add(where + "no file " + scenario.group() + " in: " + command);
            }
          }
        }
      }
    }
    System.out.println("DocsTest: " + checked + " sim1177 commands checked, " + skipped + " with $ or ... skipped");
    assertTrue(checked > 10, "expected commands in the docs' sh blocks; found " + checked);
    assertTrue(bad.isEmpty(), "commands that do not parse:\n" + String.join("\n", bad));
  }

  /** The help text of a subcommand ("" for sim1177 itself), or null when it does not exist. */
  private String help(String sub) {
    return helpBySubcommand.computeIfAbsent(sub, s -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      String[] args = s.isEmpty() ? new String[] {"--help"} : new String[] {s, "--help"};
      int code = Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));
      String text = out.toString(StandardCharsets.UTF_8);
      // An unknown word is not refused with --help (sim1177's own help is shown): the usage line names the command.
      String usage = s.isEmpty() ? "Usage: sim1177 " : "Usage: sim1177 " + s + " ";
      return code == 0 && text.startsWith(usage) ? text : null;
    });
  }

  /** The command without a trailing shell comment (a # outside quotes, after a space). */
  private static String stripComment(String command) {
    char quote = 0;
    for (int i = 0; i < command.length(); i++) {
      char c = command.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '#' && (i == 0 || Character.isWhitespace(command.charAt(i - 1)))) {
        return command.substring(0, i).strip();
      }
    }
    return command.strip();
  }

  /** Words as the shell splits them, quotes removed; stops at a pipe or a second command. */
  private static List<String> tokens(String command) {
    List<String> tokens = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (int i = 0; i < command.length(); i++) {
      char c = command.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          tokens.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else if (c == '|' || c == '&' || c == ';' || c == '>' || c == '<') {
        break;
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      tokens.add(word.toString());
    }
    return tokens;
  }
}
