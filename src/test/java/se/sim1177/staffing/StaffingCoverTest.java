package se.sim1177.staffing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.sim1177.analytic.OfferedLoad;
import se.sim1177.roster.RosterSolution;
import se.sim1177.roster.SolverSettings;
import se.sim1177.scenario.DaySet;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioReader;
import se.sim1177.scenario.Shift;
import se.sim1177.scenario.StaffGroup;
import se.sim1177.scenario.Workplace;

/**
 * Known answers for what a scheduled nurse is worth in the roster's cover: present with
 * probability 1 − absence, and on the phone at the standard nurse's pace divided by her
 * handle-time factor on the talk part of a call, so one scheduled nurse of group g covers (1 −
 * a<sub>g</sub>) · (talk + after-call work) / (talk · f<sub>g</sub> + after-call work) standard nurses.
 * Exact, with no simulation: absence left out of the cover, or taken twice, changes every figure
 * here (by 6 to 20 %), and a requirement covered with the wrong cover changes the roster's counts.
 */
class StaffingCoverTest {
  private static final Path VARMLAND = Path.of("scenarios", "08-varmland-staffing.yaml");
  /** Talk 9 min and after-call work 2 min in scenarios/08: 540 + 120 = 660 s. */
  private static final double KARLSTAD = 0.88;
  private static final double SATELLITES = 0.91 * 660 / (540 * 1.05 + 120);
  private static final double HOME = 0.94;

  @Test
  void aScheduledNurseCoversHerPresenceAtHerPace() throws Exception {
    Scenario s = ScenarioReader.read(VARMLAND, List.of());
    PhoneDemand d = PhoneDemand.of(s);
    assertEquals(660, d.handleSeconds(), 1e-9);
    assertEquals(540, d.talkSeconds(), 1e-9);
    List<StaffGroup> g = s.staff();
    assertEquals(KARLSTAD, d.phoneCoverage(g.get(0)), 1e-15, "absence 0.12, factor 1.0");
    assertEquals(SATELLITES, d.phoneCoverage(g.get(1)), 1e-15, "absence 0.09, factor 1.05 on the talk only");
    assertEquals(0.8742358078602620, SATELLITES, 1e-15);
    assertEquals(HOME, d.phoneCoverage(g.get(2)), 1e-15, "absence 0.06, factor 1.0");
    StaffGroup chatOnly = new StaffGroup("chat", Workplace.OFFICE, 1.0, 0.1, List.of(new Shift(DaySet.ALL, 0, 1440, 3)),
        java.util.Set.of(se.sim1177.scenario.Channel.CHAT), se.sim1177.scenario.Channel.CHAT, false);
    assertEquals(0.0, d.phoneCoverage(chatOnly), 0.0, "a chat-only nurse covers no phone");
  }

  @Test
  void everyCandidateShiftCarriesItsGroupsCover() throws Exception {
    StaffingProblem p = new StaffingProblem(ScenarioReader.read(VARMLAND, List.of()), SolverSettings.DEFAULT);
    double[] expected = {KARLSTAD, SATELLITES, HOME};
    int[] seen = new int[3];
    for (Candidate c : p.candidates()) {
      assertEquals(expected[c.group()], c.coverage(), 1e-15, c.toString());
      seen[c.group()]++;
    }
    assertTrue(seen[0] > 0 && seen[1] > 0 && seen[2] > 0, "every group has candidates: " + java.util.Arrays.toString(seen));
  }

  /**
   * A roster problem whose cheapest answer is known: one-hour shifts of a templated group
   * ("flex": absence 0.2, factor 1.25, so 0.8 · 600 / (480 · 1.25 + 120) = 2/3 of a standard nurse
   * each) on top of a fixed group ("day": absence 0.1, factor 1, three nurses 08:00–16:00 every
   * day, 3 · 0.9 = 2.7 standard nurses). Each hour's shifts cover only that hour and cost the same,
   * so the cheapest roster puts ⌈(R − fixed cover) / (2/3)⌉ nurses (at least 0) on each hour, R
   * the hour's requirement. The requirements are chosen so that no quotient lies within 10⁻³ of
   * a whole number.
   */
  @Test
  void oneHourShiftsCoverTheShortfallAfterTheFixedGroup() throws Exception {
    String text = String.join("\n",
        "name: cover",
        "arrivals: {calls_per_day: 500}",
        "callers: {patience: {distribution: exponential, mean: 10m}}",
        "handling: {talk_time: {distribution: exponential, mean: 8m}, after_call_work: {distribution: fixed, value: 2m}}",
        "staff:",
        "  groups:",
        "    - {name: day, absence: 0.1, shifts: [{days: all, start: \"08:00\", end: \"16:00\", nurses: 3}]}",
        "    - {name: flex, absence: 0.2, handle_time_factor: 1.25, shifts: [{days: all, start: \"08:00\", end: \"09:00\", nurses: 1}]}",
        "targets: {answer_rate: 0.85}",
        "staffing:",
        "  templates:",
        "    - {group: flex, days: all, starts: {from: \"00:00\", to: \"23:00\", every: 1h}, lengths: [1h]}",
        "");
    Scenario s = ScenarioReader.parse(text, "cover.yaml", "cover", List.of());
    StaffingProblem p = new StaffingProblem(s, SolverSettings.DEFAULT);
    assertEquals(168, p.candidates().size());
    double flex = 2.0 / 3;
    double[] requirement = new double[168];
    int[] expected = new int[168];
    for (int i = 0; i < 168; i++) {
      requirement[i] = 0.313 + 0.7 * ((5 * i) % 13);
      int hour = i % 24;
      double fixed = hour >= 8 && hour < 16 ? 2.7 : 0;
      double nurses = (requirement[i] - fixed) / flex;
      assertTrue(Math.abs(nurses - Math.rint(nurses)) > 1e-3, "hour " + i + ": " + nurses + " is too near a whole number");
      expected[i] = Math.max(0, (int) Math.ceil(nurses));
    }
    RosterSolution solution = p.solve(requirement);
    assertTrue(solution.optimal());
    int[] counts = new int[168];
    for (int c = 0; c < p.candidates().size(); c++) {
      Candidate candidate = p.candidates().get(c);
      assertEquals(flex, candidate.coverage(), 1e-15);
      counts[candidate.day().ordinal() * 24 + candidate.startMinute() / 60] = solution.count(c);
    }
    assertArrayEquals(expected, counts, "nurses on each hour's shift");
  }

  /** The phone nurses a group is expected to have on duty, hour by hour: each shift's nurses × (1 − absence), in part for hours covered in part. */
  @Test
  void expectedOnDutyIsTheRosterTimesPresence() {
    StaffGroup g = new StaffGroup("g", Workplace.OFFICE, 1.3, 0.25, List.of(
        new Shift(DaySet.parse("mon"), 8 * 60, 16 * 60 + 30, 4),
        new Shift(DaySet.parse("sun"), 22 * 60, 7 * 60, 2)));
    double[] expected = new double[OfferedLoad.HOURS];
    for (int h = 8; h < 16; h++) {
      expected[h] = 3.0;
    }
    expected[16] = 1.5;
    for (int h = 0; h < 7; h++) {
      expected[h] = 1.5;
    }
    expected[6 * 24 + 22] = 1.5;
    expected[6 * 24 + 23] = 1.5;
    assertArrayEquals(expected, OfferedLoad.expectedOnDuty(g), 1e-12);
  }
}
