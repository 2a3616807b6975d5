package se.sim1177.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A results folder written so that an interrupted run never leaves something that looks complete:
 * every file is first written into a hidden staging folder beside the target, and only when all
 * are written is the staging folder renamed into place (or, when the target folder already exists,
 * each file moved in, {@code summary.json} last).
 */
public final class ResultFolder implements AutoCloseable {
  /** The file whose presence marks a finished run; moved into place last. */
  public static final String COMPLETION_MARKER = "summary.json";

  private final Path target;
  private final Path staging;
  private final List<String> files = new ArrayList<>();
  private boolean committed;

  public ResultFolder(Path target) throws IOException {
    this.target = target.toAbsolutePath().normalize();
    Path parent = this.target.getParent();
    Files.createDirectories(parent);
    if (Files.exists(this.target) && !Files.isDirectory(this.target)) {
      throw new IOException(target + " exists and is not a folder");
    }
    this.staging = Files.createTempDirectory(parent, "." + this.target.getFileName() + ".partial-");
  }

  public Path target() {
    return target;
  }

  /** Writes a text file into the staging folder. */
  public void writeText(String name, String text) throws IOException {
    Files.writeString(staging.resolve(name), text, StandardCharsets.UTF_8);
    files.add(name);
  }

  /** Writes a binary file (a chart) through {@code writer} into the staging folder. */
  public void write(String name, BinaryWriter writer) throws IOException {
    try (var out = Files.newOutputStream(staging.resolve(name))) {
      writer.writeTo(out);
    }
    files.add(name);
  }

  /** Something that writes bytes. */
  public interface BinaryWriter {
    void writeTo(java.io.OutputStream out) throws IOException;
  }

  /** Moves the finished files into place. */
  public void commit() throws IOException {
    if (!Files.exists(target)) {
      try {
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
        return;
      } catch (AtomicMoveNotSupportedException e) {
        Files.createDirectories(target);
      }
    }
    List<String> order = new ArrayList<>(files);
    order.sort(Comparator.comparing(name -> name.equals(COMPLETION_MARKER)));
    // An older run's marker goes first, so the folder never shows a marker next to mixed files.
    Files.deleteIfExists(target.resolve(COMPLETION_MARKER));
    for (String name : order) {
      Files.move(staging.resolve(name), target.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    deleteStaging();
    committed = true;
  }

  /** Removes the staging folder if the run did not commit. */
  @Override
  public void close() {
    if (!committed) {
      deleteStaging();
    }
  }

  private void deleteStaging() {
    if (!Files.exists(staging)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(staging)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // Leftover staging folders are hidden and named .partial; nothing else to do.
    }
  }

}
