package se.sim1177.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A results folder that never destroys or mixes data, and that an interrupted run never leaves
 * looking complete.
 *
 * <ul>
 *   <li>Every file is written into a hidden staging folder beside the target,
 *       {@code .<name>.partial-<pid>-<n>}, which is renamed into place when all are written.
 *   <li>A target that exists and is not empty is refused, unless the caller allows overwriting
 *       and the folder is one sim1177 wrote itself ({@link #isSim1177Folder}); then the old folder
 *       is renamed aside, the new one renamed in, and the old one removed after.
 *   <li>A default name (no {@code --out}) that is taken gets a suffix ({@code -2}, {@code -3}, ...),
 *       also when another process takes it between the check and the commit.
 *   <li>A staging folder is removed when the run fails, and by a shutdown hook on SIGINT/SIGTERM;
 *       staging folders of processes that no longer run (killed with SIGKILL) are removed the next
 *       time a results folder is created beside them.
 * </ul>
 *
 * <p>Folders are created with the process's default permissions (umask), not private ones.
 */
public final class ResultFolder implements AutoCloseable {
  /** The file whose presence marks a finished run. */
  public static final String COMPLETION_MARKER = "summary.json";
  /** The file by which a folder is recognised as one sim1177 wrote. */
  public static final String RUN_RECORD = "run.json";

  /** Names of files sim1177 writes into a results folder, besides charts ({@code *.png}). */
  private static final Set<String> OWN_FILES = Set.of("summary.json", "intervals.csv", "daily.csv", "replications.csv",
      "groups.csv", "scenario.yaml", "run.json", "sweep.csv", "compare.csv", "base.yaml", "scaling.csv", "requirements.csv", "roster.yaml",
      "staffed-scenario.yaml", "staffing.json", "report.html");
  private static final Pattern OWN_FILE = Pattern.compile("alternative-\\d+\\.yaml|[a-z0-9_-]+\\.png");
  private static final Pattern STAGING = Pattern.compile("\\..+\\.(partial|replaced)-(\\d+)-\\d+");
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final AtomicInteger COMMITTED = new AtomicInteger();
  private static final int MAX_SUFFIX = 1000;
  /** How long a dead process's staging folder must have been left alone before it is removed. */
  static final java.time.Duration STALE_AFTER = java.time.Duration.ofMinutes(10);

  private final Path requested;
  private final boolean overwrite;
  private final boolean suffixWhenTaken;
  private Path staging;
  private final Thread cleanupOnSignal;
  private Path target;
  private boolean committed;

  private ResultFolder(Path requested, boolean overwrite, boolean suffixWhenTaken) throws IOException {
    this.requested = requested;
    this.overwrite = overwrite;
    this.suffixWhenTaken = suffixWhenTaken;
    this.target = requested;
    Path parent = requested.getParent();
    Files.createDirectories(parent);
    removeStaleStaging(parent);
    // The hook is in place before the staging folder exists, so a signal never finds one unguarded.
    this.cleanupOnSignal = new Thread(this::cleanUpIfNotCommitted, "sim1177-remove-partial-results");
    Runtime.getRuntime().addShutdownHook(cleanupOnSignal);
    try {
      createStaging(parent, "." + requested.getFileName() + ".partial-" + ProcessHandle.current().pid() + "-");
    } catch (IOException | RuntimeException e) {
      removeHook();
      throw e;
    }
  }

  /**
   * Checks {@code folder} as a user's {@code --out} and opens its staging folder.
   *
   * @param overwrite whether an earlier sim1177 results folder there may be replaced
   * @throws FolderRefusedException when the folder must not be written (exit code 2)
   * @throws IOException when the file system refuses (the operating system's reason in the message)
   */
  public static ResultFolder chosen(Path folder, boolean overwrite) throws FolderRefusedException, IOException {
    return chosen(folder, overwrite, "--out");
  }

  /** As {@link #chosen(Path, boolean)}, for a folder given with {@code option}. */
  public static ResultFolder chosen(Path folder, boolean overwrite, String option) throws FolderRefusedException, IOException {
    Path target = checkChosen(folder, overwrite, option);
    return new ResultFolder(target, overwrite, false);
  }

  /**
   * Checks what {@link #chosen} would refuse, without writing anything: so that a command can
   * refuse a bad {@code --out} before it spends time running.
   */
  public static Path checkChosen(Path folder, boolean overwrite, String option) throws FolderRefusedException, IOException {
    if (folder.toString().isBlank()) {
      throw new FolderRefusedException(option + ": an empty folder name is not allowed; name a folder, e.g. " + option + " results/my-run");
    }
    Path target = physical(folder);
    if (target.getParent() == null) {
      throw new FolderRefusedException(option + " " + folder + ": the root of the file system cannot be a results folder;"
          + " name a new folder, e.g. " + option + " results/my-run");
    }
    Path here = physical(Path.of("."));
    if (here.startsWith(target)) {
      throw new FolderRefusedException(option + " " + folder + ": is the folder you are working in"
          + (here.equals(target) ? "" : " (or holds it)")
          + ", which a results folder would replace; name a new folder, e.g. " + option + " results/my-run");
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new FolderRefusedException(option + " " + folder + ": " + (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
          ? "is a file" : "exists and is not a folder") + "; name a new folder");
    }
    if (Files.isDirectory(target) && !isEmpty(target)) {
      if (!overwrite) {
        throw new FolderRefusedException(option + " " + folder + ": the folder exists and is not empty; name a new folder"
            + (option.equals("--out") && isSim1177Folder(target) ? ", or add --overwrite to replace the earlier sim1177 result there"
                : ""));
      }
      String why = whyNotSim1177Folder(target);
      if (why != null) {
        throw new FolderRefusedException(option + " " + folder + ": --overwrite replaces only a results folder sim1177 wrote,"
            + " and this one " + why + "; name a new folder");
      }
    }
    Path parent = target.getParent();
    for (Path p = parent; p != null; p = p.getParent()) {
      if (Files.exists(p) && !Files.isDirectory(p)) {
        throw new FolderRefusedException(option + " " + folder + ": " + p + " is a file, not a folder");
      }
      if (Files.exists(p)) {
        break;
      }
    }
    return target;
  }

  /**
   * {@code folder} as the operating system resolves it: every existing folder on the way is taken
   * at its real path, so {@code link/../x} means what it means to the file system (the parent of
   * the link's target), not what text normalisation would make of it. The last name is kept as
   * written, so a link there is still seen, and refused, as a link.
   */
  static Path physical(Path folder) {
    Path abs = folder.toAbsolutePath();
    Path current = abs.getRoot();
    int parts = abs.getNameCount();
    for (int i = 0; i < parts; i++) {
      String name = abs.getName(i).toString();
      if (name.equals(".") || name.isEmpty()) {
        continue;
      }
      if (name.equals("..")) {
        current = current.getParent() == null ? current : current.getParent();
        continue;
      }
      current = current.resolve(name);
      if (i < parts - 1 && Files.exists(current)) {
        try {
          current = current.toRealPath();
        } catch (IOException e) {
          // Keep the path as written; the file system will say what is wrong when it is used.
        }
      }
    }
    return current;
  }

  /**
   * Opens a default results folder: {@code folder}, or {@code folder-2}, {@code folder-3}, ... when
   * that name is taken, now or by the time the run commits.
   */
  public static ResultFolder defaultName(Path folder) throws IOException {
    Path target = folder.toAbsolutePath().normalize();
    return new ResultFolder(freeName(target, 1), false, true);
  }

  /** The folder the results are (or will be) in. */
  public Path target() {
    return target;
  }

  /** The folder as a user would type it: relative to the working folder when it is inside it. */
  public String shownTarget() {
    Path here = Path.of("").toAbsolutePath();
    return target.startsWith(here) && !target.equals(here) ? here.relativize(target).toString() : target.toString();
  }

  /** How many results folders this process has moved into place (for the message on an interrupt). */
  public static int committedFolders() {
    return COMMITTED.get();
  }

  /** Writes a text file into the staging folder; several threads may each write a file of their own at once. */
  public void writeText(String name, String text) throws IOException {
    Files.writeString(staging.resolve(name), text, StandardCharsets.UTF_8);
  }

  /** Writes a binary file (a chart) through {@code writer} into the staging folder, as {@link #writeText}. */
  public void write(String name, BinaryWriter writer) throws IOException {
    try (var out = Files.newOutputStream(staging.resolve(name))) {
      writer.writeTo(out);
    }
  }

  /** Something that writes bytes. */
  public interface BinaryWriter {
    void writeTo(java.io.OutputStream out) throws IOException;
  }

  /** Moves the finished folder into place. */
  public synchronized void commit() throws IOException {
    if (committed) {
      return;
    }
    if (suffixWhenTaken) {
      commitUnderFreeName();
    } else if (Files.isDirectory(target) && !isEmpty(target)) {
      replace();
    } else {
      // A plain rename: it replaces an empty folder the user made for the results, and fails
      // (never deletes) if something else appeared there during the run.
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    }
    committed = true;
    COMMITTED.incrementAndGet();
    removeHook();
  }

  private void commitUnderFreeName() throws IOException {
    int suffix = suffixOf(target);
    while (true) {
      try {
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        return;
      } catch (IOException e) {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
          throw e;
        }
        // Another run took the name since this one was opened: take the next free one.
        target = freeName(requested, suffix + 1);
        suffix = suffixOf(target);
      }
    }
  }

  /** Replaces an earlier sim1177 results folder: the old one is moved aside, the new one in, the old one removed. */
  private void replace() throws IOException {
    String why = whyNotSim1177Folder(target);
    if (why != null || !overwrite) {
      throw new IOException(target + " changed during the run and is no longer a sim1177 results folder; nothing replaced");
    }
    Path parent = target.getParent();
    Path aside = parent.resolve("." + target.getFileName() + ".replaced-" + ProcessHandle.current().pid() + "-"
        + SEQUENCE.incrementAndGet());
    Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
    try {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
      throw e;
    }
    deleteTree(aside);
  }

  /** Removes the staging folder if the run did not commit. */
  @Override
  public void close() {
    cleanUpIfNotCommitted();
    removeHook();
  }

  private synchronized void cleanUpIfNotCommitted() {
    if (!committed && staging != null) {
      deleteTree(staging);
    }
  }

  private void removeHook() {
    try {
      Runtime.getRuntime().removeShutdownHook(cleanupOnSignal);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running or has run: nothing to remove.
    }
  }

  /** Whether {@code folder} holds only what sim1177 writes, with its {@code run.json}. */
  public static boolean isSim1177Folder(Path folder) {
    return whyNotSim1177Folder(folder) == null;
  }

  /** Null when {@code folder} is a sim1177 results folder; otherwise what it holds that makes it not one. */
  private static String whyNotSim1177Folder(Path folder) {
    Path record = folder.resolve(RUN_RECORD);
    if (!Files.isRegularFile(record, LinkOption.NOFOLLOW_LINKS)) {
      return "has no " + RUN_RECORD;
    }
    try {
      JsonNode run = Json.MAPPER.readTree(Files.readString(record, StandardCharsets.UTF_8));
      if (run == null || !run.path("version").isTextual() || !run.path("command_line").isArray()) {
        return "has a " + RUN_RECORD + " that sim1177 did not write";
      }
    } catch (IOException e) {
      return "has a " + RUN_RECORD + " that sim1177 did not write";
    }
    try (Stream<Path> entries = Files.list(folder)) {
      for (Path p : (Iterable<Path>) entries::iterator) {
        String name = p.getFileName().toString();
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          return "holds " + name + ", which is not a file sim1177 writes";
        }
        if (!OWN_FILES.contains(name) && !OWN_FILE.matcher(name).matches()) {
          return "holds " + name + ", which sim1177 did not write";
        }
      }
    } catch (IOException e) {
      return "cannot be listed (" + IoMessages.reason(e) + ")";
    }
    return null;
  }

  private static boolean isEmpty(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    }
  }

  private static Path freeName(Path target, int fromSuffix) {
    for (int suffix = fromSuffix; suffix < MAX_SUFFIX; suffix++) {
      Path candidate = suffix == 1 ? target : target.resolveSibling(target.getFileName() + "-" + suffix);
      if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
        return candidate;
      }
    }
    return target.resolveSibling(target.getFileName() + "-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet());
  }

  private int suffixOf(Path candidate) {
    String name = candidate.getFileName().toString();
    String base = requested.getFileName().toString();
    if (name.equals(base)) {
      return 1;
    }
    try {
      return Integer.parseInt(name.substring(base.length() + 1));
    } catch (RuntimeException e) {
      return MAX_SUFFIX;
    }
  }

  private synchronized void createStaging(Path parent, String prefix) throws IOException {
    while (true) {
      Path candidate = parent.resolve(prefix + SEQUENCE.incrementAndGet());
      try {
        // Named before it is made, so that a signal arriving in between still removes it.
        staging = candidate;
        Files.createDirectory(candidate);
        return;
      } catch (FileAlreadyExistsException e) {
        // Taken by an earlier folder of this process id: try the next number.
      }
    }
  }

  /**
   * Removes staging and set-aside folders in {@code parent} whose process no longer runs and that
   * nobody has written to for {@link #STALE_AFTER}: a process id that is not running here may belong
   * to a run on another machine or in another container sharing the folder, and a live run writes
   * its staging folder within seconds (it is created only once the simulation has finished).
   */
  static void removeStaleStaging(Path parent) {
    long staleBefore = System.currentTimeMillis() - STALE_AFTER.toMillis();
    try (Stream<Path> entries = Files.list(parent)) {
      for (Path p : (Iterable<Path>) entries::iterator) {
        Matcher m = STAGING.matcher(p.getFileName().toString());
        if (m.matches() && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !isRunning(Long.parseLong(m.group(2)))
            && Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toMillis() < staleBefore) {
          deleteTree(p);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Stale staging folders are hidden and harmless; cleaning them is a courtesy.
    }
  }

  private static boolean isRunning(long pid) {
    return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  private static void deleteTree(Path root) {
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
