package se.sim1177.history;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a telephony platform's interval export (one row per day and interval) into {@link
 * IntervalRow}s. Exports differ: the separator ({@code ;} with decimal commas is the Swedish
 * default, {@code ,} or a tab elsewhere) is taken from the header line, the encoding is UTF-8
 * (with or without a byte order mark) or else Windows-1252, title lines above the header and a
 * total row below the data are skipped, and columns are found by their usual English or Swedish
 * headers unless the user names them. Fields are split by Apache Commons CSV (quotes, separators
 * and line breaks inside quotes).
 *
 * <p>Every value that cannot be read is a problem naming the file, line, column, the value as
 * written and what is allowed; any problem refuses the whole file.
 */
public final class ExportReader {
  /** Lines looked through for the header row (exports often start with a title and a date range). */
  private static final int HEADER_SEARCH_LINES = 20;
  /** The largest export read: ten years of 15-minute intervals is about 60 MB. */
  private static final long MAX_BYTES = 512L << 20;

  private final String source;
  private final ExportSettings settings;
  private final List<String> problems = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private int problemCount;
  /** Where each line of the text starts, to name a record's line. */
  private int[] lineStarts = {0};
  private final Map<String, LocalDate> dates = new java.util.HashMap<>();
  private final Map<String, Integer> starts = new java.util.HashMap<>();

  private ExportReader(String source, ExportSettings settings) {
    this.source = source;
    this.settings = settings;
  }

  /** What was read: the rows in file order and what the reader noticed on the way. */
  public record Read(List<IntervalRow> rows, List<ExportField> columns, char separator, String encoding, List<String> notes) {
    public Read {
      rows = List.copyOf(rows);
      columns = List.copyOf(columns);
      notes = List.copyOf(notes);
    }

    public boolean has(ExportField field) {
      return columns.contains(field);
    }
  }

  /** Reads {@code file}; {@code shown} is how messages name it. */
  public static Read read(Path file, String shown, ExportSettings settings) throws ExportException {
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        throw new ExportException(shown + ": is a folder; name the export file (CSV)");
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new ExportException(shown + ": is " + (Files.size(file) >> 20) + " MB; an export of at most " + (MAX_BYTES >> 20)
            + " MB is read (split it by year)");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ExportException(shown + ": no such file");
    } catch (IOException e) {
      throw new ExportException(shown + ": cannot be read (" + e.getClass().getSimpleName().replace("Exception", "")
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
    }
    return parse(bytes, shown, settings);
  }

  /** Reads an export's bytes; {@code source} is how messages name it. */
  public static Read parse(byte[] bytes, String source, ExportSettings settings) throws ExportException {
    return new ExportReader(source, settings).parse(bytes);
  }

  private Read parse(byte[] bytes) throws ExportException {
    String[] decoded = decode(bytes);
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
    lineStarts = lineStarts(text);
    List<CSVRecord> records = records(text, separator);
    int headerIndex = -1;
    Map<ExportField, Integer> columns = null;
    int likeliest = -1;
    Map<ExportField, Integer> likeliestFound = Map.of();
    for (int i = declared != null ? 1 : 0; i < Math.min(records.size(), HEADER_SEARCH_LINES); i++) {
      Map<ExportField, Integer> found = columnsOf(records.get(i));
      if (found.containsKey(ExportField.DATE) && found.containsKey(ExportField.OFFERED)) {
        headerIndex = i;
        columns = found;
        break;
      }
      if (found.size() > likeliestFound.size()) {
        likeliest = i;
        likeliestFound = found;
      }
    }
    if (columns == null) {
      int shownRow = likeliest >= 0 ? likeliest : declared != null && records.size() > 1 ? 1 : 0;
      throw new ExportException(noHeader(records.isEmpty() ? null : records.get(shownRow), likeliestFound));
    }
    CSVRecord header = records.get(headerIndex);
    if (headerIndex > (declared != null ? 1 : 0)) {
      notes.add("lines 1-" + (lineOf(header) - 1) + " above the header skipped");
    }
    if (!columns.containsKey(ExportField.INTERVAL)) {
      // A date column that holds the time too (2019-11-04 07:15) is both.
      columns.put(ExportField.INTERVAL, columns.get(ExportField.DATE));
    }
    DateTimeFormatter dateFormat = null;
    if (settings.datePattern() != null) {
      dateFormat = ExportValues.dateFormat(settings.datePattern());
      if (dateFormat == null) {
        throw new ExportException("--date-format " + settings.datePattern() + ": is not a date pattern; write one like dd.MM.yyyy"
            + " or yyyy-MM-dd");
      }
    }
    List<IntervalRow> rows = new ArrayList<>();
    for (int i = headerIndex + 1; i < records.size(); i++) {
      CSVRecord r = records.get(i);
      int line = lineOf(r);
      if (isBlank(r)) {
        continue;
      }
      String dateText = cell(r, columns.get(ExportField.DATE));
      if (i == records.size() - 1 && looksLikeTotal(r)) {
        notes.add("line " + line + " (a total row: \"" + shortened(dateText) + "\") skipped");
        continue;
      }
      boolean sameCell = columns.get(ExportField.INTERVAL).equals(columns.get(ExportField.DATE));
      String timeText = cell(r, columns.get(ExportField.INTERVAL));
      if (sameCell) {
        String[] both = ExportValues.dateAndTime(dateText);
        if (both == null) {
          problem(line, header, columns.get(ExportField.DATE), ExportField.DATE, dateText,
              "holds no time of day, and there is no interval column; allowed: a date and time like 2019-11-04 07:15, or a"
                  + " separate interval column (name it with --columns interval=HEADER)");
          continue;
        }
        dateText = both[0];
        timeText = both[1];
      }
      if (dateFormat == null) {
        dateFormat = recogniseDateFormat(dateText);
        if (dateFormat == null) {
          problem(line, header, columns.get(ExportField.DATE), ExportField.DATE, dateText, "is not a date; allowed: "
              + ExportValues.DATES_ALLOWED);
          continue;
        }
      }
      IntervalRow row = row(r, line, header, columns, dateFormat, dateText, timeText);
      if (row != null) {
        rows.add(row);
      }
    }
    if (problemCount > 0) {
      if (problemCount > problems.size()) {
        problems.add("... and " + (problemCount - problems.size()) + " more problems in " + source);
      }
      throw new ExportException(problems);
    }
    if (rows.isEmpty()) {
      throw new ExportException(source + ": has a header (line " + lineOf(header) + ") but no rows of data below it");
    }
    List<ExportField> found = new ArrayList<>(columns.keySet());
    if (found.contains(ExportField.WAIT_TOTAL) || found.contains(ExportField.MEAN_WAIT)) {
      found.remove(ExportField.MEAN_WAIT);
      if (!found.contains(ExportField.WAIT_TOTAL)) {
        found.add(ExportField.WAIT_TOTAL);
      }
    }
    found.sort(null);
    return new Read(rows, found, separator, encoding, notes);
  }

