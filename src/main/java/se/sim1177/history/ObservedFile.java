package se.sim1177.history;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import se.sim1177.scenario.ScenarioException;
import se.sim1177.scenario.ScenarioFile;
import se.sim1177.scenario.ScenarioProblem;
import se.sim1177.scenario.ScenarioText;
import se.sim1177.scenario.YamlNode;

/**
 * Reads {@code observed.yaml} (what {@code import} writes, or a region's own figures written the
 * same way): the periods and their figures, and the period {@code calibrate} reproduces by default.
 * Every problem names the file, the line, the key and what is allowed.
 *
 * @param periods every period, in file order
 * @param calibrateOn the label of the period to reproduce when the user names none
 */
public record ObservedFile(List<ObservedPeriod> periods, String calibrateOn) {
  /** The figures calibrate can reproduce: the names {@code summary.json} gives them. */
  public static final Set<String> FIGURES = Set.of("offered_calls_per_day", "unique_callers_per_day", "answer_rate", "abandon_rate",
      "service_level", "mean_wait_answered_s");

  public ObservedFile {
    periods = List.copyOf(periods);
  }

  /** The period labelled {@code label}; null when there is none. */
  public ObservedPeriod period(String label) {
    return periods.stream().filter(p -> p.label().equals(label)).findFirst().orElse(null);
  }

  public static ObservedFile read(Path file) throws ScenarioException {
    String source = file.toString();
    return parse(ScenarioFile.readText(file), source);
  }

  public static ObservedFile parse(String text, String source) throws ScenarioException {
    YamlNode root = ScenarioText.tree(text, source);
    List<ScenarioProblem> problems = new ArrayList<>();
    if (!(root instanceof YamlNode.MapNode map)) {
      throw problem(root, source, "", "must be a mapping with periods: (as sim1177 import writes it)");
    }
    YamlNode periodsNode = map.get("periods");
    if (!(periodsNode instanceof YamlNode.ListNode list) || list.items().isEmpty()) {
      throw problem(periodsNode == null ? root : periodsNode, source, "periods",
          "must be a list of periods, each with period, from, to and figures (as sim1177 import writes it)");
    }
    List<ObservedPeriod> periods = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      ObservedPeriod p = period(list.items().get(i), "periods[" + i + "]", source, problems);
      if (p != null && periods.stream().anyMatch(q -> q.label().equals(p.label()))) {
        problems.add(new ScenarioProblem(list.items().get(i).location(), "periods[" + i + "].period", "\"" + p.label()
            + "\" names a period named before; allowed: each period once"));
      } else if (p != null) {
        periods.add(p);
      }
    }
    String calibrateOn = map.get("calibrate_on") instanceof YamlNode.Scalar s && !s.isNull() ? s.text() : null;
    if (calibrateOn != null && periods.stream().noneMatch(p -> p.label().equals(calibrateOn)) && problems.isEmpty()) {
      problems.add(new ScenarioProblem(map.get("calibrate_on").location(), "calibrate_on", "\"" + calibrateOn
          + "\" names no period in the file; allowed: one of " + String.join(", ", periods.stream().map(ObservedPeriod::label).toList())));
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    return new ObservedFile(periods, calibrateOn != null ? calibrateOn : periods.get(periods.size() - 1).label());
  }

  private static ObservedPeriod period(YamlNode node, String path, String source, List<ScenarioProblem> problems) {
    if (!(node instanceof YamlNode.MapNode map)) {
      problems.add(new ScenarioProblem(node.location(), path, "must be a period with period, from, to and figures"));
      return null;
    }
    String label = text(map, "period");
    if (label == null) {
      problems.add(new ScenarioProblem(map.location(), path + ".period", "is missing; name the period (2019-11)"));
      return null;
    }
    LocalDate from = date(map, "from", path, problems);
    LocalDate to = date(map, "to", path, problems);
    int days = 0;
    if (map.get("days_used") instanceof YamlNode.Scalar s && !s.isNull()) {
      try {
        days = Integer.parseInt(s.text().strip());
      } catch (NumberFormatException e) {
        problems.add(new ScenarioProblem(s.location(), path + ".days_used", "\"" + s.text() + "\" is not a whole number of days"));
      }
    }
    List<ObservedFigure> figures = new ArrayList<>();
    YamlNode figuresNode = map.get("figures");
    if (figuresNode instanceof YamlNode.MapNode f) {
      for (var e : f.entries().entrySet()) {
        String fpath = path + ".figures." + e.getKey();
        if (!FIGURES.contains(e.getKey())) {
          problems.add(new ScenarioProblem(f.keyLocation(e.getKey()), fpath, "is not a figure calibrate can reproduce; allowed: "
              + String.join(", ", FIGURES.stream().sorted().toList())));
          continue;
        }
        if (!(e.getValue() instanceof YamlNode.MapNode fig)) {
          problems.add(new ScenarioProblem(e.getValue().location(), fpath, "must be {value: ..., standard_error: ...}"));
          continue;
        }
        double value = number(fig, "value", fpath, problems, true);
        double se = number(fig, "standard_error", fpath, problems, true);
        double sd = number(fig, "day_sd", fpath, problems, false);
        boolean share = e.getKey().endsWith("_rate") || e.getKey().equals("service_level");
        if (Double.isFinite(value) && (value < 0 || (share && value > 1))) {
          problems.add(new ScenarioProblem(fig.get("value").location(), fpath + ".value", fig.get("value") instanceof YamlNode.Scalar v
              ? "\"" + v.text() + "\" is not allowed; allowed: " + (share ? "a share from 0 to 1" : "zero or more") : "is not allowed"));
        }
        if (Double.isFinite(se) && !(se > 0)) {
          problems.add(new ScenarioProblem(fig.get("standard_error").location(), fpath + ".standard_error",
              "must be above zero: a figure known exactly cannot be weighed against a simulation"));
        }
        figures.add(new ObservedFigure(e.getKey(), value, sd, se, days));
      }
    } else {
      problems.add(new ScenarioProblem(map.location(), path + ".figures", "is missing; give the period's figures"));
    }
    double[][] correlation = correlation(map.get("correlation"), figures.size(), path + ".correlation", problems);
    if (from == null || to == null) {
      return null;
    }
    return new ObservedPeriod(label, from, to, days, List.of(), figures, correlation);
  }

