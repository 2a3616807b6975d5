package se.sim1177.report.file;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writing that survives a power loss: a file's bytes are flushed to the disk (fsync) before it is
 * closed, and a folder's entries before the folder is renamed, so a results folder that is in
 * place after a crash has all its files whole. Without this, a rename can reach the disk before
 * the data it names, and a folder that looks complete holds empty or cut files.
 */
final class DurableFiles {
  private DurableFiles() {}

  /** Writes {@code file} (replacing any earlier content) and flushes it to the disk. */
  static void write(Path file, ResultFolder.BinaryWriter content) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE)) {
      OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
      content.writeTo(out);
      out.flush();
      channel.force(true);
    }
  }

  /**
   * Flushes {@code folder}'s entries (names created, renamed or removed in it) to the disk. Where
   * the platform cannot open a folder for this (Windows), there is nothing more Java can do, and
   * the folder is left as the file system keeps it.
   */
  static void flushFolder(Path folder) throws IOException {
    FileChannel channel;
    try {
      channel = FileChannel.open(folder, StandardOpenOption.READ);
    } catch (IOException | UnsupportedOperationException e) {
      return;
    }
    try (channel) {
      channel.force(true);
    } catch (IOException e) {
      // Some file systems (and Windows) refuse fsync on a folder: the files themselves are flushed.
    }
  }
}
