package se.sim1177.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import se.sim1177.report.file.FolderRefusedException;
import se.sim1177.report.file.IoMessages;
import se.sim1177.report.file.ResultFolder;

/**
 * Where a command's results go: the folder named with {@code --out} (refused when it holds
 * anything but, with {@code --overwrite}, an earlier sim1177 result), or a new default folder.
 * {@link #check} runs before the simulation so a bad folder costs nothing; {@link #open} after it,
 * so an interrupted simulation leaves no staging folder behind.
 *
 * @param chosen the {@code --out} folder, or null for the default
 * @param overwrite whether {@code --overwrite} was given
 */
public record ResultsTarget(Path chosen, boolean overwrite) {
  /** Refuses a folder that must not be written, and one whose nearest existing parent cannot be written. */
  void check() throws UsageException {
    if (chosen == null) {
      if (overwrite) {
        throw new UsageException("--overwrite replaces the folder named with --out; give --out DIR too (a default folder is always new)");
      }
      Path existing = Path.of("results").toAbsolutePath();
      while (existing != null && !Files.exists(existing)) {
        existing = existing.getParent();
      }
      String why = existing == null ? null
          : Files.isDirectory(existing) ? ResultFolder.whyCannotCreateIn(existing) : existing + " is a file";
      if (why != null) {
        throw new UsageException("cannot create the results folder under " + Path.of("results").toAbsolutePath() + ": "
            + (Files.isDirectory(existing) ? why + " in " + existing : why) + "; name a folder you can write with --out");
      }
      return;
    }
    try {
      ResultFolder.checkChosen(chosen, overwrite, "--out");
    } catch (FolderRefusedException e) {
      throw new UsageException(e.getMessage());
    } catch (IOException e) {
      throw new UsageException("--out " + chosen + ": " + IoMessages.reason(e));
    }
  }

  /** Opens the results folder: the chosen one, or {@code defaultFolder} (with a suffix if taken). */
  ResultFolder open(Path defaultFolder) throws UsageException {
    Path folder = chosen != null ? chosen : defaultFolder;
    try {
      return chosen != null ? ResultFolder.chosen(chosen, overwrite) : ResultFolder.defaultName(defaultFolder);
    } catch (FolderRefusedException e) {
      throw new UsageException(e.getMessage());
    } catch (IOException e) {
      throw new UsageException("cannot create the results folder " + folder + ": " + IoMessages.reason(e));
    }
  }
}
