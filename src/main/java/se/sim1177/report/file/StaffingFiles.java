package se.sim1177.report.file;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.sim1177.report.format.Numbers;
import se.sim1177.report.format.RunInfo;
import se.sim1177.scenario.Channel;
import se.sim1177.scenario.StaffGroup;
import se.sim1177.scenario.Staffing;
import se.sim1177.scenario.Weekday;
import se.sim1177.staffing.Roster;
import se.sim1177.staffing.RosterResult;
import se.sim1177.staffing.SearchSettings;
import se.sim1177.staffing.StaffingOutcome;
import se.sim1177.staffing.StaffingProblem;
import se.sim1177.staffing.WeekGrid;

/**
 * The data files of {@code sim1177 staff}: {@code requirements.csv}, {@code staffing.json} and its
 * {@code run.json} (the roster files are {@link StaffYaml}'s).
 */
public final class StaffingFiles {
  private StaffingFiles() {}

  /** {@code requirements.csv}: per interval of the week, the load, the Erlang staffing, the requirement and the roster's cover. */
  public static String requirementsCsv(StaffingOutcome o, StaffingProblem p) {
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
      csv.row(List.of(Weekday.values()[from / 1440].key(), clock(from % 1440), clock(to % 1440 == 0 ? 1440 : to % 1440),
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
  public static String json(StaffingOutcome o, StaffingProblem p, SearchSettings settings) throws JsonProcessingException {
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
    root.put("cost_unit", staffing.cost().unit());
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
    return Json.text(root);
  }

  /** Hours and costs to a millionth: their sums over minutes carry floating-point dust that says nothing. */
  private static double rounded(double v) {
    return Math.round(v * 1e6) / 1e6;
  }

  /**
   * {@code run.json} of a staffing search ({@link RunRecord}): the search's seed, replications and
   * threads, every simulation of the search and its checks summed, and the solver's wall time.
   */
  public static String runJson(StaffingOutcome outcome, StaffingProblem problem, SearchSettings settings, RunInfo info, double wallSeconds)
      throws JsonProcessingException {
    ObjectNode run = RunRecord.build(info, List.of(), root -> {
      root.put("scenario", problem.scenario().name());
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
    // Fewer than the simulations times their replications: a search simulation stops once its verdict is known.
    run.put("replications_simulated", outcome.work().replications());
    // Wall-clock times live here, not in staffing.json, so that two runs of the same search write
    // the same staffing.json byte for byte.
    ObjectNode solver = run.putObject("solver");
    Json.put(solver, "seconds", outcome.solution().wallTimeSeconds());
    return Json.text(run);
  }
}
