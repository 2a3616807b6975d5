package se.sim1177.staffing;

import se.sim1177.roster.RosterSolution;

/**
 * What a staffing method settled on.
 *
 * @param required the requirement per interval the roster program covered (standard nurses on duty)
 * @param solution the roster, with the solver's status of its last solve
 * @param rounds rounds the search needed (0 for an Erlang method)
 * @param met whether the roster met the targets in the search's last check
 * @param check that last check, on the check's seed and replications, when the method ran one
 *     (null otherwise): the comparison shows it rather than simulating the same roster again
 */
record SettledRoster(double[] required, RosterSolution solution, int rounds, boolean met, RosterEvaluation check) {}
