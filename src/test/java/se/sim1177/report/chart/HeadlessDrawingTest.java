package se.sim1177.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import javax.swing.plaf.metal.MetalLookAndFeel;
import org.junit.jupiter.api.Test;

/** The one-colour look and feel charts are drawn under answers what JFreeChart asks as Metal would. */
class HeadlessDrawingTest {
  @Test
  void thePanelBackgroundIsMetals() {
    Color metal = new MetalLookAndFeel().getDefaults().getColor("Panel.background");
    Color ours = new HeadlessDrawing.ChartLookAndFeel().getDefaults().getColor("Panel.background");
    assertEquals(metal.getRGB(), ours.getRGB());
  }

  @Test
  void settlingKeepsALookAndFeelTheUserNamed() {
    String before = System.getProperty("swing.defaultlaf");
    try {
      System.setProperty("swing.defaultlaf", "javax.swing.plaf.metal.MetalLookAndFeel");
      HeadlessDrawing.settle();
      assertEquals("javax.swing.plaf.metal.MetalLookAndFeel", System.getProperty("swing.defaultlaf"));
      System.clearProperty("swing.defaultlaf");
      HeadlessDrawing.settle();
      assertEquals(HeadlessDrawing.ChartLookAndFeel.class.getName(), System.getProperty("swing.defaultlaf"));
      assertTrue(Boolean.getBoolean("java.awt.headless"));
    } finally {
      if (before == null) {
        System.clearProperty("swing.defaultlaf");
      } else {
        System.setProperty("swing.defaultlaf", before);
      }
    }
  }
}
