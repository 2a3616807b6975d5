package se.sim1177.report.file;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for the tests, written apart from {@link Csv} so that it checks the
 * writer instead of repeating it: a quoted cell may hold anything, a double quote in it doubled;
 * an unquoted cell holds no comma, quote, CR or LF; rows end with LF. A file it cannot read is an
 * {@link IllegalArgumentException} naming the place.
 */
public final class CsvCells {
  private CsvCells() {}

  /** The rows of {@code text}, each a list of cells. */
  public static List<List<String>> rows(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"' && cell.isEmpty()) {
        i++;
        while (true) {
          if (i >= text.length()) {
            throw new IllegalArgumentException("a quoted cell is never closed, row " + (rows.size() + 1));
          }
          char q = text.charAt(i);
          if (q == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cell.append('"');
            i += 2;
          } else if (q == '"') {
            i++;
            break;
          } else {
            cell.append(q);
            i++;
          }
        }
        if (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\n') {
          throw new IllegalArgumentException("text after a closing quote, row " + (rows.size() + 1) + ": " + text.charAt(i));
        }
        continue;
      }
      if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else if (c == '"' || c == '\r') {
        throw new IllegalArgumentException("a bare " + (c == '"' ? "quote" : "CR") + " in an unquoted cell, row " + (rows.size() + 1));
      } else {
        cell.append(c);
      }
      i++;
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
      throw new IllegalArgumentException("the last row does not end with a line feed");
    }
    return rows;
  }

  /**
   * What a cell holding {@code value} must read back as: {@code value} itself, or with a single
   * quote in front when it is text starting like a spreadsheet formula (= + - @ tab CR).
   */
  public static String expected(String value) {
    boolean formulaStart = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    boolean number = value.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|[+-]?inf");
    return formulaStart && !number ? "'" + value : value;
  }
}
