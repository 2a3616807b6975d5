package se.sim1177.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import se.sim1177.scenario.YamlNode.ListNode;
import se.sim1177.scenario.YamlNode.Location;
import se.sim1177.scenario.YamlNode.MapNode;
import se.sim1177.scenario.YamlNode.Scalar;

/** Reads YAML text into a {@link YamlNode} tree with line numbers, reporting syntax errors and duplicate keys. */
final class YamlTreeReader {
  private static final YAMLFactory FACTORY = new YAMLFactory();

  private final String source;
  private final List<ScenarioProblem> problems;

  YamlTreeReader(String source, List<ScenarioProblem> problems) {
    this.source = source;
    this.problems = problems;
  }

  /** The document's root, or null (with a problem recorded) when the text is not readable YAML. */
  YamlNode read(String text) {
    try (JsonParser parser = FACTORY.createParser(new StringReader(text))) {
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
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 0 : at.getLineNr();
      problems.add(new ScenarioProblem(new Location(source, line), "", "is not valid YAML: " + e.getOriginalMessage()));
      return null;
    } catch (IOException e) {
      problems.add(new ScenarioProblem(new Location(source, 0), "", "could not be read: " + e.getMessage()));
      return null;
    }
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
  static YamlNode parseValue(String text, Location location, List<ScenarioProblem> problems) {
    List<ScenarioProblem> local = new ArrayList<>();
    YamlNode node = new YamlTreeReader(location.source(), local).read(text.isEmpty() ? "~" : text);
    if (node == null) {
      problems.add(new ScenarioProblem(location, "", "value is not valid YAML"));
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
