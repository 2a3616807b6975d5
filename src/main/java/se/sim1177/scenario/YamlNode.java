package se.sim1177.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a tree whose every node remembers where it was written, so that a problem
 * with a value can name the file and line. Scalars keep their text exactly as written; the scenario
 * reader decides what each one means.
 */
public sealed interface YamlNode {
  Location location();

  /**
   * Where a node came from: a file and line (and, for syntax errors, the column), or a
   * {@code --set} override. Line and column count from 1; 0 means unknown.
   */
  record Location(String source, int line, int column) {
    public Location(String source, int line) {
      this(source, line, 0);
    }

    @Override
    public String toString() {
      return line > 0 ? source + ":" + line + (column > 0 ? ":" + column : "") : source;
    }
  }

  /**
   * A mapping with its keys in file order. Its own location is where its first key is written; each
   * key's line is kept too, because a problem with a section written as an indented block (or with
   * a key nobody asked for) belongs on the line of its key, not on the first line inside it.
   */
  final class MapNode implements YamlNode {
    private final Location location;
    private final Map<String, YamlNode> entries = new LinkedHashMap<>();
    private final Map<String, Location> keyLocations = new LinkedHashMap<>();

    public MapNode(Location location) {
      this.location = location;
    }

    @Override
    public Location location() {
      return location;
    }

    public Map<String, YamlNode> entries() {
      return entries;
    }

    public YamlNode get(String key) {
      return entries.get(key);
    }

    /** Where {@code key} is written, or null when that is not known (a key added by an override). */
    public Location keyLocation(String key) {
      return keyLocations.get(key);
    }

    /** Adds {@code key} with its value, remembering where the key is written. */
    public void put(String key, YamlNode value, Location keyLocation) {
      entries.put(key, value);
      keyLocations.put(key, keyLocation);
    }
  }

  /** A sequence. */
  final class ListNode implements YamlNode {
    private final Location location;
    private final List<YamlNode> items = new ArrayList<>();

    public ListNode(Location location) {
      this.location = location;
    }

    @Override
    public Location location() {
      return location;
    }

    public List<YamlNode> items() {
      return items;
    }
  }

  /**
   * A single value as written.
   *
   * @param isNull true for an empty value, {@code ~} or {@code null}
   */
  record Scalar(String text, boolean isNull, Location location) implements YamlNode {}
}
