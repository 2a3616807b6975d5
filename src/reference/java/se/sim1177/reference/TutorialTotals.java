package se.sim1177.reference;

/**
 * What a run of the tutorial call centre counted, summed over its days.
 *
 * @param days simulated days
 * @param offered calls that arrived
 * @param answered calls an agent answered
 * @param lost calls that hung up before an answer: the tutorial's abandonments, zero-patience
 *     callers (sim1177's balks) included
 * @param waitSeconds time in queue summed over all offered calls, each lost call up to its
 *     patience (zero for a zero-patience caller)
 */
public record TutorialTotals(long days, long offered, long answered, long lost, double waitSeconds) {
  public static final TutorialTotals NONE = new TutorialTotals(0, 0, 0, 0, 0);

  public TutorialTotals plus(TutorialTotals other) {
    return new TutorialTotals(days + other.days, offered + other.offered, answered + other.answered,
        lost + other.lost, waitSeconds + other.waitSeconds);
  }

  public double answerRate() {
    return (double) answered / offered;
  }

  /** Mean time in queue over all offered calls (sim1177's {@code mean_wait_all_s}). */
  public double meanWaitSeconds() {
    return waitSeconds / offered;
  }

  public String summary() {
    return String.format(java.util.Locale.ROOT,
        "%d days, %d calls offered (%.1f a day), answer rate %.4f, lost %.4f, mean wait of all calls %.2f s",
        days, offered, (double) offered / days, answerRate(), (double) lost / offered, meanWaitSeconds());
  }
}
