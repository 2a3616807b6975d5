package se.sim1177.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** What cannot be averaged is named and handled: clock changes, gaps, missing days, duplicates, holidays, inconsistent days. */
class CallHistoryTest {
  /**
   * An hourly export of {@code days} days from {@code first}: 20 calls an hour, 15 answered,
   * 5 abandoned, unless {@code row} gives the line (null leaves the hour out).
   */
  private static CallHistory history(LocalDate first, int days, BiFunction<LocalDate, Integer, String> row, boolean keepHolidays)
      throws ExportException {
    StringBuilder s = new StringBuilder("Date,Interval,Offered,Answered,Abandoned\n");
    for (int d = 0; d < days; d++) {
      LocalDate date = first.plusDays(d);
      for (int h = 0; h < 24; h++) {
        String line = row == null ? plain(date, h) : row.apply(date, h);
        if (line != null) {
          s.append(line).append('\n');
        }
      }
    }
    ExportReader.Read read = ExportReader.parse(s.toString().getBytes(StandardCharsets.UTF_8), "h.csv", ExportSettings.defaults());
    return CallHistory.of(read, "h.csv", ExportSettings.SWEDEN, keepHolidays);
  }

  private static String plain(LocalDate date, int hour) {
    return String.format(Locale.ROOT, "%s,%02d:00,20,15,5", date, hour);
  }

  private static HistoryDay day(CallHistory h, LocalDate date) {
    return h.days().stream().filter(d -> d.date().equals(date)).findFirst().orElseThrow();
  }

  @Test
  void theDayTheClocksGoForwardHas23HoursAndItsSkippedHourIsNoGap() throws Exception {
    LocalDate spring = LocalDate.of(2019, 3, 31);
    CallHistory h = history(spring.minusDays(1), 3, (date, hour) -> date.equals(spring) && hour == 2 ? null : plain(date, hour), false);
    HistoryDay d = day(h, spring);
    assertEquals(23, d.hours());
    assertTrue(d.used(), "the day counts in the day's figures");
    assertFalse(d.shapesTheDay(), "but not in the day's shape");
    assertEquals(23 * 20, d.total(d.offered()));
  }

  @Test
  void theRepeatedHourWhenTheClocksGoBackIsAddedUp() throws Exception {
    LocalDate autumn = LocalDate.of(2019, 10, 27);
    CallHistory h = history(autumn.minusDays(1), 3, (date, hour) -> date.equals(autumn) && hour == 2
        ? plain(date, hour) + "\n" + String.format(Locale.ROOT, "%s,02:00,8,6,2", date) : plain(date, hour), false);
    HistoryDay d = day(h, autumn);
    assertEquals(25, d.hours());
    assertEquals(28, d.offered()[2]);
    assertEquals(24 * 20 + 8, d.total(d.offered()));
    assertTrue(h.notes().contains("2019-10-27 (clocks back): the two rows of the repeated hour added"), h.notes().toString());
  }

  @Test
  void aMissingBusyIntervalLeavesTheDayOutAndAMissingQuietOneCountsAsNoCalls() throws Exception {
    LocalDate first = LocalDate.of(2019, 11, 4);
    LocalDate gap = first.plusDays(2);
    // 03:00 has one call on most nights and is left out on the nights without: no gap.
    CallHistory h = history(first, 7, (date, hour) -> {
      if (date.equals(gap) && hour == 10) {
        return null;
      }
      if (hour == 3) {
        return date.getDayOfMonth() % 2 == 0 ? null : String.format(Locale.ROOT, "%s,03:00,1,1,0", date);
      }
      return plain(date, hour);
    }, false);
    assertEquals("interval 10:00 missing", day(h, gap).leftOut());
    assertFalse(day(h, gap).used());
    assertNull(day(h, first).leftOut(), "a quiet hour left out is no gap");
    assertTrue(h.notes().contains("2019-11-06 left out: interval 10:00 missing"), h.notes().toString());
  }

  @Test
  void aDayWithNoRowsIsNamed() throws Exception {
    LocalDate first = LocalDate.of(2019, 11, 4);
    CallHistory h = history(first, 5, (date, hour) -> date.equals(first.plusDays(1)) ? null : plain(date, hour), false);
    assertEquals(4, h.days().size());
    assertTrue(h.notes().contains("1 day with no rows at all (2019-11-05): left out"), h.notes().toString());
  }

