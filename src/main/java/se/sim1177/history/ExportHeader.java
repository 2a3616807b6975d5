package se.sim1177.history;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * An export's header row and the field each of its columns holds. Title lines above the header
 * are skipped: the header is the first of the first {@value #SEARCH_LINES} records that has a date
 * column and an offered-calls column, found by their usual English or Swedish headers ({@link
 * ExportField}) unless the user names them ({@code --columns}). Without one, the message shows the
 * likeliest line and says how to name the missing columns.
 */
final class ExportHeader {
  /** Lines looked through for the header row (exports often start with a title and a date range). */
  static final int SEARCH_LINES = 20;

  private final CSVRecord record;
  private final int index;
  private final Map<ExportField, Integer> columns;

  private ExportHeader(CSVRecord record, int index, Map<ExportField, Integer> columns) {
    this.record = record;
    this.index = index;
    this.columns = columns;
  }

  /**
   * The header of {@code text}; a note in {@code notes} when lines above it are skipped.
   *
   * @throws ExportException naming the likeliest line when no record is a header
   */
  static ExportHeader find(ExportText text, ExportSettings settings, String source, List<String> notes) throws ExportException {
    List<CSVRecord> records = text.records();
    boolean declared = text.declared();
    int headerIndex = -1;
    Map<ExportField, Integer> columns = null;
    int likeliest = -1;
    Map<ExportField, Integer> likeliestFound = Map.of();
    for (int i = declared ? 1 : 0; i < Math.min(records.size(), SEARCH_LINES); i++) {
      Map<ExportField, Integer> found = columnsOf(records.get(i), settings);
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
      int shownRow = likeliest >= 0 ? likeliest : declared && records.size() > 1 ? 1 : 0;
      throw new ExportException(noHeader(text, records.isEmpty() ? null : records.get(shownRow), likeliestFound, settings, source));
    }
    CSVRecord header = records.get(headerIndex);
    String twice = twice(header, columns, settings, source, text);
    if (twice != null) {
      throw new ExportException(twice);
    }
    if (headerIndex > (declared ? 1 : 0)) {
      notes.add("lines 1-" + (text.lineOf(header) - 1) + " above the header skipped");
    }
    if (!columns.containsKey(ExportField.INTERVAL)) {
      // A date column that holds the time too (2019-11-04 07:15) is both.
      columns.put(ExportField.INTERVAL, columns.get(ExportField.DATE));
    }
    return new ExportHeader(header, headerIndex, columns);
  }

  /**
   * A field two columns of the header both name (two "Inkommande"), or null: which one holds the
   * figures cannot be guessed, so the user names it.
   */
  private static String twice(CSVRecord header, Map<ExportField, Integer> columns, ExportSettings settings, String source,
      ExportText text) {
    for (int c = 0; c < header.size(); c++) {
      if (columns.containsValue(c)) {
        continue;
      }
      for (ExportField f : ExportField.values()) {
        if (columns.containsKey(f) && !settings.columns().containsKey(f) && f.recognises(header.get(c))) {
          return source + ":" + text.lineOf(header) + ": columns " + (columns.get(f) + 1) + " (\"" + header.get(columns.get(f))
              + "\") and " + (c + 1) + " (\"" + header.get(c) + "\") are both " + f.key() + "; name the one to read with --columns "
              + f.key() + "=HEADER";
        }
      }
    }
    return null;
  }

  /** The header row. */
  CSVRecord record() {
    return record;
  }

  /** The header row's index among the records. */
  int index() {
    return index;
  }

  /** The column of each field found (the interval's is the date's when the date column holds the time too). */
  Map<ExportField, Integer> columns() {
    return columns;
  }

  /** The fields of the header row {@code r} by column; the user's {@code --columns} first. */
  private static Map<ExportField, Integer> columnsOf(CSVRecord r, ExportSettings settings) throws ExportException {
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

  private static String noHeader(ExportText text, CSVRecord first, Map<ExportField, Integer> found, ExportSettings settings,
      String source) {
    StringBuilder s = new StringBuilder(source).append(": no header row with a date column and an offered-calls column in its first ")
        .append(SEARCH_LINES).append(" lines");
    if (first != null) {
      List<String> headers = new ArrayList<>();
      first.forEach(h -> headers.add(ExportText.quoted(h)));
      s.append(" (line ").append(text.lineOf(first)).append(" has ")
          .append(String.join(", ", headers.subList(0, Math.min(12, headers.size()))))
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
}
