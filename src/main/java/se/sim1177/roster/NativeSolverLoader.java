package se.sim1177.roster;

import com.google.ortools.Loader;

/**
 * Loads OR-Tools' native solver once per JVM, on first use, so commands that never solve a roster
 * never unpack it. The build packs the native library of the platform it ran on only (see the
 * pom's OR-Tools profiles), so a jar carried to another platform fails here, with a message.
 */
final class NativeSolverLoader {
  private static boolean loaded;

  private NativeSolverLoader() {}

  static synchronized void ensureLoaded() {
    if (loaded) {
      return;
    }
    try {
      Loader.loadNativeLibraries();
    } catch (RuntimeException | LinkageError e) {
      throw new RosterSolverException("cannot load the OR-Tools native solver on "
          + System.getProperty("os.name") + "/" + System.getProperty("os.arch")
          + " (a jar holds the solver of the platform that built it; build it on this one): " + e, e);
    }
    loaded = true;
  }
}
