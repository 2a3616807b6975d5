package se.sim1177.history;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Interval exports with a known truth, for the importer's tests: a day's calls per interval are
 * Poisson with mean callsPerDay × weekday factor × busyness × the weekday's shape, busyness
 * Gamma(shape, mean 1) per day; of the calls, each is answered with probability {@code
 * answerProbability} (the rest abandon), answered calls wait {@code waitSeconds} each and take
 * {@code handleSeconds}, and 85 % of the calls are unique callers. Written in the dialects real
 * platforms use ({@link Dialect}).
 */
public final class SyntheticExport {
  /** One interval's figures. */
  public record Row(LocalDate date, int minute, long offered, long answered, long abandoned, long within, double waitSeconds,
      double handleSeconds, long unique) {}

  static final double[] WEEKDAY_SHAPE = {0.9, 0.6, 0.45, 0.4, 0.4, 0.6, 1.4, 3.2, 6.5, 7.2, 6.8, 6.2, 5.6, 5.6, 5.4, 5.2, 5.6, 6.0,
      6.2, 6.0, 5.4, 4.4, 3.0, 1.8};
  /** A weekend's later morning: 5.7 % of the day's calls in other hours than {@link #WEEKDAY_SHAPE}. */
  static final double[] WEEKEND_SHAPE = {1.2, 0.8, 0.6, 0.5, 0.5, 0.6, 1.0, 2.0, 4.5, 6.5, 7.5, 7.5, 7.0, 6.5, 6.0, 5.8, 5.8, 6.0,
      6.2, 6.0, 5.4, 4.4, 3.0, 1.8};
  static final double[] FACTORS = {1.25, 1.0, 0.95, 0.95, 1.0, 1.05, 1.15};

  public double callsPerDay = 340;
  double[] weekdayFactors = FACTORS;
  double[] weekdayShape = WEEKDAY_SHAPE;
  double[] weekendShape = WEEKEND_SHAPE;
  public double busynessShape = 25;
  double answerProbability = 0.8;
  double waitSeconds = 600;
  double handleSeconds = 540;
  int intervalMinutes = 15;

  /** {@code days} days from {@code first}, drawn from {@code seed}. */
  public List<Row> rows(LocalDate first, int days, long seed) {
    RandomGenerator rng = new MersenneTwister(seed);
    GammaDistribution busy = busynessShape > 0 ? new GammaDistribution(rng, busynessShape, 1 / busynessShape) : null;
    int perDay = 1440 / intervalMinutes;
    List<Row> rows = new ArrayList<>();
    for (int d = 0; d < days; d++) {
      LocalDate date = first.plusDays(d);
      int w = date.getDayOfWeek().getValue() - 1;
      double[] shape = w >= 5 ? weekendShape : weekdayShape;
      double sum = 0;
      for (double v : shape) {
        sum += v;
      }
      double b = busy == null ? 1 : busy.sample();
      for (int k = 0; k < perDay; k++) {
        double mean = callsPerDay * weekdayFactors[w] * b * shape[k * 24 / perDay] / sum / (perDay / 24.0);
        long offered = mean > 0 ? new PoissonDistribution(rng, mean, 1e-12, 10_000_000).sample() : 0;
        long answered = 0;
        for (long c = 0; c < offered; c++) {
          answered += rng.nextDouble() < answerProbability ? 1 : 0;
        }
        long unique = Math.round(offered * 0.85);
        rows.add(new Row(date, k * intervalMinutes, offered, answered, offered - answered, answered / 2, answered * waitSeconds,
            answered * handleSeconds, unique));
      }
    }
    return rows;
  }

  /** How a platform writes its export. */
  public record Dialect(char separator, boolean decimalComma, String[] headers, String datePattern, boolean timeRange, boolean dateTimeInOne,
      Charset charset, boolean byteOrderMark, List<String> titleLines, boolean totalRow, boolean excelSepLine, boolean clockDurations) {
    static final String[] SWEDISH = {"Datum", "Intervall", "Inkommande", "Besvarade", "Avbrutna", "Besvarade inom SL",
        "Medel väntetid", "AHT", "Unika uppringare"};
    static final String[] ENGLISH = {"Date", "Interval", "Offered", "Answered", "Abandoned", "Answered within SL", "ASA",
        "Average handle time", "Unique callers"};

    public static Dialect swedish() {
      return new Dialect(';', true, SWEDISH, "yyyy-MM-dd", false, false, Charset.forName("windows-1252"), false,
          List.of("Köstatistik 1177", "Period: 2019"), true, false, true);
    }

    public static Dialect english() {
      return new Dialect(',', false, ENGLISH, "dd/MM/yyyy", true, false, StandardCharsets.UTF_8, true, List.of(), false, false, false);
    }
  }

  /** {@code rows} as an export in {@code dialect}. */
  public static byte[] write(List<Row> rows, Dialect dialect) {
    String sep = String.valueOf(dialect.separator());
    StringBuilder s = new StringBuilder();
    if (dialect.excelSepLine()) {
      s.append("sep=").append(sep).append("\r\n");
    }
    for (String t : dialect.titleLines()) {
      s.append(t).append("\r\n");
    }
    List<String> header = new ArrayList<>(List.of(dialect.headers()));
    if (dialect.dateTimeInOne()) {
      header.remove(1);
    }
    s.append(String.join(sep, header)).append("\r\n");
    DateTimeFormatter date = DateTimeFormatter.ofPattern(dialect.datePattern(), Locale.ROOT);
    long total = 0;
    for (Row r : rows) {
      List<String> cells = new ArrayList<>();
      String time = String.format(Locale.ROOT, "%02d:%02d", r.minute() / 60, r.minute() % 60);
      if (dialect.timeRange()) {
        int end = r.minute() + 15;
        time += String.format(Locale.ROOT, "-%02d:%02d", end / 60 % 24, end % 60);
      }
      if (dialect.dateTimeInOne()) {
        cells.add(date.format(r.date()) + " " + time);
      } else {
        cells.add(date.format(r.date()));
        cells.add(time);
      }
      cells.add(Long.toString(r.offered()));
      cells.add(Long.toString(r.answered()));
      cells.add(Long.toString(r.abandoned()));
      cells.add(Long.toString(r.within()));
      cells.add(r.answered() == 0 ? "" : seconds(r.waitSeconds() / r.answered(), dialect));
      cells.add(r.answered() == 0 ? "" : seconds(r.handleSeconds() / r.answered(), dialect));
      cells.add(Long.toString(r.unique()));
      total += r.offered();
      s.append(String.join(sep, cells)).append("\r\n");
    }
    if (dialect.totalRow()) {
      s.append("Totalt").append(sep).append(sep).append(total).append("\r\n");
    }
    byte[] body = s.toString().getBytes(dialect.charset());
    if (!dialect.byteOrderMark()) {
      return body;
    }
    byte[] withMark = new byte[body.length + 3];
    withMark[0] = (byte) 0xEF;
    withMark[1] = (byte) 0xBB;
    withMark[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withMark, 3, body.length);
    return withMark;
  }

  private static String seconds(double v, Dialect dialect) {
    if (dialect.clockDurations()) {
      long whole = Math.round(v);
      return String.format(Locale.ROOT, "%d:%02d", whole / 60, whole % 60);
    }
    String text = String.format(Locale.ROOT, "%.1f", v);
    return dialect.decimalComma() ? text.replace('.', ',') : text;
  }
}
