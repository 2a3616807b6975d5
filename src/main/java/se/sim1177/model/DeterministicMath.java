package se.sim1177.model;

/**
 * The transcendental functions the simulator samples with. {@link Math#log} may differ in the last
 * bit between CPUs and JIT tiers, which would make results depend on the machine; {@link StrictMath}
 * (fdlibm) gives the same bits everywhere. Kept in one place so the choice is made once.
 */
public final class DeterministicMath {
  private DeterministicMath() {}

  public static double log(double x) {
    return StrictMath.log(x);
  }

  public static double exp(double x) {
    return StrictMath.exp(x);
  }
}
