package se.sim1177.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a telephony platform's interval export (one row per day and interval) into {@link
 * IntervalRow}s. Exports differ: the separator ({@code ;} with decimal commas is the Swedish
 * default, {@code ,} or a tab elsewhere) is taken from the header line, the encoding is UTF-8
 * (with or without a byte order mark) or else Windows-1252 ({@link ExportText}), title lines above
 * the header are skipped and columns are found by their usual English or Swedish headers unless the
 * user names them ({@link ExportHeader}), and a total row below the data is skipped ({@link
 * ExportRows}).
 *
 * <p>Every value that cannot be read is a problem naming the file, line, column, the value as
 * written and what is allowed; any problem refuses the whole file.
 */
public final class ExportReader {
  /** The largest export read: ten years of 15-minute intervals is about 60 MB. */
  private static final long MAX_BYTES = 512L << 20;

  private ExportReader() {}

  /** What was read: the rows in file order and what the reader noticed on the way. */
  public record Read(List<IntervalRow> rows, List<ExportField> columns, char separator, String encoding, List<String> notes) {
    public Read {
      rows = List.copyOf(rows);
      columns = List.copyOf(columns);
      notes = List.copyOf(notes);
    }

    public boolean has(ExportField field) {
      return columns.contains(field);
    }
  }

  /** Reads {@code file}; {@code shown} is how messages name it. */
  public static Read read(Path file, String shown, ExportSettings settings) throws ExportException {
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        throw new ExportException(shown + ": is a folder; name the export file (CSV)");
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new ExportException(shown + ": is " + (Files.size(file) >> 20) + " MB; an export of at most " + (MAX_BYTES >> 20)
            + " MB is read (split it by year)");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ExportException(shown + ": no such file");
    } catch (IOException e) {
      throw new ExportException(shown + ": cannot be read (" + e.getClass().getSimpleName().replace("Exception", "")
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
    }
    return parse(bytes, shown, settings);
  }

  /** Reads an export's bytes; {@code source} is how messages name it. */
  public static Read parse(byte[] bytes, String source, ExportSettings settings) throws ExportException {
    List<String> notes = new ArrayList<>();
    ExportText text = ExportText.read(bytes, source, settings.charset(), notes);
    ExportHeader header = ExportHeader.find(text, settings, source, notes);
    List<IntervalRow> rows = ExportRows.read(text, header, settings, source, notes);
    List<ExportField> found = new ArrayList<>(header.columns().keySet());
    if (found.contains(ExportField.WAIT_TOTAL) || found.contains(ExportField.MEAN_WAIT)) {
      found.remove(ExportField.MEAN_WAIT);
      if (!found.contains(ExportField.WAIT_TOTAL)) {
        found.add(ExportField.WAIT_TOTAL);
      }
    }
    found.sort(null);
    return new Read(rows, found, text.separator(), text.encoding(), notes);
  }
}
