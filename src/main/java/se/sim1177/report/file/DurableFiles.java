package se.sim1177.report.file;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Writing that survives a power loss: a file's bytes are flushed to the disk (fsync) before it is
 * closed, and a folder's entries before the folder is renamed, so a results folder that is in
 * place after a crash has all its files whole. Without this, a rename can reach the disk before
 * the data it names, and a folder that looks complete holds empty or cut files.
 */
final class DurableFiles {
  private DurableFiles() {}

  /** A file as written: its size in bytes and the SHA-256 of its bytes, in hexadecimal. */
  record Written(long bytes, String sha256) {}

  /**
   * Writes {@code file} (replacing any earlier content), flushes it to the disk and returns its size
   * and SHA-256, hashed on the way out: {@code run.json}'s record of the files then needs no second
   * reading of them, one after the other on the main thread, when the folder is sealed (issue 22).
   */
  static Written write(Path file, ResultFolder.BinaryWriter content) throws IOException {
    MessageDigest digest = FolderManifest.newDigest();
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE)) {
      OutputStream out = new BufferedOutputStream(new DigestOutputStream(Channels.newOutputStream(channel), digest), 1 << 16);
      content.writeTo(out);
      out.flush();
      channel.force(true);
      return new Written(channel.size(), HexFormat.of().formatHex(digest.digest()));
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
