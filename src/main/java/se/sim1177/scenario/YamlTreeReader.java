package se.sim1177.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import se.sim1177.scenario.YamlNode.ListNode;
import se.sim1177.scenario.YamlNode.Location;
import se.sim1177.scenario.YamlNode.MapNode;
import se.sim1177.scenario.YamlNode.Scalar;

/**
 * Reads YAML text into a {@link YamlNode} tree with line numbers, reporting syntax errors and
 * duplicate keys, each as one line naming the line and column.
 */
final class YamlTreeReader {
  /** Deepest nesting of sections and lists accepted; a scenario needs about six levels. */
  static final int MAX_NESTING = 50;

  private static final YAMLFactory FACTORY = factory();

  private static YAMLFactory factory() {
    // Configured on a default factory: YAMLFactory.builder() starts from other parser features
    // (an empty value would read as "" instead of null).
    YAMLFactory factory = new YAMLFactory();
    factory.setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build());
    return factory;
  }

  private final String source;
  private final List<ScenarioProblem> problems;

  YamlTreeReader(String source, List<ScenarioProblem> problems) {
    this.source = source;
    this.problems = problems;
  }

  /** The document's root, or null (with a problem recorded) when the text is not readable YAML. */
  YamlNode read(String text) {
    JsonParser parser = null;
    try {
      parser = FACTORY.createParser(new StringReader(text));
      JsonToken first = parser.nextToken();
      if (first == null) {
        problems.add(new ScenarioProblem(new Location(source, 1), "", "the file is empty"));
        return null;
      }
      YamlNode root = readValue(parser, first);
      if (parser.nextToken() != null) {
        problems.add(new ScenarioProblem(here(parser), "", "holds more than one YAML document; use one"));
      }
      return root;
    } catch (StreamConstraintsException e) {
      JsonLocation at = parser == null ? null : parser.currentLocation();
      problems.add(new ScenarioProblem(at == null ? new Location(source, 0) : new Location(source, at.getLineNr(), at.getColumnNr()), "",
          "is nested more than " + MAX_NESTING + " levels deep (sections or lists inside each other); a scenario needs about six"));
      return null;
    } catch (JsonProcessingException e) {
      problems.add(syntaxProblem(e));
      return null;
    } catch (IOException e) {
      problems.add(new ScenarioProblem(new Location(source, 0), "", "could not be read: " + e.getMessage()));
      return null;
    } finally {
      closeQuietly(parser);
    }
  }

  private static void closeQuietly(JsonParser parser) {
    if (parser != null) {
      try {
        parser.close();
      } catch (IOException e) {
        // Reading a string: nothing to release.
      }
    }
  }

  /** One line for a YAML syntax error: where the parser stopped, what it found, and where the unfinished part began. */
  private ScenarioProblem syntaxProblem(JsonProcessingException e) {
    MarkedYAMLException marked = null;
    for (Throwable t = e; t != null && marked == null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException m) {
        marked = m;
      }
    }
    if (marked == null || marked.getProblemMark() == null) {
      JsonLocation at = e.getLocation();
      Location where = at == null ? new Location(source, 0) : new Location(source, at.getLineNr(), at.getColumnNr());
      return new ScenarioProblem(where, "", "is not valid YAML: " + oneLine(e.getOriginalMessage()));
    }
    Mark at = marked.getProblemMark();
    Location where = new Location(source, at.getLine() + 1, at.getColumn() + 1);
    String problem = plainWords(oneLine(marked.getProblem()));
    if (problem.contains("\\t(TAB)") || problem.contains("\t")) {
      return new ScenarioProblem(where, "", "tabs are not allowed for indentation in YAML; use spaces");
    }
    StringBuilder message = new StringBuilder("is not valid YAML: ").append(problem);
    if (problem.startsWith("mapping values are not allowed")) {
      message.append(" (a colon inside a value? put the value in quotes; otherwise check the indentation)");
    }
    Mark context = marked.getContextMark();
    if (marked.getContext() != null && context != null) {
      message.append(" (").append(plainWords(oneLine(marked.getContext()))).append(" that starts at line ")
          .append(context.getLine() + 1).append(", column ").append(context.getColumn() + 1).append(')');
    }
    return new ScenarioProblem(where, "", message.toString());
  }

  /** SnakeYAML's grammar words in the words the README uses. */
  private static String plainWords(String text) {
    return text.replace("while parsing a flow sequence", "in the [ ] list")
        .replace("while parsing a flow mapping", "in the { } section")
        .replace("while parsing a block mapping", "in the section")
        .replace("while parsing a block collection", "in the list")
        .replace("while scanning a quoted scalar", "in the quoted text")
        .replace("while scanning a simple key", "in the key")
        .replace("while parsing", "while reading")
        .replace("while scanning", "while reading")
        .replace("but found '<block mapping start>'", "but found a key indented differently from the keys above it")
        .replace("<stream end>", "the end of the text")
        .replace("'<block end>'", "the end of a section")
        .replace("<block end>", "the end of a section");
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  private YamlNode readValue(JsonParser parser, JsonToken token) throws IOException {
    Location at = here(parser);
    switch (token) {
      case START_OBJECT: {
        MapNode map = new MapNode(at);
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
          String key = parser.currentName();
          Location keyAt = here(parser);
          YamlNode value = readValue(parser, parser.nextToken());
          if (map.entries().containsKey(key)) {
            problems.add(new ScenarioProblem(keyAt, key, "appears twice in the same section; keep one"));
          } else {
            map.put(key, value, keyAt);
          }
        }
        return map;
      }
      case START_ARRAY: {
        ListNode list = new ListNode(at);
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          list.items().add(readValue(parser, t));
        }
        return list;
      }
      case VALUE_NULL:
        return new Scalar("", true, at);
      default:
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
          problems.add(new ScenarioProblem(at, "", "uses a YAML alias (*" + parser.getText()
              + "); aliases are not supported: write the value out"));
          return new Scalar("", true, at);
        }
        return new Scalar(parser.getText(), false, at);
    }
  }

  private Location here(JsonParser parser) {
    return new Location(source, parser.currentTokenLocation().getLineNr());
  }

  /** Parses one {@code --set} value: YAML flow syntax, so lists and maps can be given inline. */
  static YamlNode parseValue(String text, Location location, String path, List<ScenarioProblem> problems) {
    List<ScenarioProblem> local = new ArrayList<>();
    YamlNode node = new YamlTreeReader(location.source(), local).read(text.isEmpty() ? "~" : text);
    if (node == null || !local.isEmpty()) {
      // Not valid YAML, or an alias or a key given twice inside an inline section.
      for (ScenarioProblem why : local) {
        Location at = why.location();
        String where = at.line() > 1 ? " (line " + at.line() + " of the value)"
            : at.column() > 0 ? " (at character " + at.column() + " of the value)" : "";
        String inside = why.path().isEmpty() ? "" : "'s key '" + why.path() + "'";
        problems.add(new ScenarioProblem(location, path, "the value" + inside + " " + why.message().replaceFirst("^the file ", "")
            .replaceFirst("^is not valid YAML", "is not valid YAML" + where)));
      }
      return null;
    }
    return relocate(node, location);
  }

  private static YamlNode relocate(YamlNode node, Location location) {
    if (node instanceof Scalar s) {
      return new Scalar(s.text(), s.isNull(), location);
    }
    if (node instanceof ListNode l) {
      ListNode copy = new ListNode(location);
      l.items().forEach(i -> copy.items().add(relocate(i, location)));
      return copy;
    }
    MapNode m = (MapNode) node;
    MapNode copy = new MapNode(location);
    m.entries().forEach((k, v) -> copy.entries().put(k, relocate(v, location)));
    return copy;
  }
}
