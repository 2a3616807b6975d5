package se.sim1177.report.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import se.sim1177.report.HostileText;

/**
 * What reaches the terminal (issue 17, item 5): every control character but LF and TAB shown as
 * its escape, whole text untouched otherwise, and the progress line's own carriage return let
 * through.
 */
class ConsoleStreamTest {
  private static String shown(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream console = ConsoleStream.to(bytes);
    console.print(text);
    console.flush();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theIssuesTitleAndClearScreenSequenceIsShownNotObeyed() {
    assertEquals("\\e]0;pwned\\a\\e[2Jname", shown(HostileText.TERMINAL));
  }

  @Test
  void everyControlCharacterHasAVisibleEscape() {
    assertEquals("\\0\\a\\b\\v\\f\\r\\e\\x01\\x1f\\x7f", shown("\0\u0007\b\u000b\f\r\u001b\u0001\u001f\u007f"));
    assertEquals("\\u0080\\u0085\\u009b\\u009f", shown("\u0080\u0085\u009b\u009f"));
    assertEquals("line\n\tindented\n", shown("line\n\tindented\n"), "LF and TAB shape the output");
  }

  @Test
  void textAroundControlsIsUntouched() {
    String text = "Vårdguiden 日本 \uD83D\uDE91 \u00a0\u00c2\u00a0 é";
    assertEquals(text, shown(text));
    assertEquals("a\\u009bb ä", shown("a\u009bb ä"));
  }

  /** A C1 control is two bytes in UTF-8; split over two writes it is still caught. */
  @Test
  void aC1ControlSplitOverTwoWritesIsStillShown() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream console = ConsoleStream.to(bytes);
    console.write(0xC2);
    console.write(0x9B);
    console.write(0xC2);
    console.write(0xA0);
    console.flush();
    assertEquals("\\u009b\u00a0", bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theProgressLinesCarriageReturnGoesThrough() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream console = ConsoleStream.to(bytes);
    console.print("50 %\r");
    ConsoleStream.returnToLineStart(console);
    console.print("60 %");
    console.flush();
    assertEquals("50 %\\r\r60 %", bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void wrappingTwiceFiltersOnce() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream console = ConsoleStream.to(ConsoleStream.to(bytes));
    ConsoleStream.returnToLineStart(console);
    console.print("\u001b");
    console.flush();
    assertEquals("\r\\e", bytes.toString(StandardCharsets.UTF_8));
  }
}
