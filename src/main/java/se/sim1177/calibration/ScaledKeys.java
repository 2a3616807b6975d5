package se.sim1177.calibration;

import java.util.ArrayList;
import java.util.List;
import se.sim1177.scenario.Durations;

/**
 * The fitted keys on the scale the search works on: each key's range mapped to [0, 1], so a step
 * is the same share of every key's range. A point is also named by the values the scenario gets,
 * each formatted as the scenario writes it, so two points written alike are one simulation.
 */
final class ScaledKeys {
  private final List<FitKey> keys;

  ScaledKeys(List<FitKey> keys) {
    this.keys = List.copyOf(keys);
  }

  int size() {
    return keys.size();
  }

  FitKey get(int j) {
    return keys.get(j);
  }

  List<FitKey> all() {
    return keys;
  }

  /** Key {@code j}'s value, in its own units, at {@code x} on its scale (clamped to [0, 1]). */
  double natural(int j, double x) {
    FitKey k = keys.get(j);
    return k.low() + Math.min(1, Math.max(0, x)) * (k.high() - k.low());
  }

  /** Key {@code j}'s value {@code v} on its [0, 1] scale (clamped to it). */
  double scaled(int j, double v) {
    FitKey k = keys.get(j);
    return Math.min(1, Math.max(0, (v - k.low()) / (k.high() - k.low())));
  }

  /** The point {@code x} as {@code --set} overrides, one per key. */
  List<String> overrides(double[] x) {
    List<String> overrides = new ArrayList<>();
    for (int j = 0; j < x.length; j++) {
      overrides.add(keys.get(j).override(natural(j, x[j])));
    }
    return overrides;
  }

  /** A point by the values the scenario gets (so two points written alike are one simulation). */
  String id(double[] x) {
    StringBuilder s = new StringBuilder();
    for (int j = 0; j < x.length; j++) {
      s.append(keys.get(j).format(natural(j, x[j]))).append(';');
    }
    return s.toString();
  }

  /** The point an {@link #id} names, on the scaled keys. */
  double[] point(String id) {
    String[] parts = id.split(";");
    double[] x = new double[parts.length];
    for (int j = 0; j < parts.length; j++) {
      FitKey k = keys.get(j);
      double v = k.duration() ? Durations.parseSeconds(parts[j]) : Double.parseDouble(parts[j]);
      x[j] = scaled(j, v);
    }
    return x;
  }
}