  private IntervalRow row(CSVRecord r, int line, CSVRecord header, Map<ExportField, Integer> columns, DateTimeFormatter dateFormat,
      String dateText, String timeText) {
    int before = problemCount;
    // A day's rows repeat its date and the days repeat the interval starts: each is read once.
    LocalDate date = dates.computeIfAbsent(dateText, t -> ExportValues.date(t, dateFormat));
    if (date == null) {
      problem(line, header, columns.get(ExportField.DATE), ExportField.DATE, dateText, "is not a date in the form the file's"
          + " first row uses; allowed: " + ExportValues.DATES_ALLOWED);
    }
    int start = starts.computeIfAbsent(timeText, ExportValues::startMinute);
    if (start < 0) {
      problem(line, header, columns.get(ExportField.INTERVAL), ExportField.INTERVAL, timeText, "is not an interval start; allowed: "
          + ExportValues.TIME_ALLOWED);
    }
    long offered = count(r, line, header, columns, ExportField.OFFERED);
    long answered = count(r, line, header, columns, ExportField.ANSWERED);
    long abandoned = count(r, line, header, columns, ExportField.ABANDONED);
    long within = count(r, line, header, columns, ExportField.ANSWERED_WITHIN);
    long unique = count(r, line, header, columns, ExportField.UNIQUE_CALLERS);
    double wait = Double.NaN;
    if (columns.containsKey(ExportField.WAIT_TOTAL)) {
      wait = seconds(r, line, header, columns, ExportField.WAIT_TOTAL, answered);
    } else if (columns.containsKey(ExportField.MEAN_WAIT)) {
      wait = seconds(r, line, header, columns, ExportField.MEAN_WAIT, answered) * Math.max(0, answered);
    }
    double handle = Double.NaN;
    if (columns.containsKey(ExportField.HANDLE_TIME)) {
      handle = seconds(r, line, header, columns, ExportField.HANDLE_TIME, answered) * Math.max(0, answered);
    }
    if (within > answered && answered >= 0) {
      problem(line, header, columns.get(ExportField.ANSWERED_WITHIN), ExportField.ANSWERED_WITHIN, cell(r,
          columns.get(ExportField.ANSWERED_WITHIN)), "is more than the " + answered + " calls answered; allowed: at most the"
              + " calls answered");
    }
    if (problemCount > before) {
      return null;
    }
    return new IntervalRow(line, date, start, offered, answered, abandoned, within, wait, handle, unique);
  }

  /** A count in {@code field}'s column: -1 when the export has no such column; an empty cell is 0. */
  private long count(CSVRecord r, int line, CSVRecord header, Map<ExportField, Integer> columns, ExportField field) {
    Integer column = columns.get(field);
    if (column == null) {
      return -1;
    }
    String text = cell(r, column);
    if (text.isBlank()) {
      return 0;
    }
    long v = ExportValues.count(text);
    if (v < 0) {
      problem(line, header, column, field, text, "is not a count of calls; allowed: " + ExportValues.COUNT_ALLOWED);
      return 0;
    }
    return v;
  }

