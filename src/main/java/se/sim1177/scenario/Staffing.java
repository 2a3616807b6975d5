package se.sim1177.scenario;

import java.util.List;
import java.util.Map;

/**
 * The {@code staffing:} section: what {@code sim1177 staff} may choose and how it judges a roster.
 * The other commands ignore it.
 *
 * @param method how the per-interval requirement is found
 * @param scope whether the targets must hold over the measured period (as regions report them) or
 *     in every interval
 * @param confidence with {@link Scope#PERIOD}: the share of simulated periods (replications) that
 *     must meet every target
 * @param intervalFloor with {@link Scope#PERIOD}: what no interval of the week may fall below;
 *     {@link IntervalFloor#NONE} when not written
 * @param maxOccupancy a cap on offered load per nurse for the Erlang requirements, or null
 * @param templates the shifts a roster may use, per staff group
 * @param seats the most nurses of a group scheduled at once (its workplace's seats), by group name;
 *     a group not named is unlimited
 * @param cost the relative cost of a nurse-hour by time of week
 * @param minimum the fewest nurses scheduled whatever the load, by time of week (empty: none)
 * @param breaks the breaks candidate shifts get, by their length (empty: none)
 */
public record Staffing(Method method, Scope scope, double confidence, IntervalFloor intervalFloor, Double maxOccupancy,
    List<ShiftTemplate> templates, Map<String, Integer> seats, StaffingCost cost, List<MinimumStaffing> minimum,
    List<BreakRule> breaks) {

  /** A staffing section without breaks. */
  public Staffing(Method method, Scope scope, double confidence, IntervalFloor intervalFloor, Double maxOccupancy,
      List<ShiftTemplate> templates, Map<String, Integer> seats, StaffingCost cost, List<MinimumStaffing> minimum) {
    this(method, scope, confidence, intervalFloor, maxOccupancy, templates, seats, cost, minimum, List.of());
  }

  /** A staffing section without a minimum. */
  public Staffing(Method method, Scope scope, double confidence, IntervalFloor intervalFloor, Double maxOccupancy,
      List<ShiftTemplate> templates, Map<String, Integer> seats, StaffingCost cost) {
    this(method, scope, confidence, intervalFloor, maxOccupancy, templates, seats, cost, List.of());
  }

  public static final double DEFAULT_CONFIDENCE = 0.9;
  /**
   * The highest confidence a check of 400 periods can confirm: the one-sided 95 % lower bound of
   * a share of 400 in 400 is about 0.996, of 399 in 400 about 0.99.
   */
  public static final double MOST_CONFIDENCE = 0.99;

  /** How the requirement per interval is found. */
  public enum Method {
    ERLANG_C("erlang-c"),
    ERLANG_A("erlang-a"),
    SIMULATION("simulation");

    private final String key;

    Method(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }

    public static Method parse(String text) {
      for (Method m : values()) {
        if (m.key.equals(text)) {
          return m;
        }
      }
      return null;
    }
  }

  /** Where the targets must hold. */
  public enum Scope {
    PERIOD,
    INTERVAL;

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The least any single interval may reach when the targets are judged over the period. */
  public record IntervalFloor(Double answerRate, Double meanWaitSeconds) {
    public static final IntervalFloor NONE = new IntervalFloor(null, null);

    public IntervalFloor {
      FieldChecks c = new FieldChecks();
      c.answerRateAndMeanWait(answerRate, meanWaitSeconds);
      c.throwIfAny();
    }
  }

  public Staffing {
    templates = List.copyOf(templates);
    minimum = minimum == null ? List.of() : List.copyOf(minimum);
    breaks = breaks == null ? List.of() : List.copyOf(breaks);
    seats = Map.copyOf(seats);
    intervalFloor = intervalFloor == null ? IntervalFloor.NONE : intervalFloor;
    FieldChecks c = new FieldChecks();
    c.require(method != null, "method", null, "must be erlang-c, erlang-a or simulation");
    c.require(scope != null, "scope", null, "must be period or interval");
    c.require(confidence > 0 && confidence <= MOST_CONFIDENCE, "confidence", confidence,
        "must be a share above 0 and at most " + MOST_CONFIDENCE + " (0.9: nine periods in ten meet every target; the "
            + "fresh-seed check of 400 periods cannot show a share above 0.99 with confidence)");
    if (maxOccupancy != null) {
      c.require(maxOccupancy > 0 && maxOccupancy <= 1, "max_occupancy", maxOccupancy, "must be a share above 0 and at most 1");
    }
    c.require(!templates.isEmpty(), "templates", "[]", "must list at least one shift template");
    for (Map.Entry<String, Integer> e : seats.entrySet()) {
      c.require(e.getValue() >= 0, "seats." + e.getKey(), e.getValue(), "must be a whole number of seats, 0 or more");
    }
    c.throwIfAny();
  }

  /**
   * The fewest nurses of all groups together scheduled at minute {@code minuteOfWeek} after Monday
   * 00:00 by {@link #minimum} (0 when none holds).
   */
  public int minimumAt(int minuteOfWeek) {
    return minimumAt(null, minuteOfWeek);
  }

  /**
   * The fewest nurses of {@code group} alone (null: of all groups together) scheduled at minute
   * {@code minuteOfWeek} by the floors written for it (0 when none holds).
   */
  public int minimumAt(String group, int minuteOfWeek) {
    int most = 0;
    for (MinimumStaffing m : minimum) {
      if (java.util.Objects.equals(m.group(), group) && m.covers(minuteOfWeek)) {
        most = Math.max(most, m.nurses());
      }
    }
    return most;
  }

  /**
   * The break rule a shift of {@code lengthMinutes} gets: of the rules whose {@code after} it
   * exceeds, the one with the largest {@code after} (the first written on a tie); -1 when none.
   * A shift has at most one break.
   */
  public int breakRuleFor(int lengthMinutes) {
    int chosen = -1;
    for (int i = 0; i < breaks.size(); i++) {
      BreakRule r = breaks.get(i);
      if (lengthMinutes > r.afterMinutes() && (chosen < 0 || r.afterMinutes() > breaks.get(chosen).afterMinutes())) {
        chosen = i;
      }
    }
    return chosen;
  }

  /** The templates of group {@code group}, in the order written. */
  public List<ShiftTemplate> templatesOf(String group) {
    return templates.stream().filter(t -> t.group().equals(group)).toList();
  }

  /** The seats of group {@code group}, or {@link Integer#MAX_VALUE} when unlimited. */
  public int seatsOf(String group) {
    return seats.getOrDefault(group, Integer.MAX_VALUE);
  }
}
