package se.sim1177.report.file;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.sim1177.history.BusynessFit;
import se.sim1177.history.DayNames;
import se.sim1177.history.FittedDemand;
import se.sim1177.history.ImportResult;
import se.sim1177.history.ObservedFigure;
import se.sim1177.history.ObservedPeriod;
import se.sim1177.history.ShapeGroups;
import se.sim1177.scenario.Handling;

/**
 * The YAML files {@code import} writes: {@code arrivals.yaml} (the fitted demand, as a scenario's
 * {@code arrivals:} section), {@code observed.yaml} (the figures the region reports, per month and
 * for the period {@code calibrate} reproduces) and {@code scenario.yaml} (the user's scenario with
 * its demand and handle time replaced, the replaced keys named at the top).
 */
public final class ImportYaml {
  /** Intraday weights per line: a day of quarter hours on eight lines. */
  private static final int PER_LINE = 12;

  private ImportYaml() {}

  /** The fitted demand as a scenario's {@code arrivals:} section, each estimate with how it was made. */
  public static String arrivalsSection(ImportResult r) {
    FittedDemand d = r.demand();
    StringBuilder s = new StringBuilder("arrivals:\n");
    s.append(comment(2, "Fitted by sim1177 import to " + r.exportShown() + ": the level to " + d.period().label() + " ("
        + r.calibrateOn().daysUsed() + " ordinary days), the weekday factors, shapes and busyness to " + d.profileWindow().label()
        + "; " + d.intervalMinutes() + "-minute intervals."));
    s.append(comment(2, (d.fromUniqueCallers()
        ? "First attempts: the export's unique callers"
        : "Offered calls, redials included (the export has no unique callers; with redials in the scenario they count twice"
            + " until calibrate rescales this)") + ", per day with weekday factor 1: the period's calls over its days' factors."));
    s.append("  calls_per_day: ").append(fixed(d.callsPerDay(), 1)).append('\n');
    List<String> days = new ArrayList<>();
    String[] names = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    for (int w = 0; w < 7; w++) {
      days.add(names[w] + " " + d.daysPerWeekday()[w]);
    }
    s.append(comment(2, "Each weekday's mean calls over calls_per_day, Monday first (days behind each: " + String.join(", ", days)
        + ")."));
    List<String> factors = new ArrayList<>();
    for (double f : d.weekdayFactors()) {
      factors.add(fixed(f, 3));
    }
    s.append("  weekday_factors: [").append(String.join(", ", factors)).append("]\n");
    List<ShapeGroups.Group> groups = d.shapeGroups();
    ShapeGroups.Result shapes = d.shapes();
    s.append(comment(2, "The day's shape" + (groups.size() > 1 ? " of " + dayNames(groups.get(0).weekdays()) : "")
        + ": % of the day's calls per interval, 00:00 first. Weekdays share a shape unless theirs differ by at least 3 % of the"
        + " day's calls and significantly (χ² test of the calls per interval at p < 0.001, scaled by the day-to-day dispersion φ = "
        + fixed(shapes.dispersion(), 2) + (shapes.dispersionMeasured() ? "" : ", not measurable with one day per weekday") + ")."));
    s.append("  intraday: ").append(weights(groups.get(0).shares(), 4));
    if (groups.size() > 1) {
      s.append("  intraday_by_weekday:\n");
      for (int i = 1; i < groups.size(); i++) {
        s.append(comment(4, shapes.reasons().get(shapes.reasons().size() - groups.size() + i)));
        s.append("    ").append(quotedDays(groups.get(i).weekdays())).append(": ").append(weights(groups.get(i).shares(), 6));
      }
    }
    BusynessFit b = d.busyness();
    if (b.overdispersed()) {
      s.append(comment(2, String.format(Locale.ROOT, "Days vary beyond Poisson noise: 1/shape = %.4f ± %.4f (moment estimator,"
          + " standard error over %d days), so shape %.1f ± %.1f.", b.excess(), b.excessStandardError(), b.days(), b.shape(),
          b.shapeStandardError())));
      s.append("  day_busyness: {shape: ").append(fixed(b.shape(), 1)).append("}\n");
    } else {
      s.append(comment(2, Double.isNaN(b.excess()) ? "No day_busyness: too few days of a weekday to measure the day-to-day variation."
          : String.format(Locale.ROOT, "No day_busyness: the days vary no more than Poisson noise explains (1/shape = %.4f ± %.4f,"
              + " not above two standard errors).", b.excess(), b.excessStandardError())));
    }
    return s.toString();
  }

  /** {@code arrivals.yaml}: the section, headed by where it came from. */
  public static String arrivalsFile(ImportResult r) {
    return YamlText.comment("The demand sim1177 import fitted to " + r.exportShown() + " (sha256 " + r.exportSha256() + "), sim1177 "
        + r.version() + ". Paste it over a scenario's arrivals section.") + arrivalsSection(r);
  }

