package se.sim1177.staffing;

import se.sim1177.roster.RosterSolution;
import java.util.List;
import se.sim1177.scenario.Staffing;

/**
 * What {@code sim1177 staff} found.
 *
 * @param firstAttempts expected first phone attempts per interval of the week (from the scenario)
 * @param loadErlangs offered load per interval, erlangs (first attempts × mean handling)
 * @param erlangC nurses on duty Erlang C asks per interval, before absence
 * @param erlangA the same for Erlang A
 * @param required the requirement the chosen roster covers (standard nurses on duty)
 * @param roster the chosen roster
 * @param solution the solver's answer for it
 * @param rosters today's, today's scaled until it meets the targets, Erlang C's, Erlang A's and
 *     this roster, each with its fresh-seed check
 * @param rounds fresh-seed checks the search needed before its roster met the targets
 * @param simulations rosters simulated in the search and the checks
 * @param work what those simulations processed, for {@code run.json}
 * @param notes what the user should know about how the answer was reached
 */
public record StaffingOutcome(Staffing.Method method, Staffing.Scope scope, double[] firstAttempts, double[] loadErlangs,
    int[] erlangC, int[] erlangA, double[] required, Roster roster, RosterSolution solution, List<RosterResult> rosters,
    int rounds, int simulations, SimulatedWork work, boolean met, List<String> notes) {

  /**
   * Replications, events, call attempts and chats simulated over every simulation of a search;
   * a simulation stopped once its verdict was known counts the replications it ran.
   */
  public record SimulatedWork(long replications, long events, long callAttempts, long chats) {}

  /** This outcome with {@code note} after its notes. */
  public StaffingOutcome withNote(String note) {
    List<String> more = new java.util.ArrayList<>(notes);
    more.add(note);
    return new StaffingOutcome(method, scope, firstAttempts, loadErlangs, erlangC, erlangA, required, roster, solution, rosters,
        rounds, simulations, work, met, List.copyOf(more));
  }

  /** The comparison entry with {@code key}. */
  public RosterResult result(String key) {
    return rosters.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
  }
}
