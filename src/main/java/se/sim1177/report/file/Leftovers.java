package se.sim1177.report.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What runs that were killed (SIGKILL, a power loss) leave beside results folders, and cleaning it
 * up without ever losing the only complete copy of a result: staging folders ({@code
 * .<name>.partial-<pid>-<n>}) are removed once stale, and an earlier result an overwrite had set
 * aside ({@code .<name>.replaced-<pid>-<n>}) is put back under its name when nothing stands there.
 */
final class Leftovers {
  /** How long a dead process's staging folder must have been left alone before it is removed. */
  static final java.time.Duration STALE_AFTER = java.time.Duration.ofMinutes(10);
  private static final Pattern STAGING = Pattern.compile("\\.(.+)\\.(partial|replaced)-(\\d+)-\\d+");

  private Leftovers() {}

  /**
   * Cleans up after processes that were killed (SIGKILL, power loss) in {@code parent}:
   *
   * <ul>
   *   <li>an earlier results folder that an overwrite had set aside ({@code .<name>.replaced-...})
   *       is put back under its name when nothing is there: the overwrite never finished, and
   *       this is the only complete copy; it is removed only when a complete sim1177 results folder
   *       stands under its name (the overwrite finished);
   *   <li>a staging folder ({@code .<name>.partial-...}) is removed once nobody has written to it
   *       for {@link #STALE_AFTER}: a process id that is not running here may belong to a run on
   *       another machine sharing the folder, and a live run writes its staging folder within
   *       seconds (it is created only once the simulation has finished).
   * </ul>
   */
  static void tidyUp(Path parent) {
    long staleBefore = System.currentTimeMillis() - STALE_AFTER.toMillis();
    try (Stream<Path> entries = Files.list(parent)) {
      for (Path p : (Iterable<Path>) entries::iterator) {
        Matcher m = STAGING.matcher(p.getFileName().toString());
        if (!m.matches() || !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) || isRunning(Long.parseLong(m.group(3)))) {
          continue;
        }
        if (m.group(2).equals("replaced")) {
          putBackOrRemove(p, parent.resolve(m.group(1)));
        } else if (Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toMillis() < staleBefore) {
          deleteTree(p);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Leftovers are hidden and harmless; cleaning them is a courtesy, and putting one back is
      // tried again the next time.
    }
  }

  /**
   * Puts a set-aside result back when nothing stands under its name; removes it only when the
   * result standing there is the overwrite that set it aside, unchanged (its {@code run.json}
   * names the set-aside folder under {@code replaces}): any other folder there (one the user made,
   * a later run's) leaves the set-aside copy where it is, since it may be the only one.
   */
  private static void putBackOrRemove(Path aside, Path original) throws IOException {
    if (!Files.exists(original, LinkOption.NOFOLLOW_LINKS)) {
      Files.move(aside, original, StandardCopyOption.ATOMIC_MOVE);
      DurableFiles.flushFolder(original.getParent());
    } else if (replacedBy(original, aside) && ResultFolder.isSim1177Folder(original)) {
      deleteTree(aside);
    }
  }

  private static boolean replacedBy(Path result, Path aside) {
    try {
      var record = Json.MAPPER.readTree(Files.readString(result.resolve(ResultFolder.RUN_RECORD)));
      return record != null && aside.getFileName().toString().equals(record.path(FolderManifest.REPLACES).asText(null));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static boolean isRunning(long pid) {
    return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  static void deleteTree(Path root) {
    // A writer may still be adding a file while the tree is removed on a signal: try a few times.
    for (int attempt = 0; attempt < 5 && Files.exists(root, LinkOption.NOFOLLOW_LINKS); attempt++) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
          Files.deleteIfExists(p);
        }
      } catch (IOException | RuntimeException e) {
        // Try again: something changed under the walk.
      }
    }
  }
}
