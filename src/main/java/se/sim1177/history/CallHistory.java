package se.sim1177.history;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An export's rows laid out as days × intervals, with what could not be averaged named: days
 * missing from the range, intervals missing from a day, rows exported twice, the days the clocks
 * change (23 and 25 hours), holidays, and intervals or days with more calls answered than offered.
 *
 * <ul>
 *   <li>The interval length (15, 30 or 60 minutes) is the largest that every row's start time
 *       lies on.
 *   <li>An interval missing from a day is a gap when the other days have at least {@value
 *       #GAP_CALLS} calls in it on average (a Poisson count that large is zero less than once in a
 *       hundred days); with fewer, the platform is taken to have left out an interval where nothing
 *       happened, and it counts as zero. A day with a gap is left out.
 *   <li>A row repeated with the same figures counts once; repeated with other figures, the export
 *       is refused (which one is right cannot be known), except in the hour that repeats when the
 *       clocks go back, whose two rows are added.
 *   <li>A day with more answered than offered calls, or more answered and abandoned than offered,
 *       is left out; intervals with more answered than offered (a call counted where it was
 *       answered, not where it arrived) are named but kept, since the day adds up.
 *   <li>Holidays are named and kept out of every figure fitted to ordinary days.
 * </ul>
 */
public final class CallHistory {
  /** Mean calls in an interval above which a missing interval is a gap, not an empty interval left out. */
  static final double GAP_CALLS = 5;
  /** The longest export read: twenty years of days. */
  static final long MAX_SPAN_DAYS = 20 * 365;

  private final int intervalMinutes;
  private final List<HistoryDay> days;
  private final List<ExportField> columns;
  private final List<String> notes;

  private CallHistory(int intervalMinutes, List<HistoryDay> days, List<ExportField> columns, List<String> notes) {
    this.intervalMinutes = intervalMinutes;
    this.days = List.copyOf(days);
    this.columns = List.copyOf(columns);
    this.notes = List.copyOf(notes);
  }

  public int intervalMinutes() {
    return intervalMinutes;
  }

  public int intervalsPerDay() {
    return 1440 / intervalMinutes;
  }

  /** Every day from the first to the last the export has, in order. */
  public List<HistoryDay> days() {
    return days;
  }

  /** Whether the export has the column. */
  public boolean has(ExportField field) {
    return columns.contains(field);
  }

  /** What was found and how it was handled, one sentence each. */
  public List<String> notes() {
    return notes;
  }

