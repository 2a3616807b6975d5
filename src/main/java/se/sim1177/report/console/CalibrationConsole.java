package se.sim1177.report.console;

import java.io.PrintStream;
import java.util.Locale;
import se.sim1177.calibration.CalibrationResult;
import se.sim1177.history.ObservedFigure;

/** What {@code calibrate} prints: the fitted values with their intervals, the figures against the model's, and what it found. */
public final class CalibrationConsole {
  private CalibrationConsole() {}

  public static void print(CalibrationResult r, PrintStream out) {
    out.printf(Locale.ROOT, "calibrated to %s (%d simulations, %s on common random numbers):%n", r.period(), r.evaluations(),
        r.optimiser());
    out.printf(Locale.ROOT, "  %-32s %14s  %-24s %14s%n", "key", "fitted", "95% interval", "started at");
    for (CalibrationResult.FittedValue v : r.values()) {
      String interval = v.identified() ? "[" + v.key().shown(v.low()) + ", " + v.key().shown(v.high()) + "]" : "not identified";
      out.printf(Locale.ROOT, "  %-32s %14s  %-24s %14s%n", v.key().path(), v.key().shown(v.value()), interval,
          v.key().shown(v.start()));
    }
    out.printf(Locale.ROOT, "  %-24s %14s %14s  %-22s %6s%n", "figure", "observed", "model", "model 95% CI", "z");
    for (CalibrationResult.FigureCheck c : r.figures()) {
      out.printf(Locale.ROOT, "  %-24s %14s %14s  %-22s %+6.1f%n", c.metric(), ObservedFigure.shown(c.metric(), c.observed()),
          ObservedFigure.shown(c.metric(), c.simulated()), "[" + ObservedFigure.shown(c.metric(), c.simulatedLow()) + ", " + ObservedFigure.shown(c.metric(), c.simulatedHigh()) + "]", c.z());
    }
    for (String f : r.findings()) {
      out.println(f);
    }
  }
}
