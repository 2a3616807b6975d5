package se.sim1177.report.file;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import se.sim1177.history.ExportField;
import se.sim1177.history.ImportResult;

/**
 * The files of {@code import}'s results folder: {@code arrivals.yaml}, {@code observed.yaml}, {@code
 * scenario.yaml} ({@link ImportYaml}) and {@code run.json}, which names the export by its hash, how
 * it was read, and what was found in it.
 */
public final class ImportFiles {
  private ImportFiles() {}

  public static void write(ImportResult r, ResultFolder folder) throws IOException {
    folder.writeText("arrivals.yaml", ImportYaml.arrivalsFile(r));
    folder.writeText("observed.yaml", ImportYaml.observedFile(r));
    folder.writeText("scenario.yaml", ImportYaml.scenarioFile(r));
    folder.writeText(ResultFolder.RUN_RECORD, runJson(r));
  }

  static String runJson(ImportResult r) throws IOException {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("command", "import");
    root.put("version", r.version());
    ArrayNode line = root.putArray("command_line");
    r.commandLine().forEach(line::add);
    ObjectNode export = root.putObject("export");
    export.put("file", r.exportShown());
    export.put("sha256", r.exportSha256());
    export.put("rows", r.read().rows().size());
    export.put("encoding", r.read().encoding());
    export.put("separator", String.valueOf(r.read().separator()));
    export.put("interval_minutes", r.history().intervalMinutes());
    ArrayNode columns = export.putArray("columns");
    for (ExportField f : r.read().columns()) {
      columns.add(f.key());
    }
    export.put("first_day", r.history().days().get(0).date().toString());
    export.put("last_day", r.history().days().get(r.history().days().size() - 1).date().toString());
    root.put("scenario", r.scenarioSource());
    root.put("period", r.calibrateOn().label());
    ArrayNode notes = root.putArray("notes");
    r.history().notes().forEach(notes::add);
    return Json.text(root);
  }
}
