package se.sim1177.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import se.sim1177.scenario.Channel;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.StaffGroup;
import se.sim1177.scenario.Staffing;
import se.sim1177.staffing.PhoneDemand;
import se.sim1177.staffing.Roster;
import se.sim1177.staffing.RosterResult;
import se.sim1177.staffing.SearchSettings;
import se.sim1177.staffing.StaffingOutcome;
import se.sim1177.staffing.StaffingProblem;
import se.sim1177.staffing.WeekGrid;

/**
 * What {@code sim1177 staff} writes: {@code requirements.csv}, {@code roster.yaml},
 * {@code staffed-scenario.yaml}, {@code staffing.json}, {@code coverage.png}, {@code report.html}
 * ({@link StaffReportPage}) and {@code run.json},
 * and the comparison table on the console.
 */
public final class StaffingReport {
  private static final int WIDTH = 1400;
  private static final int HEIGHT = 700;
  private static final Color[] GROUP_COLORS = {new Color(120, 170, 220), new Color(250, 180, 100), new Color(150, 210, 150),
      new Color(200, 160, 220), new Color(230, 140, 140), new Color(180, 180, 180)};

  private StaffingReport() {}

  /** Writes every file into {@code folder}. */
  public static void write(StaffingOutcome outcome, StaffingProblem problem, SearchSettings settings, RunInfo info,
      double wallSeconds, ResultFolder folder) throws IOException {
    Scenario scenario = problem.scenario();
    folder.writeText("requirements.csv", requirementsCsv(outcome, problem));
    String chosenBy = outcome.method().key() + ", scope " + outcome.scope().key();
    List<StaffGroup> roster = outcome.roster().groups();
    folder.writeText("roster.yaml", StaffYaml.rosterFile(chosenBy, scenario.name(), roster));
    folder.writeText("staffed-scenario.yaml", StaffYaml.staffedScenario(info, chosenBy, roster));
    folder.writeText("staffing.json", Json.text(json(outcome, problem, settings)));
    JFreeChart chart = coverageChart(outcome, problem);
    folder.write("coverage.png", out -> ChartStyle.writePng(out, chart, WIDTH, HEIGHT));
    folder.writeText(RunReportWriter.FILE_NAME, StaffReportPage.html(outcome, problem, settings, info));
    ObjectNode run = RunRecord.build(info, List.of(), root -> {
      root.put("scenario", scenario.name());
      root.put("scenario_source", info.scenarioSource());
    });
    run.put("seed", settings.seed());
    run.put("replications", settings.searchReplications());
    run.put("threads", settings.threads());
    Json.put(run, "wall_seconds", wallSeconds);
    // Every simulation of the search and its checks, summed (the Erlang methods simulate only the checks).
    run.put("events", outcome.work().events());
    run.put("calls_simulated", outcome.work().callAttempts());
    run.put("chats_simulated", outcome.work().chats());
    // Wall-clock times live here, not in staffing.json, so that two runs of the same search write
    // the same staffing.json byte for byte.
    ObjectNode solver = run.putObject("solver");
    Json.put(solver, "seconds", outcome.solution().wallTimeSeconds());
    folder.writeText(RunRecord.FILE_NAME, Json.text(run));
  }

  static String requirementsCsv(StaffingOutcome o, StaffingProblem p) {
    Csv csv = new Csv();
    csv.row(List.of("weekday", "start", "end", "offered_calls", "load_erlangs", "erlang_c", "erlang_a", "required", "scheduled",
        "expected_on_duty"));
    WeekGrid grid = p.grid();
    Roster roster = o.roster();
    List<StaffGroup> groups = roster.groups();
    for (int i = 0; i < grid.intervals(); i++) {
      int from = i * grid.intervalMinutes();
      int to = from + grid.intervalMinutes();
      double scheduled = 0;
      double expected = 0;
      for (int g = 0; g < groups.size(); g++) {
        if (groups.get(g).answers(Channel.PHONE)) {
          double s = roster.meanScheduled(g, from, to);
          scheduled += s;
          expected += s * (1 - groups.get(g).absence());
        }
      }
      csv.row(List.of(WeekAxis.DAYS.get(from / 1440).toLowerCase(Locale.ROOT), clock(from % 1440), clock(to % 1440 == 0 ? 1440 : to % 1440),
          Numbers.csv(o.firstAttempts()[i]), Numbers.csv(o.loadErlangs()[i]), Integer.toString(o.erlangC()[i]),
          Integer.toString(o.erlangA()[i]), Numbers.csv(o.required()[i]), Numbers.csv(scheduled),
          Numbers.csv(expected)));
    }
    return csv.toString();
  }

  private static String clock(int minutes) {
    return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
  }

