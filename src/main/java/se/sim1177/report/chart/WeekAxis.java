package se.sim1177.report.chart;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.TextAnchor;

/**
 * The hours of a week, Monday 00:00 (0) to Sunday 24:00 (168), labelled with day names centred on
 * each day. Gridlines and long tick marks fall at midnight, short tick marks every 6 hours.
 */
public final class WeekAxis extends FixedTickAxis {
  /** The days as every chart and table of the week names them, Monday first. */
  public static final List<String> DAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
  static final double HOURS = 168;

  WeekAxis() {
    super("day of the week (hourly values; lines at midnight)", weekTicks());
    setRange(0, HOURS);
    setMinorTickMarksVisible(true);
    setMinorTickMarkOutsideLength(3);
    setTickMarkOutsideLength(8);
  }

  /** Midnights as major ticks without text; day names at noon and 06:00/18:00 as minor ticks. */
  private static List<NumberTick> weekTicks() {
    List<NumberTick> ticks = new ArrayList<>();
    for (int day = 0; day <= 7; day++) {
      ticks.add(tick(TickType.MAJOR, 24.0 * day, ""));
      if (day < 7) {
        ticks.add(tick(TickType.MINOR, 24.0 * day + 6, ""));
        ticks.add(tick(TickType.MINOR, 24.0 * day + 12, DAYS.get(day)));
        ticks.add(tick(TickType.MINOR, 24.0 * day + 18, ""));
      }
    }
    return ticks;
  }

  private static NumberTick tick(TickType type, double hour, String text) {
    return new NumberTick(type, hour, text, TextAnchor.TOP_CENTER, TextAnchor.CENTER, 0);
  }
}
