package se.sim1177.app;

import java.util.Locale;

/**
 * The heap a sweep keeps for its outputs while it runs, and the warning, before anything runs, when
 * its variants may not fit. Per variant it keeps its summary ({@link se.sim1177.experiment.ExperimentSummary})
 * and its assignments, and at the end it builds its row of {@code sweep.csv} and its points in
 * every chart and in {@code report.html}: about {@link #BYTES_PER_VARIANT} in all. Beside that, each
 * run needs room of its own for its callers and its full result (the bound on callers alone takes
 * up to 60 % of the heap), so the sweep's share is kept to {@link #SHARE_OF_HEAP}.
 */
final class SweepMemory {
  /**
   * Heap a sweep keeps per variant, in bytes. Measured on a sweep of 10,000 one-day variants with
   * three targets (100 values of one key by 100 of another): 36 MB live after the last collection
   * of the runs (about 3 kB a variant beside the program's own 6 MB) and at most 54 MB while the
   * charts and {@code report.html} were built (about 5 kB a variant). Rounded up, so the warning
   * errs on the side of warning.
   */
  static final long BYTES_PER_VARIANT = 8 * 1024;
  /** The part of {@link #BYTES_PER_VARIANT} that is the variant's summary, kept from its run to the end. */
  static final long SUMMARY_BYTES = 4 * 1024;
  /** The part of the heap a sweep's kept variants may take before the sweep is warned about. */
  static final double SHARE_OF_HEAP = 0.25;

  private SweepMemory() {}

  /** About how many bytes a sweep of {@code variants} keeps. */
  static long keptBytes(int variants) {
    return variants * BYTES_PER_VARIANT;
  }

  /**
   * The warning for a sweep of {@code variants} on a heap of at most {@code maxHeapBytes}
   * ({@link Runtime#maxMemory()}), without "warning: ", or null when it fits.
   */
  static String warning(int variants, long maxHeapBytes) {
    long kept = keptBytes(variants);
    if (kept <= SHARE_OF_HEAP * maxHeapBytes) {
      return null;
    }
    // A heap of four times what the sweep keeps, in whole 256 MB, leaves each run its room.
    long quarterGigabytes = (long) Math.ceil(kept / SHARE_OF_HEAP / (256.0 * 1024 * 1024));
    long suggestedMegabytes = quarterGigabytes * 256;
    return String.format(Locale.ROOT, "a sweep of %,d variants keeps about %,d MB for its outputs (%d kB a variant), more"
        + " than a quarter of this Java's %,d MB heap, and each run needs room of its own: it may run out of memory part-way."
        + " Give Java more memory (java -Xmx%dm -jar ..., or JAVA_TOOL_OPTIONS=-Xmx%dm), or split the sweep into smaller ones",
        variants, kept >> 20, BYTES_PER_VARIANT >> 10, maxHeapBytes >> 20, suggestedMegabytes, suggestedMegabytes);
  }
}