  /** {@code staffing.json}: what the search found, and nothing that differs between two runs of it (times are in run.json). */
  static ObjectNode json(StaffingOutcome o, StaffingProblem p, SearchSettings settings) {
    Staffing staffing = p.scenario().staffing();
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("method", o.method().key());
    root.put("scope", o.scope().key());
    Json.put(root, "confidence", staffing.confidence());
    root.put("rounds", o.rounds());
    root.put("targets_met", o.met());
    root.put("simulations", o.simulations());
    root.put("search_replications", settings.searchReplications());
    root.put("check_replications", settings.checkReplications());
    root.put("seed", settings.seed());
    root.put("check_seed", settings.checkSeed());
    root.put("slot_minutes", p.grid().slotMinutes());
    root.put("candidate_shifts", p.candidates().size());
    ObjectNode solver = root.putObject("solver");
    solver.put("optimal", o.solution().optimal());
    Json.put(solver, "relative_gap", o.solution().relativeGap());
    Roster r = o.roster();
    Json.put(root, "nurse_hours_per_week", rounded(r.nurseHours()));
    Json.put(root, "cost_per_week", rounded(r.cost(staffing.cost())));
    ArrayNode groups = root.putArray("groups");
    Map<String, double[]> workplaces = new LinkedHashMap<>();
    for (int g = 0; g < r.groups().size(); g++) {
      StaffGroup group = r.groups().get(g);
      ObjectNode n = groups.addObject();
      n.put("name", group.name());
      n.put("workplace", group.workplace().key());
      n.put("staffed_by_search", p.templated(g));
      Json.put(n, "nurse_hours_per_week", rounded(r.nurseHours(g)));
      Json.put(n, "cost_per_week", rounded(r.cost(g, staffing.cost())));
      n.put("most_scheduled_at_once", r.mostScheduled(g));
      double[] w = workplaces.computeIfAbsent(group.workplace().key(), k -> new double[2]);
      w[0] += r.nurseHours(g);
      w[1] += r.cost(g, staffing.cost());
    }
    ObjectNode byWorkplace = root.putObject("workplaces");
    workplaces.forEach((k, v) -> {
      ObjectNode n = byWorkplace.putObject(k);
      Json.put(n, "nurse_hours_per_week", rounded(v[0]));
      Json.put(n, "cost_per_week", rounded(v[1]));
    });
    ObjectNode rosters = root.putObject("rosters");
    for (RosterResult rr : o.rosters()) {
      ObjectNode n = rosters.putObject(rr.key());
      n.put("label", rr.label());
      Json.put(n, "nurse_hours_per_week", rounded(rr.nurseHours()));
      Json.put(n, "cost_per_week", rounded(rr.cost()));
      Json.put(n, "answer_rate", rr.check().answerRate());
      Json.put(n, "mean_wait_s", rr.check().meanWaitSeconds());
      Json.put(n, "service_level", rr.check().serviceLevel());
      if (Double.isFinite(rr.check().chatResponseServiceLevel())) {
        Json.put(n, "chat_response_service_level", rr.check().chatResponseServiceLevel());
      }
      Json.put(n, "share_meeting_targets", rr.check().shareMeetingTargets());
      Json.put(n, "share_meeting_targets_lower_95", rr.check().shareLowerBound());
      n.put("meets_targets", rr.check().meetsConfidently(staffing));
    }
    ArrayNode notes = root.putArray("notes");
    o.notes().forEach(notes::add);
    return root;
  }

  /** Hours and costs to a millionth: their sums over minutes carry floating-point dust that says nothing. */
  private static double rounded(double v) {
    return Math.round(v * 1e6) / 1e6;
  }

  /** The comparison of the rosters, one line each, for the console. */
  public static void print(StaffingOutcome o, StaffingProblem p, PrintStream out) {
    Staffing staffing = p.scenario().staffing();
    out.printf(Locale.ROOT, "%-32s %12s %12s %8s %10s %14s%n", "roster", "nurse-h/week", "cost/week", "answered", "mean wait",
        "periods meeting");
    for (RosterResult r : o.rosters()) {
      out.printf(Locale.ROOT, "%-32s %12.0f %12.0f %7.1f%% %8.1f m %13.0f%%%s%n", r.label(), r.nurseHours(), r.cost(),
          100 * r.check().answerRate(), r.check().meanWaitSeconds() / 60, 100 * r.check().shareMeetingTargets(),
          r.check().meetsConfidently(staffing) ? "" : "  (misses)");
    }
    out.printf(Locale.ROOT, "(fresh-seed check: %d replications; a roster meets the targets when they hold in %.0f %% of "
        + "periods, by its 95 %% lower bound)%n",
        o.rosters().get(0).check().replications(), 100 * staffing.confidence());
    for (String note : o.notes()) {
      out.println("note: " + note);
    }
  }

