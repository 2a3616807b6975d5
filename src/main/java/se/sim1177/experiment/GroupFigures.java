package se.sim1177.experiment;

import java.util.ArrayList;
import java.util.List;
import se.sim1177.model.CallCentreModel;
import se.sim1177.model.GroupTally;
import se.sim1177.model.ReplicationResult;
import se.sim1177.scenario.StaffGroup;
import se.sim1177.scenario.Workplace;

/**
 * Figures per staff group (the scenario's {@code staff.groups}, in order) and summed per workplace
 * present (office, satellite, remote, in that order): the units. Each figure is, per replication, a
 * numerator and a denominator, estimated across replications like the summary metrics (a volume per
 * day has denominator 1: its mean and Student-t interval; occupancy and the mean handling time are
 * ratios of sums with the delta-method interval). Times are clipped to the measured period (see
 * {@code model.GroupTally}).
 */
public final class GroupFigures {
  /** A figure: its key in {@code summary.json} and {@code groups.csv}, and the values it can take. */
  public record Figure(String key, Metric.Range range) {}

  public static final List<Figure> FIGURES = List.of(
      new Figure("nurse_hours_on_duty_per_day", Metric.NON_NEGATIVE),
      new Figure("nurse_hours_absent_per_day", Metric.NON_NEGATIVE),
      new Figure("overtime_hours_per_day", Metric.NON_NEGATIVE),
      new Figure("phone_hours_per_day", Metric.NON_NEGATIVE),
      new Figure("chat_hours_per_day", Metric.NON_NEGATIVE),
      new Figure("occupancy", Metric.SHARE),
      new Figure("calls_answered_per_day", Metric.NON_NEGATIVE),
      new Figure("chats_answered_per_day", Metric.NON_NEGATIVE),
      new Figure("mean_handling_time_s", Metric.NON_NEGATIVE));

  private static final int F = 9;

  /**
   * One group or one workplace: {@code kind} "group" or "workplace", its name (the workplace's key
   * for a workplace), its workplace, and its figures in the order of {@link #FIGURES}.
   */
  public record Unit(String kind, String name, String workplace, List<MetricSummary> figures) {
    public MetricSummary figure(String key) {
      for (int i = 0; i < FIGURES.size(); i++) {
        if (FIGURES.get(i).key().equals(key)) {
          return figures.get(i);
        }
      }
      throw new IllegalArgumentException("no group figure " + key);
    }
  }

  private GroupFigures() {}

  /** The workplaces of the scenario's groups, in the enum's order. */
  static List<Workplace> workplaces(List<StaffGroup> groups) {
    List<Workplace> out = new ArrayList<>();
    for (Workplace w : Workplace.values()) {
      if (groups.stream().anyMatch(g -> g.workplace() == w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** Number of units of {@code model}: its groups, then its workplaces. */
  static int units(CallCentreModel model) {
    List<StaffGroup> groups = model.scenario().staff();
    return groups.size() + workplaces(groups).size();
  }

  /** One replication's numerators and denominators, {@link #FIGURES} per unit. */
  static ReplicationValues.Parts parts(CallCentreModel model, ReplicationResult r) {
    List<StaffGroup> groups = model.scenario().staff();
    List<Workplace> workplaces = workplaces(groups);
    int nGroups = groups.size();
    int units = nGroups + workplaces.size();
    double[] sums = new double[units * GroupTally.FIELDS];
    for (int g = 0; g < nGroups && g < r.groups(); g++) {
      int w = nGroups + workplaces.indexOf(groups.get(g).workplace());
      for (int f = 0; f < GroupTally.FIELDS; f++) {
        double v = r.group(g, f);
        sums[g * GroupTally.FIELDS + f] = v;
        sums[w * GroupTally.FIELDS + f] += v;
      }
    }
    ReplicationValues.Parts parts = ReplicationValues.Parts.of(units * F);
    double days = r.days();
    for (int u = 0; u < units; u++) {
      int s = u * GroupTally.FIELDS;
      int i = u * F;
      set(parts, i, sums[s + GroupTally.ON_DUTY] / 3600 / days, 1);
      set(parts, i + 1, sums[s + GroupTally.ABSENT] / 3600 / days, 1);
      set(parts, i + 2, sums[s + GroupTally.OVERTIME] / 3600 / days, 1);
      set(parts, i + 3, sums[s + GroupTally.PHONE] / 3600 / days, 1);
      set(parts, i + 4, sums[s + GroupTally.CHAT] / 3600 / days, 1);
      set(parts, i + 5, sums[s + GroupTally.PHONE] + sums[s + GroupTally.CHAT], sums[s + GroupTally.ON_DUTY]);
      set(parts, i + 6, sums[s + GroupTally.CALLS] / days, 1);
      set(parts, i + 7, sums[s + GroupTally.CHATS] / days, 1);
      set(parts, i + 8, sums[s + GroupTally.PHONE], sums[s + GroupTally.CALLS]);
    }
    return parts;
  }

  private static void set(ReplicationValues.Parts parts, int i, double x, double y) {
    parts.numerators()[i] = x;
    parts.denominators()[i] = y;
  }

  /** The units with their estimates from {@code stats} (fed with {@link #parts}). */
  static List<Unit> summarize(CallCentreModel model, RatioStats stats) {
    List<StaffGroup> groups = model.scenario().staff();
    List<Workplace> workplaces = workplaces(groups);
    List<Unit> out = new ArrayList<>();
    for (int u = 0; u < groups.size() + workplaces.size(); u++) {
      List<MetricSummary> figures = new ArrayList<>();
      for (int i = 0; i < F; i++) {
        figures.add(stats.summary(u * F + i).within(FIGURES.get(i).range()));
      }
      if (u < groups.size()) {
        StaffGroup g = groups.get(u);
        out.add(new Unit("group", g.name(), g.workplace().key(), List.copyOf(figures)));
      } else {
        String w = workplaces.get(u - groups.size()).key();
        out.add(new Unit("workplace", w, w, List.copyOf(figures)));
      }
    }
    return List.copyOf(out);
  }
}
