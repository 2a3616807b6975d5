package se.sim1177.report.chart;

import java.awt.Color;
import javax.swing.LookAndFeel;
import javax.swing.UIDefaults;
import javax.swing.plaf.ColorUIResource;

/**
 * The settings under which charts are drawn: headless (never a display), and under a look and feel
 * of one colour instead of Swing's Metal.
 *
 * <p>JFreeChart reads one Swing default when its chart class loads (the panel background, which
 * every chart here paints over in white). Answering that from Metal loaded about 130 classes and
 * 100 lambdas that the JIT then compiled, a tenth of a second of CPU in every process that draws a
 * chart (docs/performance.md). A look and feel the user names on the command line
 * ({@code -Dswing.defaultlaf=...}) is kept.
 */
public final class HeadlessDrawing {
  private HeadlessDrawing() {}

  /** Sets both, before any chart class loads; harmless when called again. */
  public static void settle() {
    System.setProperty("java.awt.headless", "true");
    if (System.getProperty("swing.defaultlaf") == null) {
      System.setProperty("swing.defaultlaf", ChartLookAndFeel.class.getName());
    }
  }

  /** The look and feel charts are drawn under: the one default JFreeChart asks for, Metal's value of it. */
  public static final class ChartLookAndFeel extends LookAndFeel {
    /** Metal's panel background (its "control" colour), so a chart that does not paint its own looks as before. */
    static final Color PANEL_BACKGROUND = new Color(238, 238, 238);

    @Override
    public String getName() {
      return "sim1177 charts";
    }

    @Override
    public String getID() {
      return "sim1177-charts";
    }

    @Override
    public String getDescription() {
      return "Headless chart drawing: no components, one colour";
    }

    @Override
    public boolean isNativeLookAndFeel() {
      return false;
    }

    @Override
    public boolean isSupportedLookAndFeel() {
      return true;
    }

    @Override
    public UIDefaults getDefaults() {
      UIDefaults defaults = new UIDefaults(4, 0.75f);
      defaults.put("Panel.background", new ColorUIResource(PANEL_BACKGROUND));
      return defaults;
    }
  }
}