  static JFreeChart coverageChart(StaffingOutcome o, StaffingProblem p) {
    WeekGrid grid = p.grid();
    Roster roster = o.roster();
    List<StaffGroup> groups = roster.groups();
    DefaultTableXYDataset stacked = new DefaultTableXYDataset();
    for (int g = 0; g < groups.size(); g++) {
      if (!groups.get(g).answers(Channel.PHONE)) {
        continue;
      }
      XYSeries s = new XYSeries(groups.get(g).name() + " (expected on duty)", true, false);
      double present = 1 - groups.get(g).absence();
      for (int t = 0; t < grid.slots(); t++) {
        int from = t * grid.slotMinutes();
        double v = roster.meanScheduled(g, from, from + grid.slotMinutes()) * present;
        s.add(from / 60.0, v);
      }
      stacked.addSeries(s);
    }
    XYSeries required = new XYSeries("requirement (nurses on duty)");
    XYSeries scheduled = new XYSeries("scheduled");
    for (int i = 0; i < grid.intervals(); i++) {
      int from = i * grid.intervalMinutes();
      required.add(from / 60.0, o.required()[i]);
    }
    required.add(WeekAxis.HOURS, o.required()[grid.intervals() - 1]);
    for (int t = 0; t < grid.slots(); t++) {
      int from = t * grid.slotMinutes();
      double sum = 0;
      for (int g = 0; g < groups.size(); g++) {
        if (groups.get(g).answers(Channel.PHONE)) {
          sum += roster.meanScheduled(g, from, from + grid.slotMinutes());
        }
      }
      scheduled.add(from / 60.0, sum);
    }
    scheduled.add(WeekAxis.HOURS, scheduled.getY(scheduled.getItemCount() - 1));
    XYSeriesCollection lines = new XYSeriesCollection();
    lines.addSeries(required);
    lines.addSeries(scheduled);
    // One bar per slot, starting at the slot's start: the groups stack exactly, as steps.
    stacked.setIntervalWidth(grid.slotMinutes() / 60.0);
    stacked.setIntervalPositionFactor(0);
    StackedXYBarRenderer area = new StackedXYBarRenderer();
    area.setBarPainter(new StandardXYBarPainter());
    area.setShadowVisible(false);
    // Each bar outlined in its own colour, so that antialiasing leaves no hairline gap between
    // neighbouring slots (as in the load chart).
    area.setDrawBarOutline(true);
    for (int s = 0; s < stacked.getSeriesCount(); s++) {
      area.setSeriesPaint(s, GROUP_COLORS[s % GROUP_COLORS.length]);
      area.setSeriesOutlinePaint(s, GROUP_COLORS[s % GROUP_COLORS.length]);
      area.setSeriesOutlineStroke(s, new BasicStroke(0.8f));
    }
    XYStepRenderer step = new XYStepRenderer();
    step.setSeriesPaint(0, Color.BLACK);
    step.setSeriesStroke(0, new BasicStroke(2.5f));
    step.setSeriesPaint(1, new Color(0, 90, 160));
    step.setSeriesStroke(1, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {6, 4}, 0));
    NumberAxis y = new NumberAxis("phone nurses");
    y.setAutoRangeIncludesZero(true);
    XYPlot plot = ChartStyle.plot(stacked, new WeekAxis(), y, area);
    // The renderer first: a dataset without its own renderer would be measured by the stacked one.
    plot.setRenderer(1, step);
    plot.setDataset(1, lines);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    String subtitle = String.format(Locale.ROOT,
        "%s, %s roster: requirement in standard nurses on duty; areas = scheduled × (1 − absence) by group; dashed = scheduled",
        p.scenario().name(), o.method().key());
    JFreeChart chart = ChartStyle.chart("Coverage over the week", subtitle, plot, true);
    // Bars and steps are all horizontal and vertical edges: without antialiasing the bars of
    // neighbouring slots meet without seams. Text keeps its own antialiasing.
    chart.setAntiAlias(false);
    chart.setTextAntiAlias(true);
    return chart;
  }

  /** The week's demand figure for the console's first line. */
  public static String demandLine(StaffingProblem p) {
    PhoneDemand d = p.demand();
    double calls = 0;
    for (double c : d.callsPerInterval()) {
      calls += c;
    }
    return String.format(Locale.ROOT, "%.0f first calls a week, mean handling %.1f min, %d candidate shifts on a %d-minute grid",
        calls, d.handleSeconds() / 60, p.candidates().size(), p.grid().slotMinutes());
  }
}
