package se.sim1177.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One edit of a scenario file, the kind a user makes by accident: a line lost or doubled, a value
 * mistyped, indentation broken, a key misspelt, the file cut short, stray bytes. Indexes are taken
 * modulo what the file has, so every mutation applies to every file and jqwik can shrink them as
 * plain numbers. {@link #toString} says what was done, for the failure report.
 */
sealed interface ScenarioMutation {
  byte[] apply(byte[] file);

  private static List<String> lines(byte[] file) {
    return new ArrayList<>(List.of(new String(file, StandardCharsets.UTF_8).split("\n", -1)));
  }

  private static byte[] join(List<String> lines) {
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }

  /** Deletes line {@code index}. */
  record DeleteLine(int index) implements ScenarioMutation {
    @Override
    public byte[] apply(byte[] file) {
      List<String> lines = lines(file);
      lines.remove(Math.floorMod(index, lines.size()));
      return join(lines);
    }
  }

  /** Writes line {@code index} twice. */
  record DuplicateLine(int index) implements ScenarioMutation {
    @Override
    public byte[] apply(byte[] file) {
      List<String> lines = lines(file);
      int i = Math.floorMod(index, lines.size());
      lines.add(i, lines.get(i));
      return join(lines);
    }
  }

  /** Replaces the leading white space of line {@code index} with {@code indent}. */
  record Reindent(int index, String indent) implements ScenarioMutation {
    @Override
    public byte[] apply(byte[] file) {
      List<String> lines = lines(file);
      int i = Math.floorMod(index, lines.size());
      lines.set(i, indent + lines.get(i).stripLeading());
      return join(lines);
    }

    @Override
    public String toString() {
      return "Reindent[index=" + index + ", indent=\"" + indent.replace("\t", "\\t") + "\"]";
    }
  }

  /** Inserts {@code key: value} before line {@code index}, indented like it. */
  record InsertKey(int index, String key, String value) implements ScenarioMutation {
    @Override
    public byte[] apply(byte[] file) {
      List<String> lines = lines(file);
      int i = Math.floorMod(index, lines.size());
      String line = lines.get(i);
      String indent = line.substring(0, line.length() - line.stripLeading().length());
      lines.add(i, indent + key + ": " + value);
      return join(lines);
    }
  }

  /**
   * Replaces the {@code index}-th scalar value of the file (a value after {@code key: }, or an item
   * of a bracketed list; comments excluded) with {@code junk}.
   */
  record ReplaceScalar(int index, String junk) implements ScenarioMutation {
    private static final Pattern VALUE = Pattern.compile("(?<=(?::[ \\t]|[\\[,])[ \\t]{0,40})(?![\\w-]+:[ \\t])[^\\s,\\[\\]{}#][^,\\[\\]{}#]*?(?=[ \\t]*(?:[,\\]}]|#|$))");

    @Override
    public byte[] apply(byte[] file) {
      return replaceNth(file, VALUE, index, junk);
    }
  }

  /**
   * Renames the file's first staff group (its first {@code - name:} line) to {@code name}, a YAML
   * scalar; other places that name the group keep the old name.
   */
  record RenameFirstGroup(String name) implements ScenarioMutation {
    private static final Pattern GROUP_NAME = Pattern.compile("(?m)^(\\s*- name: ).*$");

    @Override
    public byte[] apply(byte[] file) {
      String text = new String(file, StandardCharsets.UTF_8);
      return GROUP_NAME.matcher(text).replaceFirst("$1" + Matcher.quoteReplacement(name))
          .getBytes(StandardCharsets.UTF_8);
    }
  }

  /** Replaces the {@code index}-th bracketed list {@code [...]} (flat ones only) with {@code junk}. */
  record ReplaceList(int index, String junk) implements ScenarioMutation {
    private static final Pattern LIST = Pattern.compile("\\[[^\\[\\]#\\n]*\\]");

    @Override
    public byte[] apply(byte[] file) {
      return replaceNth(file, LIST, index, junk);
    }
  }

  /** Cuts the file after {@code permille} thousandths of its bytes. */
  record Truncate(int permille) implements ScenarioMutation {
    @Override
    public byte[] apply(byte[] file) {
      int keep = (int) ((long) file.length * permille / 1000);
      return java.util.Arrays.copyOf(file, keep);
    }
  }

  /** Inserts raw {@code bytes} (control characters, tabs, invalid UTF-8) {@code permille} thousandths into the file. */
  record InsertBytes(int permille, byte[] bytes) implements ScenarioMutation {
    @Override
    public byte[] apply(byte[] file) {
      int at = (int) ((long) file.length * permille / 1000);
      byte[] out = new byte[file.length + bytes.length];
      System.arraycopy(file, 0, out, 0, at);
      System.arraycopy(bytes, 0, out, at, bytes.length);
      System.arraycopy(file, at, out, at + bytes.length, file.length - at);
      return out;
    }

    @Override
    public String toString() {
      return "InsertBytes[permille=" + permille + ", bytes=" + HexFormat.ofDelimiter(" ").formatHex(bytes) + "]";
    }
  }

  private static byte[] replaceNth(byte[] file, Pattern pattern, int index, String replacement) {
    List<String> lines = lines(file);
    List<int[]> spans = new ArrayList<>(); // line, start, end
    for (int l = 0; l < lines.size(); l++) {
      String line = lines.get(l);
      String code = line.stripLeading().startsWith("#") ? "" : line.replaceFirst("\\s#.*", "");
      Matcher m = pattern.matcher(code);
      while (m.find()) {
        spans.add(new int[] {l, m.start(), m.end()});
      }
    }
    if (spans.isEmpty()) {
      return file;
    }
    int[] s = spans.get(Math.floorMod(index, spans.size()));
    String line = lines.get(s[0]);
    lines.set(s[0], line.substring(0, s[1]) + replacement + line.substring(s[2]));
    return join(lines);
  }
}