  /** The figures' correlation matrix, or null (independent) when the period has none. */
  private static double[][] correlation(YamlNode node, int size, String path, List<ScenarioProblem> problems) {
    if (node == null || (node instanceof YamlNode.Scalar s && s.isNull())) {
      return null;
    }
    String allowed = "allowed: " + size + " rows of " + size + " numbers from -1 to 1, one per figure in the order listed, 1 on the"
        + " diagonal, symmetric";
    if (!(node instanceof YamlNode.ListNode rows) || rows.items().size() != size) {
      problems.add(new ScenarioProblem(node.location(), path, "must have one row per figure; " + allowed));
      return null;
    }
    double[][] c = new double[size][size];
    for (int i = 0; i < size; i++) {
      if (!(rows.items().get(i) instanceof YamlNode.ListNode row) || row.items().size() != size) {
        problems.add(new ScenarioProblem(rows.items().get(i).location(), path + "[" + i + "]", "must have " + size + " numbers; "
            + allowed));
        return null;
      }
      for (int j = 0; j < size; j++) {
        YamlNode cell = row.items().get(j);
        double v = cell instanceof YamlNode.Scalar s && !s.isNull() ? parse(s.text()) : Double.NaN;
        if (!(v >= -1 && v <= 1) || (i == j && v != 1)) {
          problems.add(new ScenarioProblem(cell.location(), path + "[" + i + "][" + j + "]", "is not a correlation; " + allowed));
          return null;
        }
        c[i][j] = v;
      }
    }
    for (int i = 0; i < size; i++) {
      for (int j = 0; j < i; j++) {
        if (Math.abs(c[i][j] - c[j][i]) > 1e-9) {
          problems.add(new ScenarioProblem(rows.location(), path, "is not symmetric at [" + i + "][" + j + "]; " + allowed));
          return null;
        }
      }
    }
    // A matrix that is not positive semi-definite is no correlation of real figures (a typed
    // matrix can be symmetric with every entry in -1..1 and still claim the impossible), and the
    // fit's weights would turn some misses into rewards. Import's own matrices, taken pair by pair
    // over the days each pair has and rounded, may dip a little below zero: that is left to the
    // fit's pseudo-inverse, which drops the flat directions.
    double smallest = Double.POSITIVE_INFINITY;
    for (double lambda : new EigenDecomposition(new Array2DRowRealMatrix(c)).getRealEigenvalues()) {
      smallest = Math.min(smallest, lambda);
    }
    if (smallest < -0.01) {
      problems.add(new ScenarioProblem(rows.location(), path, "is not positive semi-definite (smallest eigenvalue "
          + String.format(java.util.Locale.ROOT, "%.3g", smallest) + "): no set of figures can be correlated this way; " + allowed
          + ", as measured over the same days"));
      return null;
    }
    return c;
  }

  private static double parse(String text) {
    try {
      return Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static String text(YamlNode.MapNode map, String key) {
    return map.get(key) instanceof YamlNode.Scalar s && !s.isNull() ? s.text() : null;
  }

  private static LocalDate date(YamlNode.MapNode map, String key, String path, List<ScenarioProblem> problems) {
    String t = text(map, key);
    if (t == null) {
      problems.add(new ScenarioProblem(map.location(), path + "." + key, "is missing; allowed: a date like 2019-11-01"));
      return null;
    }
    try {
      return LocalDate.parse(t.strip());
    } catch (DateTimeParseException e) {
      problems.add(new ScenarioProblem(map.get(key).location(), path + "." + key, "\"" + t + "\" is not a date; allowed: a date like"
          + " 2019-11-01"));
      return null;
    }
  }

  private static double number(YamlNode.MapNode map, String key, String path, List<ScenarioProblem> problems, boolean required) {
    String t = text(map, key);
    if (t == null || t.equals(".nan")) {
      if (required) {
        problems.add(new ScenarioProblem(map.location(), path + "." + key, t == null ? "is missing; allowed: a number"
            : "is not known (.nan): a figure needs a value and a standard error"));
      }
      return Double.NaN;
    }
    try {
      double v = Double.parseDouble(t.strip());
      if (!Double.isFinite(v)) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      problems.add(new ScenarioProblem(map.get(key).location(), path + "." + key, "\"" + t + "\" is not a number"));
      return Double.NaN;
    }
  }

  private static ScenarioException problem(YamlNode node, String source, String path, String message) {
    return new ScenarioException(List.of(new ScenarioProblem(node == null ? new YamlNode.Location(source, 1) : node.location(), path,
        message)));
  }
}
