package se.sim1177.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Issue 24: a run, a sweep or a comparison split into N shards, run in any order on any number of
 * threads and merged, writes the folder the command on one machine writes, byte for byte: every
 * CSV, JSON, chart, report.html and scenario copy, and run.json but for its time, threads and
 * list of shards. The start time is fixed ({@code sim1177.source_date_epoch}, as SOURCE_DATE_EPOCH does
 * for a process), so report.html can be compared whole.
 *
 * <p>What it would catch: a replication folded twice or not at all, or out of order (the sums of
 * doubles then differ in the last bits, and every file with a mean differs); the first
 * replication's history taken from another shard (history.csv); a slice boundary off by one
 * (N up to 17 against 2 to 19 replications gives empty shards, shards of one, and uneven sizes).
 */
class ShardMergeProperties {
  private static final List<String> SCENARIOS = List.of("scenarios/02-varmland-2019.yaml",
      "scenarios/05-varmland-direkt-reactive.yaml", "scenarios/07-workplaces-satellite-home.yaml");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Provide
  Arbitrary<String> scenarios() {
    return Arbitraries.of(SCENARIOS);
  }

  @Provide
  Arbitrary<String> commands() {
    return Arbitraries.of("run", "sweep", "compare");
  }

  /**
   * The command's arguments before {@code --threads}, {@code --shard} and {@code --out}: a run of
   * {@code scenario}; a sweep of it over two values of two keys (the work is 4 × replications); a
   * comparison of it with two alternatives.
   */
  private static String[] work(String command, String scenario, int replications) {
    List<String> args = new ArrayList<>(List.of(command, scenario));
    if (command.equals("sweep")) {
      args.addAll(List.of("--vary", "callers.redial.probability=0.3,0.6", "--vary", "arrivals.calls_per_year=100000,140000"));
    } else if (command.equals("compare")) {
      args.addAll(SCENARIOS.stream().filter(s -> !s.equals(scenario)).toList());
    }
    args.addAll(List.of("--replications", Integer.toString(replications), "--seed", "24", "--set", "simulation.days=4",
        "--set", "simulation.warmup_days=1"));
    return args.toArray(String[]::new);
  }

  @Property(tries = 18, seed = "2424", shrinking = ShrinkingMode.OFF)
  void mergedShardsEqualOneRunByteForByte(@ForAll("commands") String command, @ForAll @IntRange(min = 1, max = 17) int shards,
      @ForAll @IntRange(min = 2, max = 19) int replications, @ForAll("scenarios") String scenario,
      @ForAll @LongRange(min = 1, max = 1_000_000) long orderSeed) throws IOException {
    Statistics.label("command").collect(command)
        .coverage(c -> List.of("run", "sweep", "compare").forEach(k -> c.check(k).count(n -> n >= 3)));
    Statistics.label("empty shards").collect(shards > replications).coverage(c -> c.check(true).count(n -> n >= 2));
    assertMergedEqualsOne(work(command, scenario, replications), shards, orderSeed);
  }

  /**
   * A sweep that varies the seed and the replications themselves (no --seed, no --replications):
   * the merge reads every variant with its own, and the report's base with the file's.
   */
  @Example
  void aSweepOfSeedsAndReplicationsMergesByteForByte() throws IOException {
    assertMergedEqualsOne(new String[] {"sweep", SCENARIOS.get(0), "--vary", "simulation.seed=5,6", "--vary",
        "simulation.replications=3,4", "--set", "simulation.days=3", "--set", "simulation.warmup_days=1"}, 5, 42);
  }

  /** Runs {@code common} on one machine and as {@code shards} shards in an order drawn from {@code orderSeed}, merged; compares. */
  private static void assertMergedEqualsOne(String[] common, int shards, long orderSeed) throws IOException {
    String what = String.join(" ", common) + " in " + shards + " shards";
    Path base = Files.createTempDirectory("sim1177-shards-");
    System.setProperty("sim1177.source_date_epoch", "1765000000");
    try {
      String out = base.resolve("results").toString();
      CliTest.Outcome one = CliTest.sim(CliTest.concat(common, "--threads", "2", "--out", out));
      assertEquals(0, one.code(), one.err());
      Path reference = Files.move(base.resolve("results"), base.resolve("reference"));

      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < shards; i++) {
        order.add(i);
      }
      Random random = new Random(orderSeed);
      Collections.shuffle(order, random);
      List<String> mergeArgs = new ArrayList<>(List.of("merge"));
      for (int i : order) {
        String folder = base.resolve("shards").resolve("s" + i).toString();
        // Shard 0's command line is the merged report's, so it runs as the reference did; the others on 1 or 2 threads.
        String threads = i == 0 ? "2" : Integer.toString(1 + random.nextInt(2));
        CliTest.Outcome s = CliTest.sim(CliTest.concat(common, "--threads", threads,
            "--shard", i + "/" + shards, "--out", folder));
        assertEquals(0, s.code(), "shard " + i + "/" + shards + ": " + s.err());
        mergeArgs.add(folder);
      }
      mergeArgs.addAll(List.of("--threads", "2", "--out", out));
      CliTest.Outcome merged = CliTest.sim(mergeArgs.toArray(String[]::new));
      assertEquals(0, merged.code(), merged.err());

      Path result = base.resolve("results");
      assertEquals(names(reference), names(result), "the same files");
      for (String name : names(reference)) {
        if (name.equals("run.json")) {
          assertEquals(withoutTiming(reference.resolve(name)), withoutTiming(result.resolve(name)), "run.json");
          continue;
        }
        assertArrayEquals(Files.readAllBytes(reference.resolve(name)), Files.readAllBytes(result.resolve(name)),
            name + " of " + what);
      }
      assertEquals(shards, JSON.readTree(result.resolve("run.json").toFile()).path("shards").size(), "run.json lists the shards");
    } finally {
      System.clearProperty("sim1177.source_date_epoch");
      deleteTree(base);
    }
  }

  /** run.json without what may differ: the time taken, the threads, the shards and the record's own hash. */
  private static ObjectNode withoutTiming(Path runJson) throws IOException {
    ObjectNode n = (ObjectNode) JSON.readTree(runJson.toFile());
    n.remove(List.of("wall_seconds", "threads", "shards", "record_sha256"));
    return n;
  }

  static List<String> names(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
