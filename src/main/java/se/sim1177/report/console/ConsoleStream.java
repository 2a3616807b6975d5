package se.sim1177.report.console;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import se.sim1177.report.format.ControlCharacters;

/**
 * Standard output or standard error as the command line writes them: UTF-8 text in which every
 * control character but line feed and tab is shown as its escape ({@link ControlCharacters}), so
 * no scenario name, path, {@code --set} value or error message quoting one can move the cursor,
 * retitle the window or clear the screen. It filters the bytes under the stream, so nothing printed
 * through it, by any command or by picocli, can forget. The one control character let through is
 * the carriage return of a progress line that rewrites itself ({@link #returnToLineStart}).
 */
public final class ConsoleStream extends PrintStream {
  private final VisibleControls filter;

  private ConsoleStream(VisibleControls filter) {
    super(filter, true, StandardCharsets.UTF_8);
    this.filter = filter;
  }

  /**
   * A stream that writes UTF-8 text to {@code target} with its control characters made visible;
   * {@code target} itself when it is one already (a second filter would escape the progress line's
   * carriage return).
   */
  public static ConsoleStream to(OutputStream target) {
    return target instanceof ConsoleStream console ? console : new ConsoleStream(new VisibleControls(target));
  }

  /**
   * Moves the cursor to the start of the line on {@code stream}: a carriage return, let through a
   * console stream's filter only here, for a progress line that overwrites itself on a terminal.
   */
  public static void returnToLineStart(PrintStream stream) {
    if (stream instanceof ConsoleStream console) {
      console.flush();
      synchronized (console) {
        console.filter.writeUnfiltered('\r');
      }
    } else {
      stream.print('\r');
    }
  }

  /**
   * The filter on UTF-8 bytes: a C0 control or DEL is one byte below 0x20 or 0x7F (never part of a
   * longer character), a C1 control the two bytes 0xC2 0x80 to 0xC2 0x9F. A 0xC2 is held back
   * until the byte after it shows which it starts.
   */
  private static final class VisibleControls extends FilterOutputStream {
    private static final int C1_LEAD = 0xC2;
    private boolean leadHeld;

    VisibleControls(OutputStream target) {
      super(target);
    }

    @Override
    public synchronized void write(int b) throws IOException {
      int v = b & 0xFF;
      if (leadHeld) {
        leadHeld = false;
        if (v >= 0x80 && v <= 0x9F) {
          writeEscape(v); // U+0080 to U+009F
          return;
        }
        out.write(C1_LEAD);
      }
      if (v == C1_LEAD) {
        leadHeld = true;
      } else if (isControlByte(v)) {
        writeEscape(v);
      } else {
        out.write(v);
      }
    }

    /** Writes runs of ordinary bytes at once: console text is mostly ordinary. */
    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
      int end = offset + length;
      int run = offset;
      for (int i = offset; i < end; i++) {
        int v = bytes[i] & 0xFF;
        if (!leadHeld && v != C1_LEAD && !isControlByte(v)) {
          continue;
        }
        out.write(bytes, run, i - run);
        write(v);
        run = i + 1;
      }
      out.write(bytes, run, end - run);
    }

    /** A C0 control (but LF and TAB) or DEL; a byte from 0x80 up is part of a longer character. */
    private static boolean isControlByte(int v) {
      return v < 0x80 && ControlCharacters.shownAsEscape(v);
    }

    private void writeEscape(int c) throws IOException {
      out.write(ControlCharacters.escape(c).getBytes(StandardCharsets.US_ASCII));
    }

    synchronized void writeUnfiltered(int b) {
      try {
        out.write(b);
        out.flush();
      } catch (IOException e) {
        // As PrintStream does: a console that cannot be written to is not worth failing a run over.
      }
    }

    @Override
    public synchronized void close() throws IOException {
      if (leadHeld) {
        leadHeld = false;
        out.write(C1_LEAD);
      }
      super.close();
    }
  }
}
