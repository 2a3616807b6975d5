package se.sim1177.reference;

/**
 * The numbers of the call centre in SSJ's tutorial (umontreal-simul/ssj,
 * {@code src/main/docs/examples/tutorial/CallCenter.dat}), shared by the two reference models of it
 * so that both simulate exactly the same centre. {@code scenarios/bench/ssj-tutorial.yaml} is the
 * same centre as a sim1177 scenario; its comments say where each number comes from and where
 * sim1177's model differs.
 */
public final class TutorialCallCentreData {
  public static final double HOUR_SECONDS = 3600.0;
  /** Opening time, seconds after midnight (08:00). */
  public static final double OPENING_SECONDS = 8 * HOUR_SECONDS;
  /** Agents in each one-hour period from opening. */
  public static final int[] AGENTS_PER_PERIOD = {4, 6, 8, 8, 8, 7, 8, 8, 6, 6, 4, 4, 4};
  /** Base arrival rate of each period, calls per hour (1,660 a day in all). */
  public static final double[] CALLS_PER_HOUR = {100, 150, 150, 180, 200, 150, 150, 150, 120, 100, 80, 70, 60};
  public static final int PERIODS = AGENTS_PER_PERIOD.length;
  /**
   * Shape (and rate) of the daily busyness factor's gamma distribution, mean 1: the value of the
   * tutorial's published output and of the course copy of the data; see the scenario file.
   */
  public static final double BUSYNESS_SHAPE = 10.0;
  /** Probability that a caller who has to wait hangs up at once (a patience of zero). */
  public static final double ZERO_PATIENCE_PROBABILITY = 0.1;
  /** Rate of the exponential patience, per second (mean 1,000 s). */
  public static final double PATIENCE_RATE_PER_SECOND = 0.001;
  /** Gamma service time: shape 1 and rate 0.01 per second, an exponential with mean 100 s. */
  public static final double SERVICE_SHAPE = 1.0;
  public static final double SERVICE_RATE_PER_SECOND = 0.01;

  private TutorialCallCentreData() {}
}
