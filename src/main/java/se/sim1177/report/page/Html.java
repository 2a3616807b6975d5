package se.sim1177.report.page;

import java.util.List;

/**
 * Building blocks of {@code report.html}: text escaped for HTML (every string that comes from a
 * scenario file or the command line goes through {@link #text}, so a name like
 * {@code <script>} is shown, never run), tables, and sections. Appends to one builder.
 */
public final class Html {
  /** For {@link #table}: no column is numeric. */
  static final int TEXT_ONLY = Integer.MAX_VALUE;

  private final StringBuilder out = new StringBuilder(64 * 1024);

  /** {@code s} with the five characters HTML gives a meaning escaped; null as empty. */
  public static String text(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Appends markup as it is (only ever built here from escaped text and fixed tags). */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Appends escaped text. */
  Html esc(String s) {
    out.append(text(s));
    return this;
  }

  /** An element holding escaped text: {@code <p class="note">...</p>}. */
  Html element(String tag, String cssClass, String s) {
    out.append('<').append(tag);
    if (cssClass != null) {
      out.append(" class=\"").append(cssClass).append('"');
    }
    out.append('>').append(text(s)).append("</").append(tag).append(">\n");
    return this;
  }

  Html p(String s) {
    return element("p", null, s);
  }

  /** Opens a section with its heading; {@code id} names it for the table of contents. */
  Html section(String id, String heading) {
    out.append("<section id=\"").append(id).append("\">\n<h2>").append(text(heading)).append("</h2>\n");
    return this;
  }

  Html endSection() {
    out.append("</section>\n");
    return this;
  }

  /**
   * A figure: the inline SVG chart and a caption in words (escaped). The chart is marked as an
   * image described by its caption, so a screen reader reads the caption rather than every tick.
   */
  Html figure(String svg, String caption) {
    int id = svg.indexOf("id='");
    int afterId = id < 0 ? -1 : svg.indexOf('\'', id + 4) + 1;
    String described = afterId <= 0 ? svg
        : svg.substring(0, afterId) + " role='img' aria-label='" + text(caption) + "'" + svg.substring(afterId);
    out.append("<figure>\n").append(described).append("\n<figcaption>").append(text(caption)).append("</figcaption>\n</figure>\n");
    return this;
  }

  /**
   * A table of escaped cells; the first row is the header. Cells of the first column are row
   * headings; columns from {@code firstNumeric} on are right-aligned (none when it is past the last).
   */
  Html table(String cssClass, List<List<String>> rows, int firstNumeric) {
    return table(cssClass, rows, firstNumeric, java.util.Set.of());
  }

  /** As {@link #table(String, List, int)}, the rows at {@code sumRows} (indices into {@code rows}) marked as sums. */
  Html table(String cssClass, List<List<String>> rows, int firstNumeric, java.util.Set<Integer> sumRows) {
    out.append("<table");
    if (cssClass != null) {
      out.append(" class=\"").append(cssClass).append('"');
    }
    out.append(">\n<thead><tr>");
    for (String h : rows.get(0)) {
      out.append("<th scope=\"col\">").append(text(h)).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      out.append(sumRows.contains(r) ? "<tr class=\"sum\">" : "<tr>");
      for (int i = 0; i < row.size(); i++) {
        if (i == 0) {
          out.append("<th scope=\"row\">").append(text(row.get(i))).append("</th>");
        } else {
          out.append(i >= firstNumeric ? "<td class=\"num\">" : "<td>").append(text(row.get(i))).append("</td>");
        }
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
