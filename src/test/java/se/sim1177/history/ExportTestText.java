package se.sim1177.history;

import java.nio.charset.StandardCharsets;

/** An export written out in a test, read as {@code h.csv}. */
final class ExportTestText {
  private ExportTestText() {}

  static CallHistory history(String text) throws ExportException {
    ExportReader.Read read = ExportReader.parse(text.getBytes(StandardCharsets.UTF_8), "h.csv", ExportSettings.defaults());
    return CallHistory.of(read, "h.csv", ExportSettings.SWEDEN, false);
  }
}
