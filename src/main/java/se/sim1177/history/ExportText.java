package se.sim1177.history;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An export's bytes as text split into records: the encoding is the user's ({@code --encoding}), a
 * byte order mark's, UTF-8 if the bytes are, else Windows-1252; the separator is the one Excel's
 * {@code sep=} first line declares, else guessed from the first line that has one ({@code ;} with
 * decimal commas is the Swedish default, {@code ,} or a tab elsewhere). Fields are split by Apache
 * Commons CSV (quotes, separators and line breaks inside quotes), and each record knows the line of
 * the file it starts on.
 */
final class ExportText {
  private final String encoding;
  private final char separator;
  private final boolean declared;
  private final List<CSVRecord> records;
  /** Where each line of the text starts, to name a record's line. */
  private final int[] lineStarts;

  private ExportText(String encoding, char separator, boolean declared, List<CSVRecord> records, int[] lineStarts) {
    this.encoding = encoding;
    this.separator = separator;
    this.declared = declared;
    this.records = records;
    this.lineStarts = lineStarts;
  }

  /**
   * Decodes {@code bytes} ({@code charset} null to recognise the encoding) and splits them into
   * records; {@code source} names the file in messages, and what was noticed on the way is added
   * to {@code notes}.
   */
  static ExportText read(byte[] bytes, String source, Charset charset, List<String> notes) throws ExportException {
    String[] decoded = decode(bytes, source, charset, notes);
    String text = decoded[0];
    String encoding = decoded[1];
    List<String> lines = text.lines().toList();
    int first = 0;
    Character declared = null;
    if (!lines.isEmpty() && lines.get(0).strip().toLowerCase(Locale.ROOT).matches("sep=.")) {
      // Excel's own first line naming the separator.
      declared = lines.get(0).strip().charAt(4);
      first = 1;
    }
    char separator = declared != null ? declared : guessSeparator(lines, first);
    int[] lineStarts = lineStarts(text);
    List<CSVRecord> records = records(text, separator, source);
    return new ExportText(encoding, separator, declared != null, records, lineStarts);
  }

  /** The encoding's name. */
  String encoding() {
    return encoding;
  }

  char separator() {
    return separator;
  }

  /** Whether the first line is Excel's {@code sep=} line (then the first record is that line). */
  boolean declared() {
    return declared;
  }

  /** The records in file order, empty lines left out. */
  List<CSVRecord> records() {
    return records;
  }

  /** The line of the file a record starts on, counting from 1. */
  int lineOf(CSVRecord r) {
    int at = Arrays.binarySearch(lineStarts, (int) r.getCharacterPosition());
    return at >= 0 ? at + 1 : -at - 1;
  }

  /** The text of record {@code r}'s cell in {@code column}; empty when there is no such column or cell. */
  static String cell(CSVRecord r, Integer column) {
    return column != null && column < r.size() ? r.get(column) : "";
  }

  /** {@code s}, cut to 40 characters for a message. */
  static String shortened(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }

  /** A value as written, shortened and in quotes, for a message. */
  static String quoted(String value) {
    return "\"" + shortened(value).replace("\"", "\\\"") + "\"";
  }

  private static List<CSVRecord> records(String text, char separator, String source) throws ExportException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(true).setTrim(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      return parser.getRecords();
    } catch (IOException | java.io.UncheckedIOException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      throw new ExportException(source + ": is not a readable CSV file (" + message.replaceAll("\\s+", " ") + ")");
    }
  }

  /**
   * The separator of the first line that has one: the most frequent of {@code ; , tab |} outside
   * quotes ({@code ;} on a tie, as Swedish exports write it).
   */
  private static char guessSeparator(List<String> lines, int first) {
    char[] candidates = {';', ',', '\t', '|'};
    for (int i = first; i < Math.min(lines.size(), first + ExportHeader.SEARCH_LINES); i++) {
      int[] counts = new int[candidates.length];
      boolean quoted = false;
      for (char ch : lines.get(i).toCharArray()) {
        if (ch == '"') {
          quoted = !quoted;
        }
        for (int k = 0; k < candidates.length && !quoted; k++) {
          if (ch == candidates[k]) {
            counts[k]++;
          }
        }
      }
      int best = 0;
      for (int k = 1; k < candidates.length; k++) {
        if (counts[k] > counts[best]) {
          best = k;
        }
      }
      if (counts[best] >= 2) {
        return candidates[best];
      }
    }
    return ';';
  }

  /** The text and the encoding's name: {@code chosen}'s, a byte order mark's, else UTF-8 if the bytes are, else Windows-1252. */
  private static String[] decode(byte[] bytes, String source, Charset charset, List<String> notes) throws ExportException {
    Charset chosen = charset;
    int skip = 0;
    if (chosen == null) {
      if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
        chosen = StandardCharsets.UTF_8;
        skip = 3;
      } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
        chosen = StandardCharsets.UTF_16LE;
        skip = 2;
      } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
        chosen = StandardCharsets.UTF_16BE;
        skip = 2;
      }
    }
    if (chosen != null) {
      try {
        return new String[] {strict(chosen, bytes, skip), chosen.name()};
      } catch (CharacterCodingException e) {
        throw new ExportException(source + ": is not " + chosen.name() + " text; name the file's encoding with --encoding"
            + " (UTF-8, windows-1252, ISO-8859-1)");
      }
    }
    try {
      return new String[] {strict(StandardCharsets.UTF_8, bytes, 0), "UTF-8"};
    } catch (CharacterCodingException e) {
      // Older Swedish exports from Windows: å, ä and ö as single bytes.
      Charset windows = Charset.forName("windows-1252");
      notes.add("the file is not UTF-8; read as Windows-1252 (name another with --encoding)");
      return new String[] {new String(bytes, windows), windows.name()};
    }
  }

  private static String strict(Charset charset, byte[] bytes, int skip) throws CharacterCodingException {
    return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }
}
