package se.sim1177.scenario;

import static se.sim1177.scenario.ScenarioReader.read;
import static se.sim1177.scenario.ScenarioReader.readEach;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.sim1177.scenario.Staffing.IntervalFloor;
import se.sim1177.scenario.Staffing.Method;
import se.sim1177.scenario.Staffing.Scope;

/** Reads the {@code staffing:} section (see {@link Staffing}), reporting every problem located. */
final class StaffingReader {
  private static final List<String> METHODS = List.of("erlang-c", "erlang-a", "simulation");
  private static final List<String> SCOPES = List.of("period", "interval");
  static final String TEMPLATE_EXAMPLE =
      "a list of shift templates like {group: karlstad, days: all, starts: {from: \"06:00\", to: \"14:00\", every: 30m}, lengths: [8h]}";

  private StaffingReader() {}

  /** The section, or null when it is absent or has problems (recorded). */
  static Staffing readStaffing(Section section) {
    return read(section, null, s -> {
      Method method = Method.parse(s.choice("method", Method.SIMULATION.key(), METHODS));
      Scope scope = Scope.valueOf(s.choice("scope", Scope.PERIOD.key(), SCOPES).toUpperCase(java.util.Locale.ROOT));
      double confidence = s.number("confidence", Staffing.DEFAULT_CONFIDENCE);
      IntervalFloor floor = readFloor(s.section("interval_floor"));
      Double maxOccupancy = s.has("max_occupancy") ? s.number("max_occupancy", 1) : null;
      s.requireKey("templates", TEMPLATE_EXAMPLE);
      List<Section> sections = s.sections("templates");
      if (sections != null && sections.isEmpty()) {
        s.problem("templates", "must list at least one shift template");
      }
      List<ShiftTemplate> templates = sections == null ? List.of() : readEach(sections, StaffingReader::readTemplate);
      Map<String, Integer> seats = readSeats(s.section("seats"));
      StaffingCost cost = readCost(s.section("cost"));
      List<Section> floors = s.sections("minimum");
      List<MinimumStaffing> minimum = floors == null ? List.of() : readEach(floors, StaffingReader::readMinimum);
      List<Section> breakSections = s.sections("breaks");
      List<BreakRule> breaks = breakSections == null ? List.of() : readEach(breakSections, StaffingReader::readBreakRule);
      return () -> new Staffing(method, scope, confidence, floor, maxOccupancy, templates, seats, cost, minimum, breaks);
    });
  }

  private static BreakRule readBreakRule(Section section) {
    return read(section, null, s -> {
      s.requireKey("after", "the shift length beyond which the break is given, like 4h");
      s.requireKey("length", "how long the break lasts, like 30m");
      s.requireKey("window", "the window around the shift's middle the break lies in, like 2h");
      int after = wholeMinutes(s, "after", 4 * 60);
      int length = wholeMinutes(s, "length", 30);
      int window = wholeMinutes(s, "window", 120);
      boolean paid = "true".equals(s.choice("paid", "false", List.of("true", "false")));
      return () -> new BreakRule(after, length, window, paid);
    });
  }

  /** A duration that must be whole minutes, in minutes ({@code fallback} when it is missing or wrong, the problem recorded). */
  private static int wholeMinutes(Section s, String key, int fallback) {
    double seconds = s.duration(key, fallback * 60.0);
    if (seconds % 60 != 0) {
      s.problem(key, s.shown(key) + " is not a whole number of minutes");
      return fallback;
    }
    return (int) Math.min(Integer.MAX_VALUE, Math.round(seconds / 60));
  }

  private static MinimumStaffing readMinimum(Section section) {
    return read(section, null, s -> {
      ScenarioReader.Window w = ScenarioReader.readWindow(s);
      s.requireKey("nurses", "the fewest nurses scheduled then, like 2");
      int nurses = s.smallInteger("nurses", 1);
      String group = s.has("group") ? s.text("group", "") : null;
      return () -> new MinimumStaffing(w.days(), w.start(), w.end(), nurses, group);
    });
  }

