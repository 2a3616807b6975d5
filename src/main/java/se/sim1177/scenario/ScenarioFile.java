package se.sim1177.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import se.sim1177.scenario.YamlNode.Location;

/**
 * The text of a scenario file as the user gave it: a file, a pipe ({@code <(...)} in a shell) or a
 * device, refused with one located message when missing, too large, unreadable, not UTF-8, or a
 * pipe that delivers nothing. The one way a scenario file is read, so every command refuses a file
 * with the same words; {@link ScenarioReader} parses what it returns.
 */
public final class ScenarioFile {
  private ScenarioFile() {}

  /**
   * Largest scenario file read, in bytes (1 MiB). A scenario is a few kB; a file far larger is
   * the wrong file, and parsing it would take long and much memory before failing.
   */
  public static final long MAX_BYTES = 1L << 20;

  /** How long a scenario given as a pipe or device may take to be read to its end. */
  static final int PIPE_WAIT_SECONDS = 10;

  /**
   * The text of a scenario file, refused with one message when missing, too large, unreadable or not
   * UTF-8: the one way a scenario file is read, so every command refuses a file with the same words.
   */
  public static String readText(Path file) throws ScenarioException {
    try {
      long bytes = Files.size(file);
      if (bytes > MAX_BYTES) {
        throw fileProblem(file, "is " + bytes + " bytes; a scenario file may be at most " + MAX_BYTES
            + " bytes (1 MiB), and a scenario is a few kB: is this the right file?");
      }
      byte[] read = Files.isRegularFile(file) ? readAtMost(file) : readPipe(file);
      if (read.length > MAX_BYTES) {
        throw fileProblem(file, "holds more than " + MAX_BYTES + " bytes; a scenario file may be at most 1 MiB,"
            + " and a scenario is a few kB: is this the right file?");
      }
      return decodeUtf8(read, file.toString());
    } catch (java.nio.file.NoSuchFileException e) {
      throw fileProblem(file, "no such file");
    } catch (IOException e) {
      throw fileProblem(file, Files.isDirectory(file) ? "is a folder, not a scenario file" : "could not be read: " + e.getMessage());
    }
  }

  /** At most one byte past the limit: a device or a pipe reports size 0 and may never end. */
  private static byte[] readAtMost(Path file) throws IOException {
    try (java.io.InputStream in = Files.newInputStream(file)) {
      return in.readNBytes((int) MAX_BYTES + 1);
    }
  }

  /**
   * A pipe ({@code <(...)} in a shell) or a device, read on a thread of its own: opening a named
   * pipe that nothing writes to waits forever, so a pipe that has not been read to its end within
   * {@link #PIPE_WAIT_SECONDS} is refused instead of hanging the command.
   */
  private static byte[] readPipe(Path file) throws IOException, ScenarioException {
    java.util.concurrent.CompletableFuture<byte[]> text = new java.util.concurrent.CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try {
        text.complete(readAtMost(file));
      } catch (IOException | RuntimeException e) {
        text.completeExceptionally(e);
      }
    }, "sim1177-read-scenario-pipe");
    reader.setDaemon(true);
    reader.start();
    try {
      return text.get(PIPE_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      reader.interrupt();
      throw fileProblem(file, "is not a file but a pipe or device, and it did not deliver a scenario within "
          + PIPE_WAIT_SECONDS + " s (nothing writes to it?); give a scenario file (.yaml)");
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while reading " + file);
    }
  }

  /** {@code bytes} as UTF-8 text; refused, naming the line of the first byte that is not UTF-8, when they are not. */
  private static String decodeUtf8(byte[] bytes, String source) throws ScenarioException {
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
    java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    java.nio.charset.CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      int line = 1;
      for (int i = 0; i < at; i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      String shown = String.format(java.util.Locale.ROOT, "0x%02X", bytes[at] & 0xff);
      throw new ScenarioException(List.of(new ScenarioProblem(new Location(source, line), "",
          "is not UTF-8 text (byte " + shown + " at byte offset " + at + "); save the file as UTF-8")));
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  private static ScenarioException fileProblem(Path file, String message) {
    return new ScenarioException(List.of(new ScenarioProblem(new Location(file.toString(), 0), "", message)));
  }

}
