package se.sim1177.report.page;

import java.util.List;
import se.sim1177.report.format.Verdicts;

/**
 * The frame of every {@code report.html}: one self-contained page (no scripts, fonts, images or
 * style sheets from anywhere else), its style sheet inline, readable on screen and printed on A4
 * (each section from a new page, charts scaled to the page's width, nothing cut inside a figure or
 * table row); and the list of verdicts in words a page opens with.
 */
final class ReportPage {
  private ReportPage() {}

  static final String CSS = """
      :root { --ink: #1b1b1b; --muted: #555; --rule: #d0d0d0; --accent: #005a9e; --good: #00703c; --bad: #b00020; }
      * { box-sizing: border-box; }
      body { font-family: "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif; color: var(--ink);
             line-height: 1.45; margin: 0 auto; padding: 1.5rem 2rem 3rem; max-width: 62rem; font-size: 15px; }
      header h1 { font-size: 1.7rem; margin: 0 0 .3rem; }
      header p { margin: .2rem 0; color: var(--muted); }
      nav { margin: 1rem 0 1.5rem; padding: .5rem .8rem; background: #f4f6f8; border-radius: 4px; font-size: .9rem; }
      nav ol { margin: 0; padding-left: 1.4rem; columns: 2; }
      nav a { color: var(--accent); }
      h2 { font-size: 1.3rem; border-bottom: 2px solid var(--accent); padding-bottom: .2rem; margin-top: 2.2rem; }
      h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; }
      figure { margin: 1rem 0 1.4rem; break-inside: avoid; page-break-inside: avoid; }
      figure svg { display: block; width: 100%; height: auto; }
      figcaption { font-size: .88rem; color: var(--muted); margin-top: .3rem; }
      .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
      table { border-collapse: collapse; margin: .6rem 0 1rem; font-size: .9rem; font-variant-numeric: tabular-nums; }
      th, td { padding: .25rem .6rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
      thead th { border-bottom: 2px solid #888; }
      td.num { text-align: right; white-space: nowrap; }
      tr { break-inside: avoid; page-break-inside: avoid; }
      tr.sum th, tr.sum td { font-style: italic; background: #f7f7f7; }
      ul.verdicts { list-style: none; padding: 0; margin: .6rem 0 1rem; }
      ul.verdicts li { margin: .35rem 0; padding: .5rem .7rem; border-left: 6px solid var(--rule); background: #fafafa; }
      ul.verdicts li.likely { border-left-color: var(--good); }
      ul.verdicts li.unlikely { border-left-color: var(--bad); }
      ul.verdicts .sentence { font-size: 1.08rem; font-weight: 600; }
      ul.verdicts .detail { display: block; color: var(--muted); font-size: .85rem; }
      .warnings { border: 1px solid #e0b000; background: #fff8e1; padding: .5rem .8rem; border-radius: 4px; }
      .warnings li { margin: .2rem 0; }
      .note { color: var(--muted); font-size: .9rem; }
      pre { white-space: pre-wrap; word-break: break-word; background: #f6f6f6; padding: .6rem .8rem; font-size: .8rem;
            border-radius: 4px; }
      pre .comment { color: #2f6b2f; }
      blockquote.sources { margin: .5rem 0; padding: .5rem .9rem; border-left: 4px solid var(--accent); background: #f4f6f8;
                           white-space: pre-wrap; font-size: .88rem; }
      footer { margin-top: 2.5rem; color: var(--muted); font-size: .8rem; border-top: 1px solid var(--rule); padding-top: .5rem; }
      @page { size: A4; margin: 14mm 12mm; }
      @media print {
        body { max-width: none; padding: 0; font-size: 10.5pt; }
        nav { display: none; }
        section { break-before: page; page-break-before: always; }
        section:first-of-type { break-before: auto; page-break-before: auto; }
        h2 { margin-top: 0; }
        a { color: inherit; text-decoration: none; }
        ul.verdicts li, .warnings, pre, blockquote.sources { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      }
      @media (max-width: 700px) { .pair { grid-template-columns: 1fr; } nav ol { columns: 1; } }
      """;

  /** What a report may load: nothing at all (no script, font, image or style sheet from anywhere). */
  static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'";

  /** The page's opening: doctype, title (escaped), style sheet. */
  static String head(String title) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<meta name=\"generator\" content=\"sim1177\">\n"
        // The page may load nothing at all: no script, font, image or style sheet from anywhere.
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + POLICY + "\">\n"
        + "<title>" + Html.text(title) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n";
  }

  /** The table of contents: a link to each section, {id, heading}. */
  static void nav(Html h, List<String[]> toc) {
    h.raw("<nav aria-label=\"contents\"><ol>\n");
    for (String[] t : toc) {
      h.raw("<li><a href=\"#" + t[0] + "\">").esc(t[1]).raw("</a></li>\n");
    }
    h.raw("</ol></nav>\n");
  }

  /** Appends {@code verdicts} as a list: each sentence, its count and interval beneath, marked by how likely it is met. */
  static void verdicts(Html h, List<Verdicts.Verdict> verdicts) {
    h.raw("<ul class=\"verdicts\">\n");
    for (Verdicts.Verdict v : verdicts) {
      String cls = Double.isNaN(v.probability()) ? "not-applicable"
          : v.probability() >= 0.9 ? "likely" : v.probability() < 0.5 ? "unlikely" : "even";
      h.raw("<li class=\"" + cls + "\"><span class=\"sentence\">").esc(v.sentence()).raw("</span><span class=\"detail\">")
          .esc(v.detail()).raw("</span></li>\n");
    }
    h.raw("</ul>\n");
  }

  static String foot(String text) {
    return "<footer>" + Html.text(text) + "</footer>\n</body>\n</html>\n";
  }
}
