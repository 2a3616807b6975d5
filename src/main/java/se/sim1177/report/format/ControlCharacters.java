package se.sim1177.report.format;

import java.util.Locale;

/**
 * How sim1177 shows a control character that a name, a path or a value carries, instead of passing
 * it on to be obeyed: as the escape that YAML's double-quoted strings use, which bash's
 * {@code $'…'} reads as well. {@code \0 \a \b \t \n \v \f \r \e} by name, any other C0 control and
 * DEL as {@code \xHH}, a C1 control (U+0080 to U+009F) as <code>&#92;u0085</code>. A scenario named
 * {@code ESC ]0;x BEL} is printed as {@code \e]0;x\a}: it cannot retitle the terminal, clear the
 * screen or end a comment line in a written file. A backslash already in the text stays as it is,
 * so the escapes are for reading, not for decoding back.
 */
public final class ControlCharacters {
  private ControlCharacters() {}

  /**
   * {@code text} as the console shows it: every control character except line feed and tab (which
   * end and align lines) as its escape.
   */
  public static String visible(String text) {
    if (!needsEscape(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (shownAsEscape(c)) {
        out.append(escape(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether the console shows {@code c} as an escape: a C0 control but line feed and tab, DEL, or a C1 control. */
  public static boolean shownAsEscape(int c) {
    return Character.isISOControl(c) && c != '\n' && c != '\t';
  }

  private static boolean needsEscape(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (shownAsEscape(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The escape of one character, in YAML's double-quoted notation: named for the nine that have a
   * name, {@code \xHH} for other characters up to DEL, <code>&#92;uHHHH</code> above.
   */
  public static String escape(int c) {
    return switch (c) {
      case 0 -> "\\0";
      case 0x07 -> "\\a";
      case '\b' -> "\\b";
      case '\t' -> "\\t";
      case '\n' -> "\\n";
      case 0x0B -> "\\v";
      case '\f' -> "\\f";
      case '\r' -> "\\r";
      case 0x1B -> "\\e";
      default -> c <= 0x7F ? String.format(Locale.ROOT, "\\x%02x", c) : String.format(Locale.ROOT, "\\u%04x", c);
    };
  }
}