  /** A duration in {@code field}'s column, seconds; an empty cell is allowed only when no call was answered. */
  private double seconds(CSVRecord r, int line, CSVRecord header, Map<ExportField, Integer> columns, ExportField field, long answered) {
    Integer column = columns.get(field);
    String text = cell(r, column);
    if (text.isBlank()) {
      if (answered > 0) {
        problem(line, header, column, field, text, "is empty while " + answered + " calls were answered; allowed: "
            + ExportValues.SECONDS_ALLOWED);
      }
      return 0;
    }
    double v = ExportValues.seconds(text);
    if (Double.isNaN(v) || v > 30 * 86400.0) {
      problem(line, header, column, field, text, "is not a duration; allowed: " + ExportValues.SECONDS_ALLOWED);
      return 0;
    }
    return v;
  }

  private void problem(int line, CSVRecord header, int column, ExportField field, String value, String what) {
    problemCount++;
    if (problems.size() < ExportException.SHOWN) {
      problems.add(source + ":" + line + ": column " + quoted(cell(header, column)) + " (" + field.key() + "): " + quoted(value)
          + " " + what);
    }
  }

  /** The fields of the header row {@code r} by column; the user's {@code --columns} first. */
  private Map<ExportField, Integer> columnsOf(CSVRecord r) throws ExportException {
    Map<ExportField, Integer> found = new EnumMap<>(ExportField.class);
    for (Map.Entry<ExportField, String> named : settings.columns().entrySet()) {
      for (int c = 0; c < r.size(); c++) {
        if (r.get(c).strip().equalsIgnoreCase(named.getValue().strip())) {
          found.put(named.getKey(), c);
          break;
        }
      }
    }
    for (int c = 0; c < r.size(); c++) {
      final int column = c;
      if (found.containsValue(column)) {
        continue;
      }
      for (ExportField f : ExportField.values()) {
        if (!found.containsKey(f) && !settings.columns().containsKey(f) && f.recognises(r.get(column))) {
          found.put(f, column);
          break;
        }
      }
    }
    return found;
  }

  private String noHeader(CSVRecord first, Map<ExportField, Integer> found) {
    StringBuilder s = new StringBuilder(source).append(": no header row with a date column and an offered-calls column in its first ")
        .append(HEADER_SEARCH_LINES).append(" lines");
    if (first != null) {
      List<String> headers = new ArrayList<>();
      first.forEach(h -> headers.add(quoted(h)));
      s.append(" (line ").append(lineOf(first)).append(" has ").append(String.join(", ", headers.subList(0, Math.min(12, headers.size()))))
          .append(headers.size() > 12 ? ", ..." : "").append(")");
    }
    List<String> missing = new ArrayList<>();
    for (ExportField f : List.of(ExportField.DATE, ExportField.OFFERED)) {
      if (!found.containsKey(f)) {
        missing.add(f.key() + "=HEADER");
      }
    }
    s.append("; name the ").append(missing.size() == 1 ? "column" : "columns").append(" with --columns ").append(String.join(",", missing))
        .append(" (the fields are ").append(ExportField.keys()).append(")");
    for (Map.Entry<ExportField, String> named : settings.columns().entrySet()) {
      if (first != null && first.stream().noneMatch(h -> h.strip().equalsIgnoreCase(named.getValue().strip()))) {
        s.append("; --columns ").append(named.getKey().key()).append("=").append(named.getValue()).append(": no column has that header");
        break;
      }
    }
    return s.toString();
  }

  private List<CSVRecord> records(String text, char separator) throws ExportException {
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
    for (int i = first; i < Math.min(lines.size(), first + HEADER_SEARCH_LINES); i++) {
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

  /** The text and the encoding's name: a byte order mark's, else UTF-8 if the bytes are, else Windows-1252. */
  private String[] decode(byte[] bytes) throws ExportException {
    Charset chosen = settings.charset();
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

  private DateTimeFormatter recogniseDateFormat(String text) {
    for (String p : ExportValues.DATE_PATTERNS) {
      DateTimeFormatter f = ExportValues.dateFormat(p);
      if (ExportValues.date(text, f) != null) {
        return f;
      }
    }
    return null;
  }

  private boolean looksLikeTotal(CSVRecord r) {
    String first = r.size() == 0 ? "" : ExportField.normalised(r.get(0));
    return first.startsWith("total") || first.startsWith("summa") || first.startsWith("sum");
  }

  private static boolean isBlank(CSVRecord r) {
    return r.stream().allMatch(String::isBlank);
  }

  private static String cell(CSVRecord r, Integer column) {
    return column != null && column < r.size() ? r.get(column) : "";
  }

  /** The line of the file a record starts on, counting from 1. */
  private int lineOf(CSVRecord r) {
    int at = java.util.Arrays.binarySearch(lineStarts, (int) r.getCharacterPosition());
    return at >= 0 ? at + 1 : -at - 1;
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

  private static String shortened(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }

  private static String quoted(String value) {
    return "\"" + shortened(value).replace("\"", "\\\"") + "\"";
  }
}
