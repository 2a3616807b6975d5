package se.sim1177.scenario;

/**
 * How long and how often to simulate (the scenario's {@code simulation} section).
 *
 * @param days measured days per replication
 * @param warmupDays days simulated first and discarded, so the measured days start from a loaded
 *     line rather than an empty one
 * @param startWeekday weekday of the first simulated (warm-up) day
 * @param replications independent replications
 * @param seed the seed all random streams derive from
 */
public record RunControl(int days, int warmupDays, Weekday startWeekday, int replications, long seed) {
  public static final int MAX_DAYS = 3660;
  public static final int MAX_REPLICATIONS = 100_000;

  /** Measured days when the scenario does not say. */
  public static final int DEFAULT_DAYS = 28;
  /** Warm-up days when the scenario does not say. */
  public static final int DEFAULT_WARMUP_DAYS = 3;
  /** Weekday of the first simulated day when the scenario does not say. */
  public static final Weekday DEFAULT_START_WEEKDAY = Weekday.MON;
  /** Replications when the scenario does not say. */
  public static final int DEFAULT_REPLICATIONS = 30;
  /** Seed when the scenario does not say. */
  public static final long DEFAULT_SEED = 12345;

  /** The run of a scenario without a {@code simulation} section: every default. */
  public static RunControl defaults() {
    return new RunControl(DEFAULT_DAYS, DEFAULT_WARMUP_DAYS, DEFAULT_START_WEEKDAY, DEFAULT_REPLICATIONS, DEFAULT_SEED);
  }

  public RunControl {
    FieldChecks c = new FieldChecks();
    c.require(days >= 1 && days <= MAX_DAYS, "days", days, "must be a whole number of days from 1 to " + MAX_DAYS);
    c.require(warmupDays >= 0 && warmupDays <= 366, "warmup_days", warmupDays, "must be from 0 to 366");
    c.require(startWeekday != null, "start_weekday", startWeekday, "must be a weekday mon..sun");
    c.require(replications >= 2 && replications <= MAX_REPLICATIONS, "replications", replications,
        "must be from 2 (a confidence interval needs two) to " + MAX_REPLICATIONS);
    c.throwIfAny();
  }

  /** Weekday of simulated day {@code day} (0 = the first warm-up day). */
  public Weekday weekdayOf(int day) {
    return startWeekday.plusDays(day);
  }

  public int totalDays() {
    return warmupDays + days;
  }

  public RunControl withReplications(int n) {
    return new RunControl(days, warmupDays, startWeekday, n, seed);
  }

  public RunControl withSeed(long s) {
    return new RunControl(days, warmupDays, startWeekday, replications, s);
  }
}
