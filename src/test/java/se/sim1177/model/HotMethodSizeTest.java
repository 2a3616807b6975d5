package se.sim1177.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 22: the event loop is fast only while C2 compiles its handlers into its code (the three
 * pieces the launcher asks for: the loop, a call's arrival, a phone nurse's work ending), and
 * C2 inlines a hot method only when its bytecode is at most 325 bytes ({@code -XX:FreqInlineSize},
 * HotSpot's default on x86-64 and AArch64). A handler that grows past it is called once per event
 * instead, and is compiled on its own besides (more JIT time on every run). Nothing in the results
 * shows it, so this test reads the sizes from the class files: {@code PhoneLine.attempt} grew to
 * 340 bytes once, and {@code -XX:+LogCompilation} showed "hot method too big" for it.
 */
class HotMethodSizeTest {
  /** HotSpot's {@code FreqInlineSize} on x86-64 and AArch64 (Java 17 to 25). */
  private static final int FREQ_INLINE_SIZE = 325;

  /** The methods on the event loop's path, by class; each must stay small enough to inline. */
  private static final Map<Class<?>, List<String>> HOT = Map.of(
      Replication.class, List.of("dispatch", "callArrives", "phoneWorkEnds", "handOff", "integrate"),
      PhoneLine.class, List.of("callArrives", "attempt", "answeredAtOnce", "newCaller", "recordRedial",
          "serveNext", "abandon", "redialOrLeave", "answer", "startWork", "enqueue"),
      TaskRouter.class, List.of("nurseFree", "taskEnds"),
      NursePool.class, List.of("startPhoneWork", "phoneWorkEnds", "waitForWork", "take", "answered"),
      TallyRecorder.class, List.of("integrate", "answered", "abandoned", "add"),
      PiecewiseArrivals.class, List.of("advance", "spend"),
      ExponentialZiggurat.class, List.of("standard"));

  @Test
  void theLoopsHandlersStaySmallEnoughToInline() throws IOException {
    List<String> tooBig = new ArrayList<>();
    for (Map.Entry<Class<?>, List<String>> e : HOT.entrySet()) {
      Map<String, Integer> sizes = codeSizes(e.getKey());
      for (String method : e.getValue()) {
        Integer size = sizes.get(method);
        if (size == null) {
          fail(e.getKey().getSimpleName() + "." + method + " is not there: update this test's list");
        }
        if (size > FREQ_INLINE_SIZE) {
          tooBig.add(e.getKey().getSimpleName() + "." + method + " " + size + " bytes");
        }
      }
    }
    assertTrue(tooBig.isEmpty(), "over the " + FREQ_INLINE_SIZE + " bytes C2 inlines: " + tooBig
        + " (split the rare part into a method of its own)");
  }

  /**
   * The launcher has C2 compile the loop in three pieces by naming two of {@link Replication}'s
   * methods ({@code -XX:CompileCommand=dontinline}), and (on Java 17 to 24) keeps C2 off three of
   * {@link PhoneLine}'s that only those pieces call and always inline ({@code MaxNodeLimit}). A JVM says nothing about
   * a name that matches no method, so a rename would lose them silently: each name must be a
   * method of its class on the loop's path (this test's list).
   */
  @Test
  void theLaunchersLoopPiecesNameMethodsTheLoopCalls() throws IOException {
    String launcher = Files.readString(Path.of("sim1177"));
    Matcher named = Pattern.compile("'se/sim1177/model/(\\w+)\\.(\\w+)'").matcher(launcher);
    Map<String, Class<?>> classes = Map.of("Replication", Replication.class, "PhoneLine", PhoneLine.class);
    List<String> pieces = new ArrayList<>();
    while (named.find()) {
      pieces.add(named.group(1) + "." + named.group(2));
      Class<?> type = classes.get(named.group(1));
      assertTrue(type != null, "the launcher names a class of the model this test does not know: " + named.group());
      assertTrue(codeSizes(type).containsKey(named.group(2)),
          "the launcher names " + named.group(1) + "." + named.group(2) + ", which is not there");
      assertTrue(HOT.get(type).contains(named.group(2)), named.group() + " is on the loop's path");
    }
    assertEquals(List.of("PhoneLine.callArrives", "PhoneLine.attempt", "PhoneLine.serveNext",
        "Replication.callArrives", "Replication.phoneWorkEnds"), pieces, "the methods docs/performance.md measured");
  }

  /** The reader below against a size known from {@code javap -c}: it reads what it claims to. */
  @Test
  void theReaderFindsTheSizesJavapShows() throws IOException {
    // DeterministicMath.log is longer than any handler; a reader that misparsed the class file
    // would not give a size in this range for it.
    int size = codeSizes(DeterministicMath.class).get("log");
    assertTrue(size > 150 && size < 400, "DeterministicMath.log: " + size + " bytes");
    assertTrue(codeSizes(TallyRecorder.class).get("firstAttempt") < 20, "a one-line method is a few bytes");
  }

  /**
   * The bytecode length of each method of {@code type} (the longest, where a name is overloaded),
   * from its class file: the constant pool is skipped over by the tags' sizes (JVMS 4.4) to reach
   * the methods and their Code attributes (JVMS 4.7.3).
   */
  private static Map<String, Integer> codeSizes(Class<?> type) throws IOException {
    String resource = "/" + type.getName().replace('.', '/') + ".class";
    try (InputStream raw = type.getResourceAsStream(resource); DataInputStream in = new DataInputStream(raw)) {
      if (in.readInt() != 0xCAFEBABE) {
        throw new IOException(resource + ": not a class file");
      }
      in.readUnsignedShort();
      in.readUnsignedShort();
      int count = in.readUnsignedShort();
      String[] utf8 = new String[count];
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> utf8[i] = in.readUTF();
          case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
          case 5, 6 -> {
            in.skipNBytes(8);
            i++; // a long or double takes two entries
          }
          case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
          case 15 -> in.skipNBytes(3);
          default -> throw new IOException(resource + ": constant pool tag " + tag);
        }
      }
      in.skipNBytes(6); // access flags, this class, super class
      in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
      int fields = in.readUnsignedShort();
      for (int f = 0; f < fields; f++) {
        in.skipNBytes(6);
        skipAttributes(in);
      }
      Map<String, Integer> sizes = new HashMap<>();
      int methods = in.readUnsignedShort();
      for (int m = 0; m < methods; m++) {
        in.skipNBytes(2);
        String name = utf8[in.readUnsignedShort()];
        in.skipNBytes(2);
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
          String attribute = utf8[in.readUnsignedShort()];
          long length = in.readInt() & 0xFFFFFFFFL;
          if (attribute.equals("Code")) {
            in.skipNBytes(4); // max stack, max locals
            int code = in.readInt();
            sizes.merge(name, code, Math::max);
            in.skipNBytes(length - 8);
          } else {
            in.skipNBytes(length);
          }
        }
      }
      return sizes;
    }
  }

  private static void skipAttributes(DataInputStream in) throws IOException {
    int attributes = in.readUnsignedShort();
    for (int a = 0; a < attributes; a++) {
      in.skipNBytes(2);
      in.skipNBytes(in.readInt() & 0xFFFFFFFFL);
    }
  }
}
