package se.sim1177.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-picked broken scenarios ({@code src/test/resources/broken/}), at least one per section.
 * Each file says in its header what is wrong and which problems {@code run} must report
 * ({@code # expect: LINE KEY.PATH}, no path for a problem with the file as a whole); the test
 * requires exactly those, each on one line naming the file, the line and the key, exit code 2 and
 * nothing written.
 */
class BrokenCorpusTest {
  private static final Path CORPUS = Path.of("src/test/resources/broken");
  private static final Pattern EXPECT = Pattern.compile("# expect: (\\d+)(?: (\\S+))?");

  @TempDir
  Path tmp;

  static Stream<String> corpus() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
      return names.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void refusedWithOneLocatedLinePerProblemAndNothingWritten(String name) throws IOException {
    Path file = tmp.resolve(name);
    Files.copy(CORPUS.resolve(name), file);
    byte[] original = Files.readAllBytes(file);
    List<String> expected = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      Matcher m = EXPECT.matcher(line);
      if (m.matches()) {
        expected.add(m.group(1) + " " + (m.group(2) == null ? "" : m.group(2)));
      }
    }
    assertFalse(expected.isEmpty(), name + " has no '# expect:' line");

    Path out = tmp.resolve("out");
    Refusal.Outcome o = Refusal.sim(List.of("run", file.toString(), "--out", out.toString(), "--threads", "1"));

    assertEquals(Main.BAD_INPUT, o.code(), o.err());
    assertEquals(List.of(), Refusal.violations(o, file, original, out, tmp), o.err());
    assertEquals(List.of(), Refusal.strayLines(o), o.err());
    Pattern located = Pattern.compile("error: " + Pattern.quote(file.toString()) + ":(\\d+): (?:([^\\s:]+): )?.*");
    List<String> reported = new ArrayList<>();
    for (String line : o.errorLines()) {
      Matcher m = located.matcher(line);
      reported.add(m.matches() ? m.group(1) + " " + (m.group(2) == null ? "" : m.group(2)) : "unlocated: " + line);
    }
    assertEquals(expected.stream().sorted().toList(), reported.stream().sorted().toList(), o.err());
  }
}
