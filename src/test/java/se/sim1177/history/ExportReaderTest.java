package se.sim1177.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Exports as real platforms write them read to the same rows; broken rows are refused where they are. */
class ExportReaderTest {
  private static final LocalDate FIRST = LocalDate.of(2019, 11, 4);
  private static final List<SyntheticExport.Row> ROWS = new SyntheticExport().rows(FIRST, 14, 7);

  private static ExportReader.Read read(byte[] bytes) throws ExportException {
    return ExportReader.parse(bytes, "history.csv", ExportSettings.defaults());
  }

  private static void assertSameRows(ExportReader.Read read) {
    assertEquals(ROWS.size(), read.rows().size(), "rows");
    for (int i = 0; i < ROWS.size(); i++) {
      SyntheticExport.Row want = ROWS.get(i);
      IntervalRow got = read.rows().get(i);
      String at = "row " + i + " (line " + got.line() + ")";
      assertEquals(want.date(), got.date(), at);
      assertEquals(want.minute(), got.startMinute(), at);
      assertEquals(want.offered(), got.offered(), at);
      assertEquals(want.answered(), got.answered(), at);
      assertEquals(want.abandoned(), got.abandoned(), at);
      assertEquals(want.within(), got.answeredWithin(), at);
      assertEquals(want.unique(), got.uniqueCallers(), at);
      assertEquals(want.waitSeconds(), got.waitSeconds(), 1e-6 * (1 + want.waitSeconds()), at);
      assertEquals(want.handleSeconds(), got.handleSeconds(), 1e-6 * (1 + want.handleSeconds()), at);
    }
  }

  @Test
  void aSwedishExportWithSemicolonsDecimalCommasWindowsEncodingTitleAndTotalRows() throws Exception {
    ExportReader.Read read = read(SyntheticExport.write(ROWS, SyntheticExport.Dialect.swedish()));
    assertSameRows(read);
    assertEquals(';', read.separator());
    assertEquals("windows-1252", read.encoding());
    assertTrue(read.notes().stream().anyMatch(n -> n.contains("above the header skipped")), read.notes().toString());
    assertTrue(read.notes().stream().anyMatch(n -> n.contains("a total row")), read.notes().toString());
  }

  @Test
  void anEnglishExportWithCommasByteOrderMarkDayFirstDatesAndTimeRanges() throws Exception {
    ExportReader.Read read = read(SyntheticExport.write(ROWS, SyntheticExport.Dialect.english()));
    assertSameRows(read);
    assertEquals(',', read.separator());
    assertEquals("UTF-8", read.encoding());
  }

  @Test
  void tabsDottedDatesDateAndTimeInOneColumnAndExcelsSeparatorLine() throws Exception {
    var english = SyntheticExport.Dialect.english();
    var dialect = new SyntheticExport.Dialect('\t', false, english.headers(), "dd.MM.yyyy", false, true, StandardCharsets.UTF_8,
        false, List.of(), false, true, false);
    ExportReader.Read read = read(SyntheticExport.write(ROWS, dialect));
    assertSameRows(read);
    assertEquals('\t', read.separator());
  }

  @Test
  void columnsTheReaderDoesNotKnowAreNamedWithColumns() throws Exception {
    var swedish = SyntheticExport.Dialect.swedish();
    String[] headers = swedish.headers().clone();
    headers[2] = "Samtal in (st)";
    var dialect = new SyntheticExport.Dialect(';', true, headers, "yyyy-MM-dd", false, false, StandardCharsets.UTF_8, false,
        List.of(), false, false, true);
    byte[] bytes = SyntheticExport.write(ROWS, dialect);
    ExportException e = assertThrows(ExportException.class, () -> read(bytes));
    assertTrue(e.getMessage().contains("\"Samtal in (st)\"") && e.getMessage().contains("--columns offered=HEADER"), e.getMessage());
    ExportSettings named = new ExportSettings(Map.of(ExportField.OFFERED, "Samtal in (st)"), null, null, ExportSettings.SWEDEN);
    assertSameRows(ExportReader.parse(bytes, "history.csv", named));
  }

