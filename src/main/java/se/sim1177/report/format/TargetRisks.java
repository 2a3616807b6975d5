package se.sim1177.report.format;

import java.util.ArrayList;
import java.util.List;
import se.sim1177.experiment.PeriodRisk;

/**
 * The targets whose risk a result carries, by name: each target, then {@link PeriodRisk#ALL},
 * every target at once. A sweep's and a comparison's files and pages list them in this order.
 */
public final class TargetRisks {
  private TargetRisks() {}

  /** The targets' names and {@link PeriodRisk#ALL}, in that order (none without targets). */
  public static List<String> names(PeriodRisk risk) {
    List<String> names = new ArrayList<>(risk.targets().stream().map(PeriodRisk.TargetRisk::name).toList());
    if (risk.all() != null) {
      names.add(PeriodRisk.ALL);
    }
    return names;
  }

  /** The risk of target {@code name} (or all), or null when the result has no such target. */
  public static PeriodRisk.TargetRisk find(PeriodRisk risk, String name) {
    if (name.equals(PeriodRisk.ALL)) {
      return risk.all();
    }
    return risk.targets().stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
  }
}
