package se.sim1177.history;

import static se.sim1177.history.ExportText.cell;
import static se.sim1177.history.ExportText.quoted;
import static se.sim1177.history.ExportText.shortened;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of data below an export's header as {@link IntervalRow}s: blank lines and a total row
 * at the end are skipped, the dates' form is the user's ({@code --date-format}) or recognised from
 * the first row, and every value that cannot be read is a problem naming the file, line, column,
 * the value as written and what is allowed; any problem refuses the whole file (the first
 * {@value ExportException#SHOWN} are listed, the rest counted).
 */
final class ExportRows {
  private final ExportText text;
  private final ExportHeader header;
  private final String source;
  private final List<String> notes;
  private final List<String> problems = new ArrayList<>();
  private int problemCount;
  private final Map<String, LocalDate> dates = new HashMap<>();
  private final Map<String, Integer> starts = new HashMap<>();

  private ExportRows(ExportText text, ExportHeader header, String source, List<String> notes) {
    this.text = text;
    this.header = header;
    this.source = source;
    this.notes = notes;
  }

  /**
   * The rows below {@code header} in file order; skipped lines are noted in {@code notes}.
   *
   * @throws ExportException listing the problems, or when there is no row of data
   */
  static List<IntervalRow> read(ExportText text, ExportHeader header, ExportSettings settings, String source, List<String> notes)
      throws ExportException {
    return new ExportRows(text, header, source, notes).read(settings);
  }

  private List<IntervalRow> read(ExportSettings settings) throws ExportException {
    List<CSVRecord> records = text.records();
    Map<ExportField, Integer> columns = header.columns();
    DateTimeFormatter dateFormat = null;
    if (settings.datePattern() != null) {
      dateFormat = ExportValues.dateFormat(settings.datePattern());
      if (dateFormat == null) {
        throw new ExportException("--date-format " + settings.datePattern() + ": is not a date pattern; write one like dd.MM.yyyy"
            + " or yyyy-MM-dd");
      }
    }
    List<IntervalRow> rows = new ArrayList<>();
    for (int i = header.index() + 1; i < records.size(); i++) {
      CSVRecord r = records.get(i);
      int line = text.lineOf(r);
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
          problem(line, columns.get(ExportField.DATE), ExportField.DATE, dateText,
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
          problem(line, columns.get(ExportField.DATE), ExportField.DATE, dateText, "is not a date; allowed: "
              + ExportValues.DATES_ALLOWED);
          continue;
        }
      }
      IntervalRow row = row(r, line, columns, dateFormat, dateText, timeText);
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
      throw new ExportException(source + ": has a header (line " + text.lineOf(header.record()) + ") but no rows of data below it");
    }
    return rows;
  }

  private IntervalRow row(CSVRecord r, int line, Map<ExportField, Integer> columns, DateTimeFormatter dateFormat, String dateText,
      String timeText) {
    int before = problemCount;
    int fields = header.record().size();
    if (r.size() < fields) {
      // A short row would read its missing figures as zeros.
      problemCount++;
      if (problems.size() < ExportException.SHOWN) {
        problems.add(source + ":" + line + ": has " + r.size() + " fields where the header (line " + text.lineOf(header.record())
            + ") has " + fields + "; allowed: one value per column (an empty one counts as 0)");
      }
      return null;
    }
    // A day's rows repeat its date and the days repeat the interval starts: each is read once.
    LocalDate date = dates.computeIfAbsent(dateText, t -> ExportValues.date(t, dateFormat));
    if (date == null) {
      problem(line, columns.get(ExportField.DATE), ExportField.DATE, dateText, "is not a date in the form the file's"
          + " first row uses; allowed: " + ExportValues.DATES_ALLOWED);
    }
    int start = starts.computeIfAbsent(timeText, ExportValues::startMinute);
    if (start < 0) {
      problem(line, columns.get(ExportField.INTERVAL), ExportField.INTERVAL, timeText, "is not an interval start; allowed: "
          + ExportValues.TIME_ALLOWED);
    }
    long offered = count(r, line, columns, ExportField.OFFERED);
    long answered = count(r, line, columns, ExportField.ANSWERED);
    long abandoned = count(r, line, columns, ExportField.ABANDONED);
    long within = count(r, line, columns, ExportField.ANSWERED_WITHIN);
    long unique = count(r, line, columns, ExportField.UNIQUE_CALLERS);
    double wait = Double.NaN;
    if (columns.containsKey(ExportField.WAIT_TOTAL)) {
      wait = seconds(r, line, columns, ExportField.WAIT_TOTAL, answered);
    } else if (columns.containsKey(ExportField.MEAN_WAIT)) {
      wait = seconds(r, line, columns, ExportField.MEAN_WAIT, answered) * Math.max(0, answered);
    }
    double handle = Double.NaN;
    if (columns.containsKey(ExportField.HANDLE_TIME)) {
      handle = seconds(r, line, columns, ExportField.HANDLE_TIME, answered) * Math.max(0, answered);
    }
    if (within > answered && answered >= 0) {
      problem(line, columns.get(ExportField.ANSWERED_WITHIN), ExportField.ANSWERED_WITHIN, cell(r,
          columns.get(ExportField.ANSWERED_WITHIN)), "is more than the " + answered + " calls answered; allowed: at most the"
              + " calls answered");
    }
    if (problemCount > before) {
      return null;
    }
    return new IntervalRow(line, date, start, offered, answered, abandoned, within, wait, handle, unique);
  }

  /** A count in {@code field}'s column: -1 when the export has no such column; an empty cell is 0. */
  private long count(CSVRecord r, int line, Map<ExportField, Integer> columns, ExportField field) {
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
      problem(line, column, field, text, "is not a count of calls; allowed: " + ExportValues.COUNT_ALLOWED);
      return 0;
    }
    return v;
  }

  /** A duration in {@code field}'s column, seconds; an empty cell is allowed only when no call was answered. */
  private double seconds(CSVRecord r, int line, Map<ExportField, Integer> columns, ExportField field, long answered) {
    Integer column = columns.get(field);
    String text = cell(r, column);
    if (text.isBlank()) {
      if (answered > 0) {
        problem(line, column, field, text, "is empty while " + answered + " calls were answered; allowed: "
            + ExportValues.SECONDS_ALLOWED);
      }
      return 0;
    }
    double v = ExportValues.seconds(text);
    if (Double.isNaN(v) || v > 30 * 86400.0) {
      problem(line, column, field, text, "is not a duration; allowed: " + ExportValues.SECONDS_ALLOWED);
      return 0;
    }
    return v;
  }

  private void problem(int line, int column, ExportField field, String value, String what) {
    problemCount++;
    if (problems.size() < ExportException.SHOWN) {
      problems.add(source + ":" + line + ": column " + quoted(cell(header.record(), column)) + " (" + field.key() + "): "
          + quoted(value) + " " + what);
    }
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
}