  @Test
  void aBadValueIsRefusedWithItsFileLineColumnValueAndWhatIsAllowed() {
    String text = "Datum;Intervall;Inkommande;Besvarade\n2019-11-04;07:00;12;10\n2019-11-04;07:15;1x2;10\n2019-11-04;7.3O;5;4\n";
    ExportException e = assertThrows(ExportException.class, () -> read(text.getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of(
        "history.csv:3: column \"Inkommande\" (offered): \"1x2\" is not a count of calls; allowed: " + ExportValues.COUNT_ALLOWED,
        "history.csv:4: column \"Intervall\" (interval): \"7.3O\" is not an interval start; allowed: " + ExportValues.TIME_ALLOWED),
        e.problems());
  }

  @Test
  void moreAnsweredWithinThanAnsweredAndAnEmptyWaitWithAnsweredCallsAreRefused() {
    String text = "Date,Interval,Offered,Answered,Answered within SL,ASA\n2019-11-04,07:00,12,10,11,30\n2019-11-04,07:15,12,10,5,\n";
    ExportException e = assertThrows(ExportException.class, () -> read(text.getBytes(StandardCharsets.UTF_8)));
    assertEquals(2, e.problems().size(), e.problems().toString());
    assertTrue(e.problems().get(0).startsWith("history.csv:2: column \"Answered within SL\" (answered_within): \"11\" is more than"),
        e.problems().get(0));
    assertTrue(e.problems().get(1).startsWith("history.csv:3: column \"ASA\" (mean_wait): \"\" is empty while 10 calls"),
        e.problems().get(1));
  }

  @Test
  void aFileWithoutTheRequiredColumnsNamesWhatItHasAndHowToNameThem() {
    String text = "Dag;Klocka;Antal\n2019-11-04;07:00;12\n";
    ExportException e = assertThrows(ExportException.class, () -> read(text.getBytes(StandardCharsets.UTF_8)));
    assertTrue(e.getMessage().startsWith("history.csv: no header row with a date column and an offered-calls column"), e.getMessage());
    assertTrue(e.getMessage().contains("line 1 has \"Dag\", \"Klocka\", \"Antal\""), e.getMessage());
  }

  @Test
  void valuesAsPlatformsWriteThem() {
    assertEquals(1234.5, ExportValues.number("1 234,5"));
    assertEquals(1234.5, ExportValues.number("1.234,5"));
    assertEquals(1234.5, ExportValues.number("1,234.5"));
    assertEquals(1234, ExportValues.count("1\u00a0234"));
    assertEquals(-1, ExportValues.count("12,5"));
    assertEquals(-1, ExportValues.count("-3"));
    assertEquals(125.0, ExportValues.seconds("2:05"));
    assertEquals(3725.0, ExportValues.seconds("1:02:05"));
    assertEquals(12.5, ExportValues.seconds("12,5"));
    assertTrue(Double.isNaN(ExportValues.seconds("1:75")));
    assertEquals(7 * 60 + 15, ExportValues.startMinute("07:15-07:30"));
    assertEquals(7 * 60 + 15, ExportValues.startMinute("7.15"));
    assertEquals(-1, ExportValues.startMinute("24:00"));
    assertEquals(-1, ExportValues.startMinute("07:15:30"));
  }

  @Test
  void aShortRowAndTwoColumnsForOneFieldAreRefusedNotReadAsZeros() {
    String shortRow = "Datum;Intervall;Inkommande;Besvarade\n2019-11-04;07:00;12;10\n2019-11-04;07:15;12\n";
    ExportException e = assertThrows(ExportException.class, () -> read(shortRow.getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of("history.csv:3: has 3 fields where the header (line 1) has 4; allowed: one value per column (an empty one"
        + " counts as 0)"), e.problems());
    String twice = "Datum;Intervall;Inkommande;Inkommande samtal\n2019-11-04;07:00;12;14\n";
    ExportException t = assertThrows(ExportException.class, () -> read(twice.getBytes(StandardCharsets.UTF_8)));
    assertEquals("history.csv:1: columns 3 (\"Inkommande\") and 4 (\"Inkommande samtal\") are both offered; name the one to read with"
        + " --columns offered=HEADER", t.getMessage());
  }
}
