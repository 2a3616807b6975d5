package se.sim1177.report.file;

import java.util.Locale;
import java.util.Set;
import se.sim1177.report.format.ControlCharacters;

/**
 * The text sim1177 itself puts into the YAML files it writes ({@code scenario.yaml}'s header,
 * {@code roster.yaml}, {@code staffed-scenario.yaml}): comment lines that no name, path or value
 * can end early, and scalars that read back as the very string written. Whatever such a string
 * holds (a line break, a quote, a control character, {@code staff: ...}), it stays inside its
 * comment or its quotes; nothing it holds becomes a key.
 */
public final class YamlText {
  /** Words YAML reads as something other than the word (null, booleans in YAML 1.1 and 1.2). */
  private static final Set<String> NOT_STRINGS = Set.of("null", "~", "true", "false", "yes", "no", "on", "off", "y", "n");

  private YamlText() {}

  /**
   * {@code "# " + text + "\n"}, with every character that would end the line or that YAML refuses
   * in a file shown as its escape ({@link ControlCharacters}): so the comment is one line whatever
   * {@code text} holds.
   */
  public static String comment(String text) {
    return "# " + escaped(text, false) + "\n";
  }

  /**
   * {@code text} as a YAML scalar that reads back equal: a plain word as it is, anything else
   * double-quoted on one line, with {@code "} and {@code \} and every character named in
   * {@link #comment} written as an escape.
   */
  public static String scalar(String text) {
    boolean plain = text.matches("[A-Za-z][A-Za-z0-9_åäöÅÄÖ-]*") && !NOT_STRINGS.contains(text.toLowerCase(Locale.ROOT));
    return plain ? text : "\"" + escaped(text, true) + "\"";
  }

  private static String escaped(String text, boolean quoted) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted && (c == '"' || c == '\\')) {
        out.append('\\').append(c);
      } else if (breaksOrIsRefused(text, i)) {
        out.append(ControlCharacters.escape(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Whether the character at {@code i} is a control character (line feed, carriage return and
   * NEL among them), another line break of YAML 1.1 (U+2028, U+2029), the byte order mark, or a
   * character YAML does not allow in a file at all (U+FFFE, U+FFFF, half a surrogate pair).
   */
  private static boolean breaksOrIsRefused(String text, int i) {
    char c = text.charAt(i);
    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF') {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return false;
  }
}
