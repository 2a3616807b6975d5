package se.sim1177.report.file;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * The operating system's reason for a failed file operation, in words ("permission denied",
 * "is a file"), rather than the bare path Java's exceptions carry as their message.
 */
public final class IoMessages {
  private IoMessages() {}

  /** Why {@code e} happened, with the path it concerns when that is not obvious. */
  public static String reason(IOException e) {
    if (e instanceof AccessDeniedException a) {
      return "permission denied" + on(a);
    }
    if (e instanceof NotDirectoryException n) {
      return "not a folder" + on(n);
    }
    if (e instanceof FileAlreadyExistsException f) {
      return "already exists" + on(f);
    }
    if (e instanceof DirectoryNotEmptyException d) {
      return "folder not empty" + on(d);
    }
    if (e instanceof NoSuchFileException n) {
      return "no such file or folder" + on(n);
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      String reason = f.getReason();
      if (reason.equals("Not a directory")) {
        reason = "is a file, not a folder";
      }
      return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1) + on(f);
    }
    return e.getMessage() == null ? "input/output error" : e.getMessage();
  }

  private static String on(FileSystemException e) {
    return e.getFile() == null ? "" : " (" + e.getFile() + ")";
  }
}
