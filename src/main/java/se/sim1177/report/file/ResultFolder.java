package se.sim1177.report.file;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A results folder that never destroys or mixes data, and that an interrupted run never leaves
 * looking complete.
 *
 * <ul>
 *   <li>Every file is written into a hidden staging folder beside the target,
 *       {@code .<name>.partial-<pid>-<n>}, and flushed to the disk; when all are written,
 *       {@code run.json} gets the list of them with their sizes and hashes ({@link FolderManifest}),
 *       the folder is flushed and renamed into place.
 *   <li>A target that exists and is not empty is refused, unless the caller allows overwriting
 *       and every file in the folder is one sim1177 wrote there, unchanged ({@link
 *       #isSim1177Folder}); then the old folder is renamed aside, the new one renamed in, and the
 *       old one removed only after that. A process killed between the two renames leaves the old
 *       folder aside, and the next results folder made beside it puts it back.
 *   <li>A default name (no {@code --out}) that is taken gets a suffix ({@code -2}, {@code -3}, ...),
 *       also when another process takes it between the check and the commit.
 *   <li>A staging folder is removed when the run fails, and by a shutdown hook on SIGINT/SIGTERM;
 *       staging folders of processes that no longer run (killed with SIGKILL) are removed the next
 *       time a results folder is created beside them. A folder set aside by an overwrite is never
 *       removed while it is the only complete copy: it is put back where it was.
 * </ul>
 *
 * <p>Folders are created with the process's default permissions (umask), not private ones.
 */
public final class ResultFolder implements AutoCloseable {
  /** The file whose presence marks a finished run. */
  public static final String COMPLETION_MARKER = "summary.json";
  /** The file by which a folder is recognised as one sim1177 wrote. */
  public static final String RUN_RECORD = "run.json";

  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final AtomicInteger COMMITTED = new AtomicInteger();
  /** Set when a signal (SIGINT, SIGTERM) has removed a staging folder that was being written. */
  private static volatile boolean abandonedOnSignal;
  private static final int MAX_SUFFIX = 1000;

  private final Path requested;
  private final boolean overwrite;
  private final boolean suffixWhenTaken;
  private Path staging;
  /** Each file written into the staging folder, by name: its size and SHA-256, for {@code run.json}'s record. */
  private final Map<String, DurableFiles.Written> written = new ConcurrentHashMap<>();
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
    Leftovers.tidyUp(parent);
    // The hook is in place before the staging folder exists, so a signal never finds one unguarded.
    this.cleanupOnSignal = new Thread(this::cleanUpOnSignal, "sim1177-remove-partial-results");
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
    if (Files.isDirectory(target.getParent())) {
      // An overwrite killed between its two renames left the old results aside: put them back
      // before deciding anything about the folder.
      Leftovers.tidyUp(target.getParent());
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
        throw new FolderRefusedException(option + " " + folder + ": --overwrite replaces only a results folder sim1177 wrote"
            + " and nobody changed since, and this one " + why + "; nothing was written; name a new folder");
      }
    }
    Path parent = target.getParent();
    for (Path p = parent; p != null; p = p.getParent()) {
      if (Files.exists(p) && !Files.isDirectory(p)) {
        throw new FolderRefusedException(option + " " + folder + ": " + p + " is a file, not a folder");
      }
      if (Files.exists(p)) {
        String why = whyCannotCreateIn(p);
        if (why != null) {
          throw new FolderRefusedException(option + " " + folder + ": cannot create the folder in " + p + ": " + why);
        }
        break;
      }
    }
    return target;
  }

  /**
   * Null when a folder can be created in {@code existing}; otherwise the operating system's reason
   * ("permission denied", "read-only file system"). It is found out by creating and removing a
   * hidden folder there, not by asking for permissions: those say nothing of a read-only file
   * system to the superuser, or of a file system that refuses for reasons of its own (/sys).
   */
  public static String whyCannotCreateIn(Path existing) {
    Path probe;
    try {
      probe = Files.createTempDirectory(existing, ".sim1177-probe-");
    } catch (IOException e) {
      return IoMessages.reason(e).replaceFirst(" \\(" + Pattern.quote(existing.toString()) + "[^)]*\\)$", "");
    } catch (RuntimeException e) {
      return e.getMessage();
    }
    try {
      Files.delete(probe);
    } catch (IOException e) {
      // It was created, so the folder can be written: the probe is hidden and harmless.
    }
    return null;
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

  /**
   * Whether a signal (SIGINT, SIGTERM) removed a staging folder of this process while it was being
   * written: a write failing after that is the interrupt's doing, which has been said already.
   */
  public static boolean abandonedOnSignal() {
    return abandonedOnSignal;
  }

  /**
   * Writes a text file (UTF-8) into the staging folder and flushes it to the disk; several threads
   * may each write a file of their own at once.
   */
  public void writeText(String name, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    write(name, out -> out.write(bytes));
  }

  /** Writes a binary file (a chart) through {@code writer} into the staging folder, as {@link #writeText}. */
  public void write(String name, BinaryWriter writer) throws IOException {
    written.put(name, DurableFiles.write(staging.resolve(name), writer));
  }

  /** Something that writes bytes. */
  public interface BinaryWriter {
    void writeTo(java.io.OutputStream out) throws IOException;
  }

  /**
   * Records the files written in {@code run.json} ({@link FolderManifest}), flushes the folder and
   * moves it into place.
   */
  public synchronized void commit() throws IOException {
    if (committed) {
      return;
    }
    boolean replacing = !suffixWhenTaken && Files.isDirectory(target) && !isEmpty(target);
    Path aside = replacing ? target.resolveSibling("." + target.getFileName() + ".replaced-" + ProcessHandle.current().pid() + "-"
        + SEQUENCE.incrementAndGet()) : null;
    seal(aside);
    if (suffixWhenTaken) {
      commitUnderFreeName();
    } else if (replacing) {
      replace(aside);
    } else {
      // A plain rename: it replaces an empty folder the user made for the results, and fails
      // (never deletes) if something else appeared there during the run.
      try {
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        if (Files.isDirectory(target) && !isEmpty(target)) {
          throw new IOException(takenMessage(""));
        }
        throw e;
      }
    }
    DurableFiles.flushFolder(target.getParent());
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

  /** Why a folder that was free when the run started cannot take its results now (Main adds "nothing was written"). */
  private String takenMessage(String orWhat) {
    return shownTarget() + ": another process (another run?) wrote into this folder while this run was simulating,"
        + " so it was left as it is; run again with a new --out" + orWhat;
  }

  /**
   * Adds the record of the files written to {@code run.json}, and the name the folder it replaces
   * will be set aside under ({@code aside}, null when it replaces none), and flushes the staging
   * folder.
   */
  private void seal(Path aside) throws IOException {
    Path record = staging.resolve(RUN_RECORD);
    if (Files.isRegularFile(record, LinkOption.NOFOLLOW_LINKS)) {
      writeText(RUN_RECORD, FolderManifest.seal(staging, RUN_RECORD, Files.readString(record, StandardCharsets.UTF_8),
          aside == null ? null : aside.getFileName().toString(), written));
    }
    DurableFiles.flushFolder(staging);
  }

  /**
   * Replaces an earlier sim1177 results folder: the old one is moved aside, the new one in, and
   * the old one is removed only once the new one is in place and flushed.
   */
  private void replace(Path aside) throws IOException {
    if (!overwrite) {
      throw new IOException(takenMessage(", or with --overwrite to replace what is there"));
    }
    String why = whyNotSim1177Folder(target);
    if (why != null) {
      throw new IOException(shownTarget() + " changed while this run was simulating and now " + why
          + ", so it was left as it is; run again with a new --out");
    }
    Path parent = target.getParent();
    Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
    // Checked again under the hidden name nobody writes to: a file saved into the folder between
    // the first check and the rename must not be deleted unseen.
    String changed = whyNotSim1177Folder(aside);
    if (changed != null) {
      Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
      throw new IOException(shownTarget() + " changed while it was being replaced and now " + changed
          + ", so it was left as it is; run again with a new --out");
    }
    try {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
      throw e;
    }
    DurableFiles.flushFolder(parent);
    Leftovers.deleteTree(aside);
  }

  /** Removes the staging folder if the run did not commit. */
  @Override
  public void close() {
    cleanUpIfNotCommitted();
    removeHook();
  }

  private synchronized void cleanUpIfNotCommitted() {
    if (!committed && staging != null) {
      Leftovers.deleteTree(staging);
    }
  }

  /** On SIGINT or SIGTERM: says so for the messages, then removes what was being written. */
  private void cleanUpOnSignal() {
    if (!committed && staging != null) {
      abandonedOnSignal = true;
    }
    cleanUpIfNotCommitted();
  }

  private void removeHook() {
    try {
      Runtime.getRuntime().removeShutdownHook(cleanupOnSignal);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running or has run: nothing to remove.
    }
  }

  /** Whether {@code folder} holds only files sim1177 wrote there (its {@code run.json} lists them), unchanged since. */
  static boolean isSim1177Folder(Path folder) {
    return whyNotSim1177Folder(folder) == null;
  }

  /**
   * Null when {@code folder} holds only files sim1177 wrote there, unchanged since; otherwise why
   * not, naming the first foreign or changed file.
   */
  private static String whyNotSim1177Folder(Path folder) {
    return FolderManifest.whyNotUnchanged(folder, RUN_RECORD);
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
}