  /**
   * Lays out {@code read}'s rows.
   *
   * @param source how messages name the file
   * @param zone the export clock's time zone
   * @param keepHolidays whether holidays count as ordinary days
   */
  public static CallHistory of(ExportReader.Read read, String source, ZoneId zone, boolean keepHolidays) throws ExportException {
    List<IntervalRow> rows = read.rows();
    int minutes = intervalMinutes(rows, source);
    int perDay = 1440 / minutes;
    List<String> notes = new ArrayList<>(read.notes());
    List<String> problems = new ArrayList<>();
    Map<LocalDate, IntervalRow[]> byDate = new TreeMap<>();
    Map<LocalDate, boolean[]> repeated = new HashMap<>();
    int duplicates = 0;
    String firstDuplicate = null;
    for (IntervalRow r : rows) {
      IntervalRow[] day = byDate.computeIfAbsent(r.date(), d -> new IntervalRow[perDay]);
      int k = r.startMinute() / minutes;
      IntervalRow before = day[k];
      if (before == null) {
        day[k] = r;
      } else if (isRepeatedHour(r.date(), r.startMinute(), zone) && !repeated.computeIfAbsent(r.date(), d -> new boolean[perDay])[k]) {
        day[k] = sum(before, r);
        repeated.get(r.date())[k] = true;
      } else if (before.sameFigures(r)) {
        duplicates++;
        if (firstDuplicate == null) {
          firstDuplicate = "line " + r.line() + " repeats line " + before.line();
        }
      } else if (problems.size() < ExportException.SHOWN) {
        problems.add(source + ":" + r.line() + ": " + r.date() + " " + clock(r.startMinute()) + " is in the export twice with"
            + " different figures (also on line " + before.line() + "); keep one row per date and interval");
      }
    }
    if (!problems.isEmpty()) {
      throw new ExportException(problems);
    }
    if (duplicates > 0) {
      notes.add(duplicates + " row" + (duplicates == 1 ? "" : "s") + " exported twice with the same figures counted once ("
          + firstDuplicate + ")");
    }
    for (Map.Entry<LocalDate, boolean[]> e : repeated.entrySet()) {
      notes.add(e.getKey() + " (clocks back): the two rows of the repeated hour added");
    }
    double[] meanOffered = meanOfferedWhenPresent(byDate, perDay);
    List<HistoryDay> days = new ArrayList<>();
    LocalDate first = byDate.keySet().iterator().next();
    LocalDate last = ((TreeMap<LocalDate, IntervalRow[]>) byDate).lastKey();
    if (daysBetween(first, last) > MAX_SPAN_DAYS) {
      // A date typed wrong (20190-11-04, 9999-01-01) would otherwise make decades of missing days.
      IntervalRow outlier = rows.stream().filter(r -> r.date().equals(last)).findFirst().orElse(rows.get(0));
      throw new ExportException(source + ":" + outlier.line() + ": the export runs from " + first + " to " + last + ", more than "
          + MAX_SPAN_DAYS / 365 + " years; allowed: an export of at most " + MAX_SPAN_DAYS / 365 + " years (is that date mistyped?)");
    }
    List<LocalDate> missingDays = new ArrayList<>();
    int answeredOverOffered = 0;
    String firstOver = null;
    for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
      IntervalRow[] day = byDate.get(date);
      if (day == null) {
        missingDays.add(date);
        continue;
      }
      int hours = hours(date, zone);
      Map<LocalDate, String> holidays = SwedishHolidays.of(date.getYear());
      String holiday = keepHolidays ? null : holidays.get(date);
      List<String> gaps = new ArrayList<>();
      for (int k = 0; k < perDay; k++) {
        if (day[k] == null && meanOffered[k] >= GAP_CALLS && !isSkippedHour(date, k * minutes, zone)) {
          gaps.add(clock(k * minutes));
        }
        if (day[k] != null && day[k].answered() > day[k].offered()) {
          answeredOverOffered++;
          if (firstOver == null) {
            firstOver = date + " " + clock(k * minutes) + " (line " + day[k].line() + ": " + day[k].answered() + " answered of "
                + day[k].offered() + " offered)";
          }
        }
      }
      HistoryDay laidOut = laidOut(date, hours, day, read, holiday, null);
      String leftOut = null;
      if (!gaps.isEmpty()) {
        leftOut = "interval" + (gaps.size() == 1 ? " " : "s ") + String.join(", ", gaps.subList(0, Math.min(4, gaps.size())))
            + (gaps.size() > 4 ? " and " + (gaps.size() - 4) + " more" : "") + " missing";
      } else if (read.has(ExportField.ANSWERED) && laidOut.total(laidOut.answered()) > laidOut.total(laidOut.offered())) {
        leftOut = laidOut.total(laidOut.answered()) + " calls answered of " + laidOut.total(laidOut.offered()) + " offered";
      } else if (read.has(ExportField.ANSWERED) && read.has(ExportField.ABANDONED)
          && laidOut.total(laidOut.answered()) + laidOut.total(laidOut.abandoned()) > laidOut.total(laidOut.offered())) {
        leftOut = "more calls answered and abandoned (" + (laidOut.total(laidOut.answered()) + laidOut.total(laidOut.abandoned()))
            + ") than offered (" + laidOut.total(laidOut.offered()) + ")";
      }
      days.add(leftOut == null ? laidOut : laidOut(date, hours, day, read, holiday, leftOut));
      if (holiday != null) {
        notes.add(date + " is " + holiday + ": kept out of the figures fitted to ordinary days");
      }
      if (leftOut != null) {
        notes.add(date + " left out: " + leftOut);
      }
      if (hours != 24) {
        notes.add(date + " has " + hours + " hours (the clocks " + (hours < 24 ? "go forward" : "go back")
            + "): counted in the day's figures, not in the day's shape");
      }
    }
    if (!missingDays.isEmpty()) {
      notes.add(missingDays.size() + " day" + (missingDays.size() == 1 ? "" : "s") + " with no rows at all (" + shortList(missingDays)
          + "): left out");
    }
    if (answeredOverOffered > 0) {
      notes.add(answeredOverOffered + " interval" + (answeredOverOffered == 1 ? " has" : "s have")
          + " more calls answered than offered, e.g. " + firstOver + ": kept, as calls counted where they were answered");
    }
    return new CallHistory(minutes, days, read.columns(), notes);
  }

  private static HistoryDay laidOut(LocalDate date, int hours, IntervalRow[] day, ExportReader.Read read, String holiday,
      String leftOut) {
    int n = day.length;
    long[] offered = new long[n];
    long[] answered = new long[n];
    long[] abandoned = new long[n];
    long[] within = new long[n];
    long[] unique = new long[n];
    double[] wait = new double[n];
    double[] handle = new double[n];
    for (int k = 0; k < n; k++) {
      IntervalRow r = day[k];
      if (r == null) {
        continue;
      }
      offered[k] = r.offered();
      answered[k] = r.answered();
      abandoned[k] = r.abandoned();
      within[k] = r.answeredWithin();
      unique[k] = r.uniqueCallers();
      wait[k] = Double.isNaN(r.waitSeconds()) ? 0 : r.waitSeconds();
      handle[k] = Double.isNaN(r.handleSeconds()) ? 0 : r.handleSeconds();
    }
    return new HistoryDay(date, hours, offered, answered, abandoned, within, wait, handle, unique, holiday, leftOut);
  }

  /** Mean offered calls in each interval over the days that have a row for it. */
  private static double[] meanOfferedWhenPresent(Map<LocalDate, IntervalRow[]> byDate, int perDay) {
    double[] sum = new double[perDay];
    int[] present = new int[perDay];
    for (IntervalRow[] day : byDate.values()) {
      for (int k = 0; k < perDay; k++) {
        if (day[k] != null) {
          sum[k] += day[k].offered();
          present[k]++;
        }
      }
    }
    double[] mean = new double[perDay];
    for (int k = 0; k < perDay; k++) {
      // An interval reported on few days is one the platform writes only when something happened.
      mean[k] = present[k] * 2 >= byDate.size() ? sum[k] / present[k] : 0;
    }
    return mean;
  }

  private static int intervalMinutes(List<IntervalRow> rows, String source) throws ExportException {
    int g = 60;
    IntervalRow odd = null;
    for (IntervalRow r : rows) {
      int before = g;
      g = gcd(g, r.startMinute() % 60);
      if (g < before && g != 30 && g != 15 && odd == null) {
        odd = r;
      }
    }
    if (g != 60 && g != 30 && g != 15) {
      throw new ExportException(source + ":" + (odd == null ? rows.get(0).line() : odd.line()) + ": an interval starts at "
          + clock(odd == null ? 0 : odd.startMinute()) + ", which puts the export on a " + g + "-minute grid; allowed: intervals"
          + " of 15, 30 or 60 minutes, starting on the quarter hour");
    }
    return g;
  }

  private static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  private static IntervalRow sum(IntervalRow a, IntervalRow b) {
    return new IntervalRow(a.line(), a.date(), a.startMinute(), a.offered() + b.offered(), plus(a.answered(), b.answered()),
        plus(a.abandoned(), b.abandoned()), plus(a.answeredWithin(), b.answeredWithin()), a.waitSeconds() + b.waitSeconds(),
        a.handleSeconds() + b.handleSeconds(), plus(a.uniqueCallers(), b.uniqueCallers()));
  }

  private static long plus(long a, long b) {
    return a < 0 || b < 0 ? -1 : a + b;
  }

  /** Hours from the date's midnight to the next, on the zone's clock: 23 or 25 when the clocks change. */
  static int hours(LocalDate date, ZoneId zone) {
    ZonedDateTime start = date.atStartOfDay(zone);
    return (int) Duration.between(start, date.plusDays(1).atStartOfDay(zone)).toHours();
  }

  /** Whether {@code minute} of {@code date} lies in an hour the clock shows twice (the clocks go back). */
  static boolean isRepeatedHour(LocalDate date, int minute, ZoneId zone) {
    return zone.getRules().getValidOffsets(date.atStartOfDay().plusMinutes(minute)).size() == 2;
  }

  /** Whether {@code minute} of {@code date} lies in an hour the clock skips (the clocks go forward). */
  static boolean isSkippedHour(LocalDate date, int minute, ZoneId zone) {
    return zone.getRules().getValidOffsets(date.atStartOfDay().plusMinutes(minute)).isEmpty();
  }

  static String clock(int minute) {
    return String.format(java.util.Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
  }

  private static String shortList(List<LocalDate> dates) {
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < Math.min(5, dates.size()); i++) {
      shown.add(dates.get(i).toString());
    }
    return String.join(", ", shown) + (dates.size() > 5 ? ", ..." : "");
  }

  /** Whole days from {@code a} to {@code b}. */
  static long daysBetween(LocalDate a, LocalDate b) {
    return ChronoUnit.DAYS.between(a, b);
  }
}
