package se.sim1177.report.file;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.sim1177.report.HostileText;
import se.sim1177.report.format.Numbers;

/**
 * The one CSV writer (issue 17, item 4): a text cell that starts like a formula is shown as text,
 * a number never is, and a cell with a comma, quote, CR or LF stays one cell.
 */
class CsvTest {
  @Test
  void textStartingLikeAFormulaGetsASingleQuote() {
    for (String formula : List.of("=1+1", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1)", "\t=1", "\r=1", "-", "+", "=", "@",
        "-inf-1", "--1", "-1-1", "- 1")) {
      assertEquals("'" + formula, CsvCells.rows(new Csv().row(List.of(formula)).toString()).get(0).get(0), formula);
    }
  }

  /** compare.csv's differences and sweep.csv's values hold negative numbers: they must stay numbers. */
  @Test
  void numbersStayNumbers() {
    for (String number : List.of("-0.0012", "-1.5e-3", "-1.5E-7", "+1", "-1", "-0", "-.5", "-5.", "1e999", "-inf", "inf", "+inf",
        "0.000001234", "-123456789012345")) {
      assertEquals(number, new Csv().row(List.of(number)).toString().strip(), number);
    }
    assertEquals("-0.0012", Csv.cell(Numbers.csv(-0.0012)));
    assertEquals("-1.5E-7", Csv.cell(Numbers.csv(-1.5e-7)));
    assertEquals("-inf", Csv.cell(Numbers.csv(Double.NEGATIVE_INFINITY)));
  }

  @Test
  void aCellWithACarriageReturnIsQuotedSoNoReaderSplitsTheRow() {
    String written = new Csv().row(List.of("a\rb", "c")).toString();
    assertEquals("\"a\rb\",c\n", written);
    assertEquals(List.of(List.of("a\rb", "c")), CsvCells.rows(written));
  }

  @Test
  void everyHostileNameReadsBackAsOneCellEqualOrNeutralised() {
    for (String name : HostileText.NAMES) {
      List<List<String>> rows = CsvCells.rows(new Csv().row(List.of("group", name, "-0.5")).row(List.of(name)).toString());
      assertEquals(List.of(List.of("group", CsvCells.expected(name), "-0.5"), List.of(CsvCells.expected(name))), rows, name);
    }
  }

  @Test
  void plainCellsAreWrittenAsTheyAre() {
    assertEquals("kind,name,Vårdguiden 日本,,0.5\n", new Csv().row(List.of("kind", "name", "Vårdguiden 日本", "", "0.5")).toString());
    assertEquals("\"a,b\",\"say \"\"hi\"\"\",\"x\ny\"\n", new Csv().row(List.of("a,b", "say \"hi\"", "x\ny")).toString());
  }
}
