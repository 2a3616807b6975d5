package se.sim1177.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects the range checks of one record's constructor and throws them together. */
final class FieldChecks {
  private final List<FieldProblem> problems = new ArrayList<>();

  void require(boolean ok, String key, Object value, String complaint) {
    if (!ok) {
      problems.add(new FieldProblem(key, show(value), complaint));
    }
  }

  void probability(String key, double value) {
    require(value >= 0 && value <= 1, key, value, "must be a probability between 0 and 1");
  }

  void nonNegative(String key, double value) {
    require(value >= 0 && Double.isFinite(value), key, value, "must be zero or more");
  }

  /** A goal's optional answer rate (a probability) and optional mean wait (a positive duration). */
  void answerRateAndMeanWait(Double answerRate, Double meanWaitSeconds) {
    if (answerRate != null) {
      probability("answer_rate", answerRate);
    }
    if (meanWaitSeconds != null) {
      require(meanWaitSeconds > 0, "mean_wait", meanWaitSeconds, "must be a positive duration");
    }
  }

  void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidFieldsException(problems);
    }
  }

  static String show(Object value) {
    if (value instanceof Double d) {
      return formatNumber(d);
    }
    return String.valueOf(value);
  }

  static String formatNumber(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return String.format(Locale.ROOT, "%d", (long) d);
    }
    return String.format(Locale.ROOT, "%s", d);
  }
}