  @Test
  void holidaysAreNamedAndLeftOutUnlessKept() throws Exception {
    LocalDate first = LocalDate.of(2019, 12, 23);
    CallHistory h = history(first, 4, null, false);
    assertEquals("julafton", day(h, LocalDate.of(2019, 12, 24)).holiday());
    assertFalse(day(h, LocalDate.of(2019, 12, 24)).used());
    assertTrue(day(h, first).used());
    assertTrue(history(first, 4, null, true).days().stream().allMatch(HistoryDay::used), "--keep-holidays");
  }

  @Test
  void aRowExportedTwiceCountsOnceAndTwoDifferentRowsForOneIntervalAreRefused() throws Exception {
    LocalDate first = LocalDate.of(2019, 11, 4);
    CallHistory h = history(first, 2, (date, hour) -> hour == 5 && date.equals(first) ? plain(date, hour) + "\n" + plain(date, hour)
        : plain(date, hour), false);
    assertEquals(20, day(h, first).offered()[5]);
    assertTrue(h.notes().contains("1 row exported twice with the same figures counted once (line 8 repeats line 7)"), h.notes().toString());
    ExportException e = assertThrows(ExportException.class, () -> history(first, 2, (date, hour) -> hour == 5 && date.equals(first)
        ? plain(date, hour) + "\n" + String.format(Locale.ROOT, "%s,05:00,21,15,6", date) : plain(date, hour), false));
    assertEquals(List.of("h.csv:8: 2019-11-04 05:00 is in the export twice with different figures (also on line 7); keep one row per"
        + " date and interval"), e.problems());
  }

  @Test
  void moreAnsweredThanOfferedInAnIntervalIsKeptAndNamedAndInADayIsLeftOut() throws Exception {
    LocalDate first = LocalDate.of(2019, 11, 4);
    CallHistory h = history(first, 3, (date, hour) -> {
      if (date.equals(first) && hour == 8) {
        return String.format(Locale.ROOT, "%s,08:00,20,22,0", date);
      }
      if (date.equals(first) && hour == 9) {
        return String.format(Locale.ROOT, "%s,09:00,20,8,0", date);
      }
      if (date.equals(first.plusDays(1)) && hour == 8) {
        return String.format(Locale.ROOT, "%s,08:00,20,400,0", date);
      }
      return plain(date, hour);
    }, false);
    assertNull(day(h, first).leftOut(), "the day adds up");
    assertEquals("745 calls answered of 480 offered", day(h, first.plusDays(1)).leftOut());
    assertTrue(h.notes().stream().anyMatch(n -> n.startsWith("2 intervals have more calls answered than offered, e.g. 2019-11-04 08:00"
        + " (line 10: 22 answered of 20 offered)")), h.notes().toString());
  }

  @Test
  void intervalsOf15_30Or60MinutesAndNothingElse() throws Exception {
    String base = "Date,Interval,Offered\n2019-11-04,07:00,3\n";
    assertEquals(60, ExportTestText.history(base).intervalMinutes());
    assertEquals(30, ExportTestText.history(base + "2019-11-04,07:30,3\n").intervalMinutes());
    assertEquals(15, ExportTestText.history(base + "2019-11-04,07:45,3\n").intervalMinutes());
    ExportException e = assertThrows(ExportException.class, () -> ExportTestText.history(base + "2019-11-04,07:20,3\n"));
    assertEquals("h.csv:3: an interval starts at 07:20, which puts the export on a 20-minute grid; allowed: intervals of 15, 30 or"
        + " 60 minutes, starting on the quarter hour", e.getMessage());
  }

  @Test
  void aMistypedYearIsRefusedNotFilledWithDecadesOfMissingDays() {
    ExportException e = assertThrows(ExportException.class,
        () -> ExportTestText.history("Date,Interval,Offered\n2019-11-04,07:00,3\n9999-11-04,07:00,3\n"));
    assertEquals("h.csv:3: the export runs from 2019-11-04 to 9999-11-04, more than 20 years; allowed: an export of at most 20"
        + " years (is that date mistyped?)", e.getMessage());
  }
}
