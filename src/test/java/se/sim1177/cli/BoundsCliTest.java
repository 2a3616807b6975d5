package se.sim1177.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static se.sim1177.cli.CliTest.sim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.sim1177.cli.CliTest.Outcome;

/**
 * Inputs that used to run for minutes or overflow (issue 17, items 7 and 9): {@code erlang} with
 * millions of calls an hour, {@code run} and {@code compare} with a year of 10,000 replications,
 * {@code bench} with a thousand threads or an unwritable {@code --scaling} folder. Each is now
 * refused at once with what is allowed, announced before it starts, or capped with a note.
 */
class BoundsCliTest {
  /**
   * Longer than any of these takes when it is refused or announced (a second or two), far shorter
   * than what the issue measured before (89 s for {@code erlang --calls-per-hour 1e9}, over 300 s
   * for {@code 1e7 --patience 10m}).
   */
  private static final Duration AT_ONCE = Duration.ofSeconds(60);
  /** The estimate line: "about 3 h 20 min of simulation on 1 thread (...); Ctrl-C stops without writing anything". */
  private static final Pattern ESTIMATE = Pattern.compile(
      "about (\\d+ (s|min|h|days)( \\d+ (min|h))?) of simulation on 1 thread \\((.*)\\); Ctrl-C stops without writing anything");

  @TempDir
  Path tmp;

  private static Outcome atOnce(String... args) {
    return assertTimeoutPreemptively(AT_ONCE, () -> sim(args), () -> String.join(" ", args) + " took more than " + AT_ONCE);
  }

  private static void assertRefused(Outcome o, String... mustContain) {
    assertEquals(2, o.code(), o.err());
    assertEquals("", o.out(), "a refusal prints no table, not even its header");
    List<String> lines = o.err().lines().toList();
    assertEquals(1, lines.size(), "one line: " + o.err());
    for (String s : mustContain) {
      assertTrue(lines.get(0).contains(s), "'" + s + "' in: " + o.err());
    }
    for (String leak : Refusal.LEAKS) {
      assertFalse(o.err().contains(leak), o.err());
    }
  }

  @Test
  void erlangRefusesALoadBeyondTheNurseLimitNamingTheOptionsAsTyped() {
    // 3e10 printed only the header and exited 0 (the range overflowed an int); 1e9 ran 89 s printing
    // rows at 133 million nurses; 1e7 with patience ran for minutes.
    assertRefused(atOnce("erlang", "--calls-per-hour", "3e10", "--aht", "8m"), "--calls-per-hour 3e10 with --aht 8m",
        "4,000,000,000 erlangs", "at most 10,000 erlangs");
    assertRefused(atOnce("erlang", "--calls-per-hour", "1e9", "--aht", "8m"), "--calls-per-hour 1e9", "133,333,333 erlangs");
    assertRefused(atOnce("erlang", "--calls-per-hour", "1e7", "--aht", "8m", "--patience", "10m"), "--calls-per-hour 1e7");
    // Was "internal error", exit 1, blaming the patience: the load is what is too large.
    Outcome day = atOnce("erlang", "--calls-per-hour", "100000", "--aht", "1d", "--patience", "1s");
    assertRefused(day, "--calls-per-hour 100000 with --aht 1d", "2,400,000 erlangs", "at most 10,000 erlangs");
    assertFalse(day.err().contains("--patience"), day.err());
  }

  @Test
  void erlangRefusesWorkBeyondErlangAsLimitsNamingTheOptionThatCausedIt() {
    // Within the nurse limit, but a queue of 150,000 callers for Erlang A's chain to follow.
    assertRefused(atOnce("erlang", "--calls-per-hour", "1e6", "--aht", "8m", "--patience", "10m", "--nurses", "9990..10000"),
        "--patience 10m: with 9,990 nurses", "more than the 100,000 callers Erlang A follows", "shorter --patience");
    // A service level within a day at 8,000 nurses: 72 billion terms of the uniformised sum.
    assertRefused(atOnce("erlang", "--calls-per-hour", "500000", "--aht", "1m", "--patience", "10m", "--within", "1d", "--nurses",
        "8000..8010"), "--within 1d: with 8,000 nurses", "more than the 200,000,000 allowed", "shorter --within");
    // Within the limits nothing changes: the default range around the load, up to the last nurse allowed.
    Outcome table = atOnce("erlang", "--calls-per-hour", "74000", "--aht", "8m");
    assertEquals(0, table.code(), table.err());
    List<String> rows = table.out().lines().skip(2).toList();
    assertEquals(11, rows.size(), table.out());
    assertTrue(rows.get(0).startsWith("   9866 ") && rows.get(10).startsWith("   9876 "), table.out());
    Outcome top = atOnce("erlang", "--calls-per-hour", "75000", "--aht", "8m");
    assertEquals(0, top.code(), top.err());
    assertTrue(top.out().lines().reduce((a, b) -> b).orElseThrow().startsWith("  10000 "), "cut at 10,000 nurses: " + top.out());
  }

