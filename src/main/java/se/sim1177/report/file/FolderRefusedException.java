package se.sim1177.report.file;

/**
 * A results folder that must not be written: the name is empty, it is a file, it holds something
 * that is not an earlier sim1177 result, or it is not empty and overwriting was not asked for. Bad
 * input (exit code 2); the message names the folder and the way out.
 */
public final class FolderRefusedException extends Exception {
  private static final long serialVersionUID = 1L;

  public FolderRefusedException(String message) {
    super(message);
  }
}
