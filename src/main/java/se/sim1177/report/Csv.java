package se.sim1177.report;

import java.util.List;

/** A small CSV builder: comma-separated, quoted only where needed, newline-terminated rows. */
final class Csv {
  private final StringBuilder text = new StringBuilder();

  Csv row(List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        text.append(',');
      }
      text.append(escape(cells.get(i)));
    }
    text.append('\n');
    return this;
  }

  static String escape(String cell) {
    if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
