package se.sim1177.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24: {@code merge} refuses shards that are not the whole of one run, naming the shard and
 * what differs, with exit code 2 and nothing written; and {@code --shard} refuses what is not a
 * shard number. Shards whose record was edited are resealed here as sim1177 seals them (the
 * record's hash over its text with the hash as zeros), so the refusal tested is the merge's own,
 * not the seal's.
 */
class MergeRefusalTest {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final String[] RUN = {"run", "scenarios/02-varmland-2019.yaml", "--replications", "6", "--seed", "7",
      "--set", "simulation.days=3", "--set", "simulation.warmup_days=1", "--threads", "1"};

  @TempDir
  static Path shared;
  @TempDir
  Path tmp;

  /** Shards 0/3, 1/3 and 2/3 of one run, and a results folder of it. */
  @BeforeAll
  static void writeShards() {
    for (int i = 0; i < 3; i++) {
      CliTest.Outcome o = CliTest.sim(CliTest.concat(RUN, "--shard", i + "/3", "--out", shared.resolve("s" + i).toString()));
      assertEquals(0, o.code(), o.err());
    }
    assertEquals(0, CliTest.sim(CliTest.concat(RUN, "--out", shared.resolve("whole").toString())).code());
  }

  private Path copy(String shard) throws IOException {
    Path to = tmp.resolve(shard + "-copy");
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(shared.resolve(shard))) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
    return to;
  }

  /** Merges {@code shards} into a new folder, expecting exit 2, a message with every part of {@code says}, and nothing written. */
  private void refused(List<Path> shards, String... says) throws IOException {
    Path out = tmp.resolve("merged");
    String[] args = Stream.concat(Stream.of("merge"), Stream.concat(shards.stream().map(Path::toString), Stream.of("--out", out.toString())))
        .toArray(String[]::new);
    CliTest.Outcome o = CliTest.sim(args);
    assertEquals(2, o.code(), o.err());
    for (String s : says) {
      assertTrue(o.err().contains(s), "says " + s + ": " + o.err());
    }
    assertFalse(o.err().contains("Exception"), o.err());
    assertFalse(Files.exists(out), "nothing written");
    try (Stream<Path> left = Files.list(tmp)) {
      assertFalse(left.anyMatch(p -> p.getFileName().toString().startsWith(".merged")), "no staging folder left");
    }
  }

  private Path s(int i) {
    return shared.resolve("s" + i);
  }

  @Test
  void aMissingShardIsNamedWithItsReplications() throws IOException {
    refused(List.of(s(0), s(2)), "shard 1/3 (replications 3 to 4) is missing: 2 of 3 given; run it with the same command and --shard 1/3");
  }

  @Test
  void aShardGivenTwiceIsRefused() throws IOException {
    refused(List.of(s(0), s(1), copy("s1"), s(2)), "are both shard 1/3", "give each shard once");
  }

  @Test
  void shardsOfAnotherSeedScenarioOrCountAreRefused() throws IOException {
    Path seed = tmp.resolve("seed");
    assertEquals(0, CliTest.sim(CliTest.concat(withSeed8(), "--shard", "1/3", "--out", seed.toString())).code());
    refused(List.of(s(0), seed, s(2)), seed + " has seed 8, where " + s(0) + " has 7");

    Path set = tmp.resolve("set");
    assertEquals(0, CliTest.sim(CliTest.concat(RUN, "--set", "callers.redial.probability=0.5", "--shard", "1/3", "--out",
        set.toString())).code());
    refused(List.of(s(0), set, s(2)), set + " has overrides", "shards of one run share the scenario");

    Path halves = tmp.resolve("halves");
    assertEquals(0, CliTest.sim(CliTest.concat(RUN, "--shard", "1/2", "--out", halves.toString())).code());
    refused(List.of(s(0), halves, s(2)), halves + " is a shard of a run in 2 shards, where " + s(0) + " has 3 shards");
  }

  @Test
  void anotherScenarioTextIsRefusedByItsHash() throws IOException {
    Path edited = copy("s1");
    edit(edited, record -> { }, "scenario.yaml", text -> text + "# a note\n");
    refused(List.of(s(0), edited, s(2)), edited + " has a scenario with SHA-256");
  }

  @Test
  void anotherVersionOrFormatIsRefused() throws IOException {
    Path version = copy("s1");
    edit(version, record -> ((ObjectNode) record).put("version", "0.0.9"), null, null);
    refused(List.of(s(0), version, s(2)), version + " was written by sim1177 0.0.9, where " + s(0) + " has");

    Path format = copy("s2");
    edit(format, record -> ((ObjectNode) record.get("shard")).put("format_version", 2), null, null);
    refused(List.of(s(0), s(1), format), format + ": is a shard in format version 2", "merge with the sim1177 that wrote it");
  }

  @Test
  void aTruncatedOrDamagedValuesFileIsRefused() throws IOException {
    Path cut = copy("s1");
    Path values = cut.resolve("replication-values-0.gz");
    byte[] bytes = Files.readAllBytes(values);
    Files.write(values, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    refused(List.of(s(0), cut, s(2)), cut + ": holds replication-values-0.gz cut short", "run the shard again");

    // Cut short and resealed, as if the copy had been cut before the record was made: the gzip stream ends early.
    edit(cut, record -> { }, null, null);
    refused(List.of(s(0), cut, s(2)), "replication-values-0.gz: the file ends early", "run shard 1/3 again");

    // A byte changed inside the compressed data, resealed: gzip's checksum or the format finds it.
    Path damaged = copy("s2");
    Path file = damaged.resolve("replication-values-0.gz");
    byte[] b = Files.readAllBytes(file);
    b[b.length / 2] ^= 0x5a;
    Files.write(file, b);
    edit(damaged, record -> { }, null, null);
    refused(List.of(s(0), s(1), damaged), "replication-values-0.gz: the file", "run shard 2/3 again");

    Path missing = copy("s0");
    Files.delete(missing.resolve("replication-values-0.gz"));
    refused(List.of(missing, s(1), s(2)), missing + ": lacks replication-values-0.gz");
  }

  /** Review finding: merge --overwrite --out s0 replaced the shard it was reading with the results. */
  @Test
  void theResultsMayNotReplaceAShardTheMergeReads() throws IOException {
    Path own = copy("s0");
    for (String out : List.of(own.toString(), own.resolve("inside").toString(), tmp.toString())) {
      CliTest.Outcome o = CliTest.sim("merge", own.toString(), s(1).toString(), s(2).toString(), "--out", out, "--overwrite");
      assertEquals(2, o.code(), o.err());
      assertTrue(o.err().contains("--out " + out + ": ") && o.err().contains("which the merge reads"), o.err());
      assertTrue(Files.isRegularFile(own.resolve("replication-values-0.gz")), "the shard is still there");
    }
  }

  /** A record edited by hand and sealed again (its hash recomputed) is refused for what it lacks, not read into a wrong merge. */
  @Test
  void aRecordLackingWhatTheMergeReadsIsRefused() throws IOException {
    List<Consumer<JsonNode>> edits = List.of(
        r -> ((ObjectNode) r.get("shard")).remove("index"),
        r -> ((ObjectNode) r.get("shard")).put("count", 2_000_000_000),
        r -> ((ObjectNode) r.get("shard")).put("command", "staff"),
        r -> ((ObjectNode) r).remove("started_at"),
        r -> ((ObjectNode) r.get("shard").get("parts").get(0)).put("file", ""),
        r -> ((ObjectNode) r.get("shard").get("parts").get(0)).put("to", 99),
        r -> ((ObjectNode) r.get("shard")).remove("plan_sha256"),
        r -> ((ObjectNode) r.get("shard").get("scenarios").get(0)).put("file", "../../s0/scenario.yaml"),
        r -> ((ObjectNode) r.get("shard").get("parts").get(0)).put("file", "../s0/replication-values-0.gz"));
    for (int i = 0; i < edits.size(); i++) {
      Path edited = tmp.resolve("edit-" + i);
      Files.createDirectories(edited);
      try (Stream<Path> files = Files.list(s(1))) {
        for (Path f : files.toList()) {
          Files.copy(f, edited.resolve(f.getFileName()));
        }
      }
      edit(edited, edits.get(i), null, null);
      refused(List.of(s(0), edited, s(2)), edited + ": has a run.json whose shard record is incomplete or out of range");
    }
  }

  @Test
  void aResultsFolderOrNothingIsNotAShard() throws IOException {
    refused(List.of(shared.resolve("whole")), "is a results folder, not a shard");
    refused(List.of(tmp.resolve("nowhere")), "nowhere: does not exist");
  }

  @Test
  void badShardNumbersAreRefusedBeforeAnythingRuns() {
    for (String[] c : List.of(new String[] {"3/3", "numbered from 0 to 2"}, new String[] {"1/0", "from 1 to 100000"},
        new String[] {"-1/3", "must be I/N"}, new String[] {"a/b", "must be I/N"}, new String[] {"1", "must be I/N"})) {
      Path out = tmp.resolve("never");
      CliTest.Outcome o = CliTest.sim(CliTest.concat(RUN, "--shard", c[0], "--out", out.toString()));
      assertEquals(2, o.code(), o.err());
      assertTrue(o.err().contains("--shard " + c[0] + ": " ) && o.err().contains(c[1]), o.err());
      assertFalse(Files.exists(out));
    }
  }

  private static String[] withSeed8() {
    String[] args = RUN.clone();
    args[List.of(args).indexOf("--seed") + 1] = "8";
    return args;
  }

  /**
   * Edits a shard's record (and a file, when {@code file} is given) and seals it again as sim1177
   * does: every file's size and hash, then the record's hash over its text with the hash as zeros.
   */
  private static void edit(Path shard, Consumer<JsonNode> change, String file, java.util.function.UnaryOperator<String> fileChange)
      throws IOException {
    if (file != null) {
      Path f = shard.resolve(file);
      Files.writeString(f, fileChange.apply(Files.readString(f)));
    }
    ObjectNode record = (ObjectNode) JSON.readTree(shard.resolve("run.json").toFile());
    change.accept(record);
    for (JsonNode entry : record.get("files")) {
      Path f = shard.resolve(entry.get("name").asText());
      ((ObjectNode) entry).put("bytes", Files.size(f));
      ((ObjectNode) entry).put("sha256", sha256(Files.readAllBytes(f)));
    }
    record.put("record_sha256", "0".repeat(64));
    String zeros = JSON.writeValueAsString(record) + "\n";
    record.put("record_sha256", sha256(zeros.getBytes(StandardCharsets.UTF_8)));
    Files.writeString(shard.resolve("run.json"), JSON.writeValueAsString(record) + "\n");
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
