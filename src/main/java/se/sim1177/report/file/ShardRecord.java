package se.sim1177.report.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The record of a shard folder ({@code run --shard I/N}), kept in its {@code run.json}: what every
 * results folder records (version, seed, replications, overrides, command line, threads, time,
 * machine), and under {@code "shard"} what a merge needs: the format version, the command, the
 * shard's number, the scenario's text file and its SHA-256, and for each part of the work (the
 * run; a sweep's variant; a comparison's scenario) its replications, the slice this shard ran and
 * the file of their values. The layout is documented in docs/scale.md.
 *
 * @param command the command whose work was split: {@code run}, {@code sweep} or {@code compare}
 * @param sources the scenario files, as read: one for a run or a sweep, the base and alternatives for a comparison
 * @param varies a sweep's {@code --vary} options as given (empty for the others)
 * @param replicationsOption {@code --replications} as given, null without it; {@code seedOption} likewise {@code --seed}
 * @param partCount how many experiments the work has (a run one, a sweep its variants, a comparison its scenarios)
 * @param planSha256 the hash of every experiment's replications, seed and assignment ({@link #planSha256(List)}):
 *     equal for shards of one piece of work, and what a merge checks its own reading against
 * @param parts the experiments this shard ran part of, each with its slice and the file of their
 *     values (only these: a sweep of 10,000 variants in 1,000 shards would otherwise list 10,000
 *     in every shard)
 * @param threads the shard's threads; {@code wallSeconds}, {@code events}, {@code callAttempts} and {@code chats} are its own
 * @param java the Java that ran the shard ({@link #THIS_JAVA} when writing); {@code os} likewise
 */
public record ShardRecord(String version, String command, List<Source> sources, List<String> varies, Integer replicationsOption,
    Long seedOption, long seed, int replications, List<String> overrides, List<String> commandLine, int index, int count,
    int partCount, String planSha256, List<Part> parts, int threads, double wallSeconds, long events, long callAttempts, long chats, String startedAt, String java, String os) {
  /** The version of the shard format this sim1177 writes and reads. */
  public static final int FORMAT_VERSION = 1;

  /** This machine's Java and operating system, as {@code run.json} names them. */
  public static final String THIS_JAVA = System.getProperty("java.vm.name") + " " + System.getProperty("java.version");
  public static final String THIS_OS = System.getProperty("os.name") + " " + System.getProperty("os.arch");

  public ShardRecord {
    overrides = List.copyOf(overrides);
    commandLine = List.copyOf(commandLine);
    sources = List.copyOf(sources);
    varies = List.copyOf(varies);
    parts = List.copyOf(parts);
  }

  /**
   * A scenario file as read: where it came from (as {@code run.json} names it), its name when its
   * text has none, its text exactly, and the file the shard keeps the text in.
   */
  public record Source(String name, String defaultName, String text, String file) {
    /** The SHA-256 of the text, by which shards of one piece of work are told apart from others. */
    public String sha256() {
      return ShardRecord.sha256(text);
    }
  }

  /**
   * One experiment of the work, number {@code number}: of scenario {@code source} with a sweep's
   * {@code assignment} ({@code key=value} each, empty otherwise), {@code replications}
   * replications with {@code seed}, of which this shard ran {@code from .. to-1}; their values are
   * in {@code file}.
   */
  public record Part(int number, int source, List<String> assignment, long seed, int replications, int from, int to,
      String file) {
    public Part {
      assignment = List.copyOf(assignment);
    }

  }

  /**
   * The hash of a piece of work's experiments, one line each: its number, scenario, replications,
   * seed and assignment. What the shards record and a merge recomputes from its own reading.
   */
  public static String planSha256(List<Part> experiments) {
    StringBuilder text = new StringBuilder();
    for (Part p : experiments) {
      text.append(p.number()).append(' ').append(p.source()).append(' ').append(p.replications()).append(' ').append(p.seed())
          .append(' ').append(String.join("\u0000", p.assignment())).append('\n');
    }
    return sha256(text.toString());
  }

  /** The hashes of the scenario texts, joined: equal for shards of one piece of work. */
  public String scenarioSha256() {
    return String.join(",", sources.stream().map(Source::sha256).toList());
  }

  /** Writes {@code scenario.yaml} and {@code run.json} into a shard's folder (the values files are written apart). */
  public void write(ResultFolder folder) throws IOException {
    for (Source s : sources) {
      folder.writeText(s.file(), s.text());
    }
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("version", version);
    root.put("scenario", sources.get(0).name());
    root.put("seed", seed);
    root.put("replications", replications);
    ArrayNode o = root.putArray("overrides");
    overrides.forEach(o::add);
    ArrayNode c = root.putArray("command_line");
    commandLine.forEach(c::add);
    root.put("threads", threads);
    Json.put(root, "wall_seconds", wallSeconds);
    root.put("events", events);
    root.put("calls_simulated", callAttempts);
    root.put("chats_simulated", chats);
    root.put("started_at", startedAt);
    root.put("java", java);
    root.put("os", os);
    root.put("available_processors", Runtime.getRuntime().availableProcessors());
    ObjectNode shard = root.putObject("shard");
    shard.put("format_version", FORMAT_VERSION);
    shard.put("command", command);
    shard.put("index", index);
    shard.put("count", count);
    ArrayNode ss = shard.putArray("scenarios");
    for (Source s : sources) {
      ObjectNode n = ss.addObject();
      n.put("source", s.name());
      n.put("default_name", s.defaultName());
      n.put("file", s.file());
      n.put("sha256", s.sha256());
    }
    ArrayNode vs = shard.putArray("varies");
    varies.forEach(vs::add);
    // Jackson writes a null Integer or Long as null: "not given".
    shard.put("replications_option", replicationsOption);
    shard.put("seed_option", seedOption);
    shard.put("parts_in_all", partCount);
    shard.put("plan_sha256", planSha256);
    ArrayNode ps = shard.putArray("parts");
    for (Part p : parts) {
      ObjectNode n = ps.addObject();
      n.put("part", p.number());
      n.put("scenario", p.source());
      ArrayNode a = n.putArray("assignment");
      p.assignment().forEach(a::add);
      n.put("seed", p.seed());
      n.put("replications", p.replications());
      n.put("from", p.from());
      n.put("to", p.to());
      n.put("file", p.file());
    }
    folder.writeText(ResultFolder.RUN_RECORD, Json.text(root));
  }

  /**
   * Reads the shard in {@code folder}, once every file its record lists is there and unchanged.
   *
   * @throws NotAShard with the reason, in words that complete "FOLDER ..."
   */
  public static ShardRecord read(Path folder) throws NotAShard {
    if (!Files.isDirectory(folder)) {
      throw new NotAShard(Files.exists(folder) ? "is a file, not a shard folder" : "does not exist");
    }
    Path record = folder.resolve(ResultFolder.RUN_RECORD);
    if (!Files.isRegularFile(record, LinkOption.NOFOLLOW_LINKS)) {
      throw new NotAShard("is not a shard folder: it has no run.json (shards are written by run --shard I/N --out DIR)");
    }
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(Files.readString(record, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new NotAShard("has a run.json that cannot be read as sim1177 wrote it (" + IoMessages.reason(e) + ")");
    }
    JsonNode shard = root == null ? null : root.get("shard");
    if (shard == null || !shard.isObject()) {
      throw new NotAShard("is a results folder, not a shard: it was written without --shard, and holds no replication values");
    }
    int format = shard.path("format_version").asInt(-1);
    if (format != FORMAT_VERSION) {
      throw new NotAShard("is a shard in format version " + shard.path("format_version").asText() + " (sim1177 "
          + root.path("version").asText() + "); this sim1177 (format " + FORMAT_VERSION + ") cannot merge it: merge with the"
          + " sim1177 that wrote it");
    }
    String why = FolderManifest.whyNotAsWritten(folder, ResultFolder.RUN_RECORD);
    if (why != null) {
      throw new NotAShard(why + "; run the shard again");
    }
    List<Source> sources = new ArrayList<>();
    for (JsonNode s : shard.path("scenarios")) {
      String file = s.path("file").asText();
      if (!plainName(file)) {
        throw new NotAShard("has a run.json whose shard record is incomplete or out of range (scenario file '" + file
            + "'); run the shard again");
      }
      try {
        sources.add(new Source(s.path("source").asText(), s.path("default_name").asText(),
            Files.readString(folder.resolve(file), StandardCharsets.UTF_8), file));
      } catch (IOException | RuntimeException e) {
        throw new NotAShard("has a scenario " + file + " that cannot be read (" + e.getMessage() + ")");
      }
    }
    List<Part> parts = new ArrayList<>();
    for (JsonNode p : shard.path("parts")) {
      parts.add(new Part(p.path("part").asInt(), p.path("scenario").asInt(), strings(p.path("assignment")), p.path("seed").asLong(),
          p.path("replications").asInt(), p.path("from").asInt(), p.path("to").asInt(), p.path("file").asText()));
    }
    String wrong = whatIsWrong(root, shard, sources, parts);
    if (wrong != null) {
      throw new NotAShard("has a run.json whose shard record is incomplete or out of range (" + wrong + "); run the shard again");
    }
    JsonNode reps = shard.path("replications_option");
    JsonNode seedGiven = shard.path("seed_option");
    return new ShardRecord(root.path("version").asText(), shard.path("command").asText(), sources,
        strings(shard.path("varies")), reps.isIntegralNumber() ? reps.asInt() : null,
        seedGiven.isIntegralNumber() ? seedGiven.asLong() : null, root.path("seed").asLong(), root.path("replications").asInt(),
        strings(root.path("overrides")), strings(root.path("command_line")), shard.path("index").asInt(),
        shard.path("count").asInt(), shard.path("parts_in_all").asInt(), shard.path("plan_sha256").asText(), parts,
        root.path("threads").asInt(), root.path("wall_seconds").asDouble(),
        root.path("events").asLong(), root.path("calls_simulated").asLong(), root.path("chats_simulated").asLong(),
        root.path("started_at").asText(), root.path("java").asText(), root.path("os").asText());
  }

  /** No count of shards above this is written (sim1177's --shard refuses it). */
  private static final int MOST_SHARDS = 100_000;

  /** What makes a record unusable, in a few words, or null: every field a merge reads, present and in range. */
  private static String whatIsWrong(JsonNode root, JsonNode shard, List<Source> sources, List<Part> parts) {
    if (!List.of("run", "sweep", "compare").contains(shard.path("command").asText())) {
      return "command '" + shard.path("command").asText() + "'";
    }
    int count = shard.path("count").asInt(-1);
    int index = shard.path("index").asInt(-1);
    if (!shard.path("count").isInt() || count < 1 || count > MOST_SHARDS || !shard.path("index").isInt() || index < 0 || index >= count) {
      return "shard " + shard.path("index").asText() + "/" + shard.path("count").asText();
    }
    for (String key : List.of("version", "started_at", "scenario")) {
      if (root.path(key).asText().isEmpty()) {
        return "no " + key;
      }
    }
    if (!root.path("seed").isIntegralNumber() || !root.path("replications").isInt() || root.path("command_line").isEmpty()) {
      return "seed, replications or command line";
    }
    int partCount = shard.path("parts_in_all").asInt(-1);
    if (sources.isEmpty() || partCount < 1 || shard.path("plan_sha256").asText().length() != 64) {
      return "no scenarios, parts_in_all or plan_sha256";
    }
    if (shard.path("command").asText().equals("sweep") == shard.path("varies").isEmpty()) {
      return "varies";
    }
    int previous = -1;
    for (Part p : parts) {
      if (p.number() <= previous || p.number() >= partCount || p.source() < 0 || p.source() >= sources.size()
          || p.replications() < 2 || p.from() < 0 || p.from() >= p.to() || p.to() > p.replications() || !plainName(p.file())) {
        return "part " + p.number();
      }
      previous = p.number();
    }
    return null;
  }

  /** A file name in the shard's own folder: not empty, no folder separator, not "." or "..". */
  private static boolean plainName(String file) {
    return !file.isEmpty() && !file.equals(".") && !file.equals("..") && file.indexOf('/') < 0 && file.indexOf('\\') < 0;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  static String sha256(String text) {
    return FolderManifest.sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  /** A folder that is not a shard this sim1177 can merge; the message completes "FOLDER ...". */
  public static final class NotAShard extends Exception {
    private static final long serialVersionUID = 1L;

    NotAShard(String message) {
      super(message);
    }
  }
}
