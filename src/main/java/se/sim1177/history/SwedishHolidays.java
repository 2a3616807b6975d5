package se.sim1177.history;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sweden's public holidays (allmänna helgdagar) and the eves that are kept like them (midsommar-,
 * jul- and nyårsafton): days when vårdcentraler are closed and 1177's calls follow a Sunday's
 * pattern, so {@code import} names them and keeps them out of the weekday figures it fits.
 */
public final class SwedishHolidays {
  private SwedishHolidays() {}

  /** The holidays of {@code year} by date, with their Swedish names. */
  public static Map<LocalDate, String> of(int year) {
    Map<LocalDate, String> days = new TreeMap<>();
    days.put(LocalDate.of(year, 1, 1), "nyårsdagen");
    days.put(LocalDate.of(year, 1, 6), "trettondedag jul");
    LocalDate easter = easterSunday(year);
    days.put(easter.minusDays(2), "långfredagen");
    days.put(easter, "påskdagen");
    days.put(easter.plusDays(1), "annandag påsk");
    days.put(LocalDate.of(year, 5, 1), "första maj");
    days.put(easter.plusDays(39), "Kristi himmelsfärdsdag");
    days.put(easter.plusDays(49), "pingstdagen");
    days.put(LocalDate.of(year, 6, 6), "Sveriges nationaldag");
    // Midsommarafton is the Friday between 19 and 25 June; midsommardagen the day after.
    LocalDate midsummerEve = LocalDate.of(year, 6, 19).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
    days.put(midsummerEve, "midsommarafton");
    days.put(midsummerEve.plusDays(1), "midsommardagen");
    // Alla helgons dag is the Saturday between 31 October and 6 November.
    days.put(LocalDate.of(year, Month.OCTOBER, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)), "alla helgons dag");
    days.put(LocalDate.of(year, 12, 24), "julafton");
    days.put(LocalDate.of(year, 12, 25), "juldagen");
    days.put(LocalDate.of(year, 12, 26), "annandag jul");
    days.put(LocalDate.of(year, 12, 31), "nyårsafton");
    return days;
  }

  /** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
