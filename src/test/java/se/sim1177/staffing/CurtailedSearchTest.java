package se.sim1177.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.sim1177.roster.SolverSettings;
import se.sim1177.scenario.Scenario;
import se.sim1177.scenario.ScenarioReader;

/**
 * The search's simulations that stop early ({@link SearchLedger#judgedOnSearchSeed}) decide as the
 * full ones do, on the rosters the search itself weighs near the boundary: the bundled example's
 * roster for a small safety margin, then that roster with one of its shifts taken away, shift after
 * shift, judged by one ledger, so the later ones run first the periods that were hard for the
 * earlier ones, as in the search. Each verdict must equal {@link SearchMargin#meets} on all 100
 * replications of the same seed; with the example's interval floor, and without one (where a
 * roster that meets can stop early too). The exact rule itself, against every outcome and order,
 * is {@link MarginCurtailmentProperties}'.
 */
class CurtailedSearchTest {
  private static final Path VARMLAND = Path.of("scenarios", "08-varmland-staffing.yaml");
  private static final long SEED = 12345;
  private static final int REPLICATIONS = 100;
  /** A safety margin whose roster meets the targets on the search's seed by a period or two (08's search settles near it). */
  private static final double BETA = 0.0625;
  /** Every third shift of that roster is taken away in turn: about 20 rosters, most within a few periods of the boundary. */
  private static final int EVERY = 3;

  @Test
  void withTheIntervalFloor() throws Exception {
    assertSameVerdicts(ScenarioReader.read(VARMLAND, List.of()));
  }

  @Test
  void withoutAnIntervalFloor() throws Exception {
    String text = Files.readString(VARMLAND);
    String withoutFloor = text.replaceAll("(?m)^  interval_floor:.*\n", "");
    assertTrue(withoutFloor.length() < text.length(), "the example has an interval floor to take out");
    assertSameVerdicts(ScenarioReader.parse(withoutFloor, "08-without-floor.yaml", "08", List.of()));
  }

  private static void assertSameVerdicts(Scenario scenario) {
    StaffingProblem problem = new StaffingProblem(scenario, SolverSettings.DEFAULT);
    SearchSettings settings = new SearchSettings(REPLICATIONS, 400, SEED, 2, SolverSettings.DEFAULT, SearchProgress.SILENT);
    SearchLedger ledger = new SearchLedger(problem, settings, 1);
    IntervalRequirements requirements = new IntervalRequirements(problem,
        ErlangStaffing.of(scenario.targets(), scenario.staffing().maxOccupancy()));
    int[] erlangA = problem.solve(requirements.erlangAOnFirstAttempts()).counts();
    RosterEvaluation load = ledger.onSearchSeed("Erlang A roster", problem.roster(erlangA));
    int[] counts = SafetyRuleTrials.measuredBy(load, problem, ledger, requirements).at(BETA).solution().counts();
    int meeting = 0;
    int missing = 0;
    int nearBoundary = 0;
    int stoppedEarly = 0;
    int shift = 0;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == 0 || shift++ % EVERY != 0) {
        continue;
      }
      counts[i]--;
      Roster roster = problem.roster(counts);
      counts[i]++;
      RosterEvaluation all = RosterEvaluation.of(scenario, roster, SEED, REPLICATIONS, 2);
      RosterEvaluation judged = ledger.judgedOnSearchSeed("shift " + i + " taken away", roster);
      boolean meets = SearchMargin.meets(all, scenario.staffing());
      assertEquals(meets, SearchMargin.meets(judged, scenario.staffing()), String.format(Locale.ROOT,
          "shift %d taken away: %d of %d periods met in all, %d of %d before it stopped", i, all.periodsMeetingTargets(),
          REPLICATIONS, judged.periodsMeetingTargets(), judged.replications()));
      meeting += meets ? 1 : 0;
      missing += meets ? 0 : 1;
      nearBoundary += Math.abs(all.periodsMeetingTargets() - SearchMargin.periodsNeeded(scenario.staffing().confidence(),
          REPLICATIONS)) <= 2 ? 1 : 0;
      stoppedEarly += judged.replications() < REPLICATIONS ? 1 : 0;
    }
    String counted = meeting + " rosters meet, " + missing + " miss, " + nearBoundary + " within two periods of the boundary, "
        + stoppedEarly + " stopped early";
    assertTrue(meeting > 0 && missing > 0 && nearBoundary >= 5 && stoppedEarly > 0, counted);
  }
}
