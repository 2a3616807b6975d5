package se.sim1177.report.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The record, kept in a results folder's {@code run.json}, of every file sim1177 wrote there: its
 * name, size in bytes and SHA-256. It is what lets {@code --overwrite} tell sim1177's own results
 * from a user's: a folder is replaced only when every file in it is one sim1177 wrote and is
 * unchanged since, so a chart a user added or a note appended to {@code scenario.yaml} is never
 * deleted.
 *
 * <p>{@code run.json} cannot hold its own hash, so it holds {@value #RECORD_HASH}: the SHA-256 of
 * its own text with that field's value written as 64 zeros. Editing any value in {@code run.json}
 * therefore also marks the folder as changed.
 */
final class FolderManifest {
  /** The key of the list of files in {@code run.json}. */
  public static final String FILES = "files";
  /** The key under which {@code run.json} names the earlier result this one replaced, as it was set aside. */
  public static final String REPLACES = "replaces";
  /** The key of {@code run.json}'s hash of itself. */
  public static final String RECORD_HASH = "record_sha256";
  private static final String ZERO_HASH = "0".repeat(64);

  private FolderManifest() {}

  /**
   * Adds the list of files in {@code folder} (all but {@code run.json}) and the record's own hash to
   * {@code run.json}'s text, and returns the new text.
   *
   * @throws IOException when a file cannot be read, or {@code folder} holds something not a file
   */
  static String seal(Path folder, String runJsonName, String runJson, String replaces) throws IOException {
    return seal(folder, runJsonName, runJson, replaces, Map.of());
  }

  /**
   * As above, taking each file's hash from {@code written} (by name, as {@link DurableFiles#write}
   * returned it) when its size there is the file's size now, and reading the file otherwise.
   */
  static String seal(Path folder, String runJsonName, String runJson, String replaces, Map<String, DurableFiles.Written> written)
      throws IOException {
    JsonNode parsed = Json.MAPPER.readTree(runJson);
    if (!(parsed instanceof ObjectNode record)) {
      throw new IOException(runJsonName + " is not a JSON object; the results cannot be sealed");
    }
    ArrayNode files = record.putArray(FILES);
    for (Path p : sortedEntries(folder)) {
      String name = p.getFileName().toString();
      if (name.equals(runJsonName)) {
        continue;
      }
      if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
        throw new IOException(p + " is not a file; a results folder holds only files");
      }
      ObjectNode entry = files.addObject();
      long bytes = Files.size(p);
      DurableFiles.Written known = written.get(name);
      entry.put("name", name);
      entry.put("bytes", bytes);
      entry.put("sha256", known != null && known.bytes() == bytes ? known.sha256() : sha256(p));
    }
    if (replaces != null) {
      record.put(REPLACES, replaces);
    }
    record.put(RECORD_HASH, ZERO_HASH);
    String withZeros = Json.text(record);
    record.put(RECORD_HASH, sha256(withZeros.getBytes(StandardCharsets.UTF_8)));
    return Json.text(record);
  }

  /**
   * Null when {@code folder} holds only files sim1177 wrote there, unchanged, as its
   * {@code run.json} records them (a file sim1177 wrote and the user removed does not count);
   * otherwise, in words, the first reason it is not, e.g. "holds my-chart.png, which sim1177 did
   * not write" or "scenario.yaml was changed after sim1177 wrote it". Files are looked at in name
   * order, so the reason named is the same every time.
   */
  static String whyNotUnchanged(Path folder, String runJsonName) {
    Path recordFile = folder.resolve(runJsonName);
    if (!Files.isRegularFile(recordFile, LinkOption.NOFOLLOW_LINKS)) {
      return "has no " + runJsonName;
    }
    String text;
    JsonNode record;
    try {
      text = Files.readString(recordFile, StandardCharsets.UTF_8);
      record = Json.MAPPER.readTree(text);
    } catch (IOException e) {
      return "has a " + runJsonName + " that sim1177 did not write";
    }
    if (record == null || !record.path("version").isTextual() || !record.path("command_line").isArray()) {
      return "has a " + runJsonName + " that sim1177 did not write";
    }
    if (!record.path(FILES).isArray() || !record.path(RECORD_HASH).isTextual()) {
      return "was written by an earlier sim1177 (" + record.path("version").asText()
          + ") that kept no record of its files, so a file of yours there could not be told from its own;"
          + " move or remove the folder yourself";
    }
    String changed = recordChanged(text, record, runJsonName);
    if (changed != null) {
      return changed;
    }
    Map<String, JsonNode> written = new LinkedHashMap<>();
    record.path(FILES).forEach(f -> written.put(f.path("name").asText(), f));
    try {
      for (Path p : sortedEntries(folder)) {
        String name = p.getFileName().toString();
        if (name.equals(runJsonName)) {
          continue;
        }
        JsonNode entry = written.get(name);
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          return "holds " + name + ", which is not a file sim1177 wrote";
        }
        if (entry == null) {
          return "holds " + name + ", which sim1177 did not write";
        }
        String fileChanged = fileChanged(p, name, entry);
        if (fileChanged != null) {
          return fileChanged;
        }
      }
    } catch (IOException e) {
      return "cannot be read (" + IoMessages.reason(e) + ")";
    }
    return null;
  }

  /**
   * Null when the record in {@code folder}'s {@code run.json} is unchanged and every file it lists
   * is there, whole and unchanged; otherwise the first reason it is not, in words: "lacks X, which
   * sim1177 wrote there", "holds X cut short (10 of 80 bytes)", "holds X, which was changed after
   * sim1177 wrote it". Files it does not list are not looked at (a file system's own, like NFS's
   * {@code .nfs*}, may appear in a folder on shared storage). What a merge asks of a shard before
   * it reads a byte of it.
   */
  static String whyNotAsWritten(Path folder, String runJsonName) {
    Path recordFile = folder.resolve(runJsonName);
    try {
      String text = Files.readString(recordFile, StandardCharsets.UTF_8);
      JsonNode record = Json.MAPPER.readTree(text);
      if (record == null || !record.path(FILES).isArray() || !record.path(RECORD_HASH).isTextual()) {
        return "has a " + runJsonName + " that sim1177 did not write";
      }
      String changed = recordChanged(text, record, runJsonName);
      if (changed != null) {
        return changed;
      }
      for (JsonNode f : record.path(FILES)) {
        String name = f.path("name").asText();
        Path p = folder.resolve(name);
        if (name.isEmpty() || name.contains("/") || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          return "lacks " + name + ", which sim1177 wrote there";
        }
        String fileChanged = fileChanged(p, name, f);
        if (fileChanged != null) {
          return fileChanged;
        }
      }
    } catch (IOException e) {
      return "cannot be read (" + IoMessages.reason(e) + ")";
    }
    return null;
  }

  /**
   * Null when {@code text}, the record read back, still has the hash it was sealed with (its own,
   * zeroed, hashed); otherwise the reason, in words.
   */
  private static String recordChanged(String text, JsonNode record, String runJsonName) {
    String hash = record.path(RECORD_HASH).asText();
    // Only the record's own hash is zeroed, however the same string may appear elsewhere.
    String withZeros = text.replace("\"" + RECORD_HASH + "\" : \"" + hash + "\"", "\"" + RECORD_HASH + "\" : \"" + ZERO_HASH + "\"");
    return hash.equals(sha256(withZeros.getBytes(StandardCharsets.UTF_8))) ? null
        : "has a " + runJsonName + " that was changed after sim1177 wrote it";
  }

  /** Null when the file {@code p} has the size and hash its record {@code entry} gives; otherwise the reason, in words. */
  private static String fileChanged(Path p, String name, JsonNode entry) throws IOException {
    long recorded = entry.path("bytes").asLong(-1);
    long size = Files.size(p);
    if (size < recorded) {
      return String.format(java.util.Locale.ROOT, "holds %s cut short (%,d of the %,d bytes sim1177 wrote)", name, size, recorded);
    }
    if (size != recorded || !sha256(p).equals(entry.path("sha256").asText())) {
      return "holds " + name + ", which was changed after sim1177 wrote it";
    }
    return null;
  }

  private static List<Path> sortedEntries(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      List<Path> list = new ArrayList<>(entries.toList());
      list.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
      return list;
    }
  }

  private static String sha256(Path file) throws IOException {
    MessageDigest digest = newDigest();
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The SHA-256 of {@code bytes}, in hexadecimal, as the record writes every hash. */
  static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(newDigest().digest(bytes));
  }

  static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