  private static IntervalFloor readFloor(Section section) {
    return read(section, IntervalFloor.NONE, s -> {
      Double answerRate = s.has("answer_rate") ? s.number("answer_rate", 0) : null;
      Double meanWait = s.has("mean_wait") ? s.duration("mean_wait", 1) : null;
      return () -> new IntervalFloor(answerRate, meanWait);
    });
  }

  private static ShiftTemplate readTemplate(Section section) {
    return read(section, null, s -> {
      s.requireKey("group", "the staff group whose nurses work these shifts");
      String group = s.text("group", "");
      String daysText = s.text("days", DaySet.ALL.toString());
      DaySet days = DaySet.parse(daysText);
      if (days == null) {
        s.problem("days", Section.quote(daysText) + " is not a set of days; write " + DaySet.ALLOWED);
      }
      s.requireKey("starts", "start times: a list like [\"07:00\", \"09:00\"] or a grid {from: \"06:00\", to: \"14:00\", every: 30m}");
      List<Integer> starts = s.holdsSection("starts") ? readStartGrid(s.section("starts")) : readStartList(s);
      s.requireKey("lengths", "shift lengths, like [8h, 9h]");
      List<Integer> lengths = new ArrayList<>();
      List<Double> seconds = s.durations("lengths");
      if (seconds != null) {
        for (double l : seconds) {
          if (l % 60 != 0) {
            s.problem("lengths", Section.quote(Durations.format(l)) + " is not a whole number of minutes");
          }
          lengths.add((int) Math.min(Integer.MAX_VALUE, Math.round(l / 60)));
        }
      }
      return () -> new ShiftTemplate(group, days, starts, lengths);
    });
  }

  private static List<Integer> readStartList(Section s) {
    List<Integer> starts = new ArrayList<>();
    for (String word : s.words("starts")) {
      int minutes = TimeOfDay.parseMinutes(word);
      if (minutes < 0 || minutes >= 1440) {
        s.problem("starts", Section.quote(word) + " is not a start time; write a time of day from 00:00 to 23:59");
      } else {
        starts.add(minutes);
      }
    }
    return starts;
  }

  /** {@code {from: "06:00", to: "14:00", every: 30m}}: from, then every step up to and including to. */
  private static List<Integer> readStartGrid(Section g) {
    List<Integer> starts = new ArrayList<>();
    g.requireKey("from", "the first start, a time of day");
    g.requireKey("to", "the last start, a time of day");
    g.requireKey("every", "the step between starts, like 30m");
    int before = g.problemCount();
    int from = g.timeOfDay("from", 0);
    int to = g.timeOfDay("to", 0);
    double every = g.duration("every", 3600);
    g.rejectUnknownKeys();
    if (g.problemCount() > before) {
      return starts;
    }
    if (from >= 1440) {
      g.problem("from", "\"24:00\" cannot start a shift; use 00:00");
    } else if (to < from || to >= 1440) {
      g.problem("to", g.shown("to") + " must be at or after from (" + TimeOfDay.format(from)
          + ") and before 24:00; a grid does not run past midnight, write a second template for that");
    } else if (every < 60 || every % 60 != 0) {
      g.problem("every", g.shown("every") + " must be a whole number of minutes, 1m or more");
    } else if ((to - from) % (int) (every / 60) != 0) {
      g.problem("every", g.shown("every") + " does not fit: from " + TimeOfDay.format(from) + " in steps of "
          + Durations.format(every) + " does not reach " + TimeOfDay.format(to));
    } else {
      for (int m = from; m <= to; m += (int) (every / 60)) {
        starts.add(m);
      }
    }
    return starts;
  }

  private static Map<String, Integer> readSeats(Section section) {
    return read(section, Map.of(), s -> {
      Map<String, Integer> seats = new LinkedHashMap<>();
      for (String group : s.writtenKeys()) {
        seats.put(group, s.smallInteger(group, 0));
      }
      return () -> seats;
    });
  }

  private static StaffingCost readCost(Section section) {
    return read(section, StaffingCost.FLAT, s -> {
      double hour = s.number("hour", 1);
      double evening = s.number("evening", hour);
      double night = s.number("night", hour);
      double weekend = s.number("weekend", hour);
      String currency = s.text("currency", null);
      return () -> new StaffingCost(hour, evening, night, weekend, currency == null ? null : currency.strip());
    });
  }
}