  @Test
  void aLongRunSaysHowLongBeforeItStartsAndAShortOneDoesNot() {
    // A year × 10,000 replications printed nothing before its hours of work. --max-callers 1 stops
    // the run as overloaded at its first caller, so the test sees the line without the hours.
    Outcome year = atOnce("run", "scenarios/02-varmland-2019.yaml", "--replications", "10000", "--set", "simulation.days=365",
        "--threads", "1", "--max-callers", "1", "--out", tmp.resolve("year").toString());
    assertEquals(1, year.code(), year.err());
    Matcher m = ESTIMATE.matcher(year.err());
    assertTrue(m.find(), "the estimate before the work: " + year.err());
    assertEquals("10,000 replications × 368 days", m.group(5));
    assertTrue(m.group(1).matches("\\d+ (min|h).*"), "minutes of work at least: " + m.group(1));
    assertTrue(year.err().indexOf(m.group()) < year.err().indexOf("the line is overloaded"), "before the run: " + year.err());
    Outcome compare = atOnce("compare", "scenarios/06-workplaces-office.yaml", "scenarios/07-workplaces-satellite-home.yaml",
        "--replications", "10000", "--threads", "1", "--max-callers", "1", "--out", tmp.resolve("compare").toString());
    Matcher c = ESTIMATE.matcher(compare.err());
    assertTrue(c.find() && c.group(5).startsWith("2 scenarios of 10,000 replications × "), compare.err());
    Outcome sweep = atOnce("sweep", "scenarios/02-varmland-2019.yaml", "--vary", "callers.balk_probability=0,0.1", "--replications",
        "10000", "--threads", "1", "--max-callers", "1", "--out", tmp.resolve("sweep").toString());
    Matcher s = ESTIMATE.matcher(sweep.err());
    assertTrue(s.find() && s.group(5).startsWith("2 variants of 10,000 replications × "), sweep.err());
    // A run of seconds prints what it always printed.
    Outcome quick = sim("run", "scenarios/02-varmland-2019.yaml", "--replications", "3", "--threads", "1", "--set",
        "simulation.days=7", "--out", tmp.resolve("quick").toString());
    assertEquals(0, quick.code(), quick.err());
    assertFalse(quick.err().contains("of simulation on"), quick.err());
  }

  @Test
  void benchUsesNoMoreThreadsThanCoresAndNoSpeedupAboveThem() {
    // --threads 1000 on 2 cores reported "1038.93x per CPU-second".
    int cores = Runtime.getRuntime().availableProcessors();
    Outcome o = atOnce("bench", "scenarios/01-erlang-a-check.yaml", "--days", "1", "--warmup", "0", "--seconds", "0.05", "--rounds",
        "1", "--threads", "1000", "--no-reference");
    assertEquals(0, o.code(), o.err());
    assertTrue(o.err().contains("note: --threads 1000 is more than the " + cores + " core"), o.err());
    assertFalse(o.out().contains("1000 threads"), o.out());
    assertTrue(cpuFigure(o.out()) <= cores, "no speed-up per CPU-second above the cores: " + o.out());
  }

  /** The speed-up per CPU-second the report shows, 0 when it shows none. */
  private static double cpuFigure(String out) {
    Matcher m = Pattern.compile("(\\d+\\.\\d+)x per CPU-second").matcher(out);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }

  /**
   * A read-only {@code --scaling} folder was found out only after the whole study. The parent is
   * made unwritable by its permissions; where the operating system lets this user write anyway
   * (root), there is nothing to refuse and the test does not apply.
   */
  @Test
  void benchScalingRefusesAFolderItCannotWriteBeforeTheStudy() throws Exception {
    Path locked = Files.createDirectory(tmp.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeFalse(Files.isWritable(locked), "this user may write into a read-only folder (root): nothing to refuse");
      Outcome o = atOnce("bench", "--scaling", locked.resolve("study").toString(), "--warmup", "0", "--seconds", "0.05");
      assertEquals(2, o.code(), o.err());
      assertTrue(o.err().startsWith("error: --scaling " + locked.resolve("study") + ": cannot create the folder in " + locked),
          o.err());
      assertFalse(o.err().contains("calls/day"), "refused before the study: " + o.err());
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }
}