  /** {@code observed.yaml}: the figures per month, and the period {@code calibrate} reproduces. */
  public static String observedFile(ImportResult r) {
    StringBuilder s = new StringBuilder();
    s.append(YamlText.comment("The figures " + r.exportShown() + " records, measured by sim1177 import " + r.version() + "."));
    s.append(YamlText.comment("Names as in summary.json; value is the period's figure (rates: ratios of the period's totals),"
        + " day_sd the spread of the days' own figures, standard_error how precisely the period pins the value down."));
    s.append("source: ").append(YamlText.scalar(r.exportShown())).append('\n');
    s.append("source_sha256: ").append(r.exportSha256()).append('\n');
    s.append("interval_minutes: ").append(r.history().intervalMinutes()).append('\n');
    if (r.history().has(se.sim1177.history.ExportField.ANSWERED_WITHIN)) {
      s.append("service_level_within: ").append(DistributionYaml.seconds(r.serviceLevelSeconds())).append('\n');
    }
    s.append(YamlText.comment("The period the demand was fitted to and calibrate reproduces by default."));
    s.append("calibrate_on: ").append(YamlText.scalar(r.calibrateOn().label())).append('\n');
    s.append("periods:\n");
    List<ObservedPeriod> all = new ArrayList<>(r.months());
    if (all.stream().noneMatch(p -> p.label().equals(r.calibrateOn().label()))) {
      all.add(r.calibrateOn());
    }
    for (ObservedPeriod p : all) {
      s.append("  - period: ").append(YamlText.scalar(p.label())).append('\n');
      s.append("    from: ").append(p.from()).append('\n');
      s.append("    to: ").append(p.to()).append('\n');
      s.append("    days_used: ").append(p.daysUsed()).append('\n');
      if (!p.leftOut().isEmpty()) {
        s.append("    days_left_out:\n");
        for (String why : p.leftOut()) {
          s.append("      - ").append(YamlText.scalar(why)).append('\n');
        }
      }
      if (p.figures().isEmpty()) {
        s.append("    figures: {}\n");
        continue;
      }
      s.append("    figures:\n");
      for (ObservedFigure f : p.figures()) {
        s.append("      ").append(f.metric()).append(": {value: ").append(number(f.value())).append(", day_sd: ")
            .append(number(f.daySd())).append(", standard_error: ").append(number(f.standardError())).append("}\n");
      }
      if (p.figures().size() > 1) {
        s.append(comment(4, "The correlation of the figures' estimates, in the order above: the same busy days move them together."));
        s.append("    correlation:\n");
        for (double[] row : p.correlation()) {
          List<String> cells = new ArrayList<>();
          for (double v : row) {
            cells.add(fixed(v, 3));
          }
          s.append("      - [").append(String.join(", ", cells)).append("]\n");
        }
      }
    }
    return s.toString();
  }

  /**
   * {@code scenario.yaml}: the user's scenario with the imported {@code arrivals:} and, when the
   * export has handle times, {@code handling:} (talk time's mean = handle time − after-call work,
   * its spread kept), headed by the keys replaced.
   */
  public static String scenarioFile(ImportResult r) {
    List<String> replaced = new ArrayList<>(List.of("arrivals (all of it)"));
    String text = StaffYaml.replaceTopLevel(r.scenarioText(), "arrivals", arrivalsSection(r));
    String handlingNote = null;
    double aht = r.demand().handleSeconds();
    if (!Double.isNaN(aht)) {
      Handling h = r.scenario().handling();
      double talk = aht - h.afterCallWork().mean();
      String talkYaml = talk >= 1 ? DistributionYaml.withMean(h.talkTime(), talk) : null;
      String acwYaml = DistributionYaml.of(h.afterCallWork());
      if (talkYaml != null && acwYaml != null) {
        text = StaffYaml.replaceTopLevel(text, "handling", "handling:\n"
            + comment(2, String.format(Locale.ROOT, "Talk time: the export's mean handle time %.1f s less the after-call work's mean"
                + " %.1f s, its spread as before.", aht, h.afterCallWork().mean()))
            + "  talk_time: " + talkYaml + "\n  after_call_work: " + acwYaml + "\n");
        replaced.add("handling.talk_time (its mean)");
      } else {
        handlingNote = String.format(Locale.ROOT, "handling kept: the export's mean handle time %.1f s %s", aht, talk < 1
            ? "is not above the after-call work's mean" : "cannot rescale an empirical distribution; set talk_time yourself");
      }
    }
    StringBuilder head = new StringBuilder();
    head.append(YamlText.comment(r.scenarioSource() + " with the demand sim1177 import fitted to " + r.exportShown() + " ("
        + r.calibrateOn().label() + "), sim1177 " + r.version() + "."));
    head.append(YamlText.comment("Replaced: " + String.join(", ", replaced) + "; every other key is as written."));
    if (handlingNote != null) {
      head.append(YamlText.comment(handlingNote + "."));
    }
    head.append(YamlText.comment("What nobody observes (patience, redials) is still the scenario's own: fit it to observed.yaml next."));
    return ScenarioCopyWriter.headed(head.toString(), text);
  }

  private static String weights(double[] shares, int indent) {
    StringBuilder s = new StringBuilder("[");
    for (int k = 0; k < shares.length; k++) {
      if (k > 0) {
        s.append(k % PER_LINE == 0 ? ",\n" + " ".repeat(indent + 1) : ", ");
      }
      s.append(fixed(100 * shares[k], 3));
    }
    return s.append("]\n").toString();
  }

  private static String comment(int indent, String text) {
    return " ".repeat(indent) + YamlText.comment(text);
  }

  private static String dayNames(int mask) {
    return DayNames.of(mask);
  }

  private static String quotedDays(int mask) {
    String names = dayNames(mask);
    return names.contains(",") ? "\"" + names + "\"" : names;
  }

  private static String fixed(double v, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  private static String number(double v) {
    if (!Double.isFinite(v)) {
      return ".nan";
    }
    return String.format(Locale.ROOT, "%.6g", v).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
  }
}
