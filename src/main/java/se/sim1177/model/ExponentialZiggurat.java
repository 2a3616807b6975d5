package se.sim1177.model;

/**
 * The unit exponential distribution by Marsaglia and Tsang's ziggurat ("The Ziggurat Method for
 * Generating Random Variables", J. Statistical Software 5(8), 2000; 256 layers, their constants
 * r = 7.697117470131487 and v = 3.949659822581572e-3), from one uniform and without a logarithm
 * in 97.8 % of draws: the uniform's 52 bits k give a layer (its low 8 bits, apart from the rest,
 * as Doornik recommends, "An Improved Ziggurat Method", 2005) and a point in it (the other 44);
 * a point inside the layer's rectangle under the curve is returned at once.
 *
 * <p>The rest (2.2 %: a point in a wedge beside the curve, or in the tail beyond r) needs more
 * uniforms. They come from a counter-based sequence keyed by k (SplitMix64's mixing function over
 * k and a counter, as {@link java.util.SplittableRandom} mixes its counter), not from the stream,
 * so every variate uses exactly one uniform of its stream, as an inversion does, and the
 * streams of two scenarios stay in step (common random numbers). The variate is a function of the
 * uniform, but not a monotone one. The wedge test and the tail use {@link DeterministicMath}, and
 * the tables are computed with {@link StrictMath}: the same bits on every machine.
 */
public final class ExponentialZiggurat {
  private static final int LAYERS = 256;
  private static final int LAYER_MASK = LAYERS - 1;
  /** The scale of a layer's 44-bit point index. */
  private static final double POINTS = 0x1.0p44;
  /** Where the tail begins (Marsaglia and Tsang's r for 256 layers). */
  private static final double R = 7.697117470131487;
  /** The area of every layer, the base strip with the tail included. */
  private static final double V = 3.949659822581572e-3;
  private static final double TWO_TO_52 = 0x1.0p52;
  private static final double ULP = 0x1.0p-52;
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  /** Keeps the sequence of the wedges apart from other uses of the same mixing function. */
  private static final long KEY = 0x5DEECE66DL;

  /** Per layer: a point index below this lies under the curve, in the layer's inner rectangle. */
  private static final long[] INNER = new long[LAYERS];
  /** Per layer: x per unit of the point index (the layer's right edge over 2^44). */
  private static final double[] WIDTH = new double[LAYERS];
  /** Per layer: the density at the layer's right edge. */
  private static final double[] DENSITY = new double[LAYERS];

  static {
    double x = R;
    double q = V / StrictMath.exp(-R);
    INNER[0] = (long) ((R / q) * POINTS);
    INNER[1] = 0;
    WIDTH[0] = q / POINTS;
    WIDTH[LAYERS - 1] = R / POINTS;
    DENSITY[0] = 1;
    DENSITY[LAYERS - 1] = StrictMath.exp(-R);
    for (int i = LAYERS - 2; i >= 1; i--) {
      double previous = x;
      x = -StrictMath.log(V / x + StrictMath.exp(-x));
      INNER[i + 1] = (long) ((x / previous) * POINTS);
      DENSITY[i] = StrictMath.exp(-x);
      WIDTH[i] = x / POINTS;
    }
  }

  private ExponentialZiggurat() {}

  /** A unit exponential variate from the uniform {@code u} in (0, 1). */
  public static double standard(double u) {
    long k = (long) (u * TWO_TO_52);
    int layer = (int) k & LAYER_MASK;
    long point = k >>> 8;
    if (point < INNER[layer]) {
      return point * WIDTH[layer];
    }
    return outside(k, layer, point);
  }

  /** The 2.2 % of draws outside the layers' inner rectangles: wedges and the tail. */
  private static double outside(long key, int layer, long point) {
    long counter = key ^ KEY;
    for (;;) {
      if (layer == 0) {
        // The tail beyond r: r plus a unit exponential (the distribution has no memory).
        counter += GOLDEN;
        return R - DeterministicMath.log(uniform(counter));
      }
      double x = point * WIDTH[layer];
      counter += GOLDEN;
      double y = DENSITY[layer] + uniform(counter) * (DENSITY[layer - 1] - DENSITY[layer]);
      if (y < DeterministicMath.exp(-x)) {
        return x;
      }
      counter += GOLDEN;
      long k = mix(counter) >>> 12;
      layer = (int) k & LAYER_MASK;
      point = k >>> 8;
      if (point < INNER[layer]) {
        return point * WIDTH[layer];
      }
    }
  }

  private static double uniform(long counter) {
    return ((mix(counter) >>> 12) + 0.5) * ULP;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
