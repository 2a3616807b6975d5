package se.sim1177.report.console;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import se.sim1177.history.BusynessFit;
import se.sim1177.history.FittedDemand;
import se.sim1177.history.ImportResult;
import se.sim1177.history.ObservedFigure;
import se.sim1177.history.ObservedPeriod;
import se.sim1177.history.ShapeGroups;

/** What {@code import} prints: what it read, what it fitted, what it left out and why. */
public final class ImportConsole {
  /** Notes shown in full; the rest are counted (all of them are in run.json). */
  private static final int NOTES_SHOWN = 12;

  private ImportConsole() {}

  public static void print(ImportResult r, PrintStream out) {
    var h = r.history();
    out.printf(Locale.ROOT, "read %s: %,d rows, %d-minute intervals, %s to %s (%s, separator '%s')%n", r.exportShown(),
        r.read().rows().size(), h.intervalMinutes(), h.days().get(0).date(), h.days().get(h.days().size() - 1).date(),
        r.read().encoding(), r.read().separator() == '\t' ? "tab" : String.valueOf(r.read().separator()));
    List<String> notes = h.notes();
    for (int i = 0; i < Math.min(NOTES_SHOWN, notes.size()); i++) {
      out.println("  " + notes.get(i));
    }
    if (notes.size() > NOTES_SHOWN) {
      out.println("  ... and " + (notes.size() - NOTES_SHOWN) + " more (all in run.json)");
    }
    FittedDemand d = r.demand();
    ObservedPeriod p = r.calibrateOn();
    out.printf(Locale.ROOT, "demand fitted to %s (%d ordinary days):%n", p.label(), p.daysUsed());
    out.printf(Locale.ROOT, "  %,.1f %s per day; weekday factors %s%n", d.callsPerDay(),
        d.fromUniqueCallers() ? "first attempts (unique callers)" : "offered calls (redials included)", factors(d.weekdayFactors()));
    List<ShapeGroups.Group> groups = d.shapeGroups();
    if (groups.size() == 1) {
      out.println("  one shape of the day for every weekday");
    } else {
      StringBuilder s = new StringBuilder("  shapes of the day: ");
      for (int i = 0; i < groups.size(); i++) {
        s.append(i == 0 ? "" : ", ").append(se.sim1177.history.DayNames.of(groups.get(i).weekdays()));
      }
      out.println(s);
    }
    BusynessFit b = d.busyness();
    out.println(b.overdispersed()
        ? String.format(Locale.ROOT, "  days vary beyond Poisson: day_busyness shape %.1f ± %.1f (days' sd about %.0f %% beyond Poisson)",
            b.shape(), b.shapeStandardError(), 100 * Math.sqrt(b.excess()))
        : "  days vary no more than Poisson noise: no day_busyness");
    if (!Double.isNaN(d.handleSeconds())) {
      out.printf(Locale.ROOT, "  handle time %.1f min per answered call%n", d.handleSeconds() / 60);
    }
    out.printf(Locale.ROOT, "observed in %s:%n", p.label());
    for (ObservedFigure f : p.figures()) {
      out.printf(Locale.ROOT, "  %-24s %s (± %s)%n", f.metric(), ObservedFigure.shown(f.metric(), f.value()), ObservedFigure.shown(f.metric(), 1.96 * f.standardError()));
    }
  }

  private static String factors(double[] f) {
    StringBuilder s = new StringBuilder();
    String[] names = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    for (int w = 0; w < 7; w++) {
      s.append(w == 0 ? "" : " ").append(names[w]).append(' ').append(String.format(Locale.ROOT, "%.2f", f[w]));
    }
    return s.toString();
  }
}
