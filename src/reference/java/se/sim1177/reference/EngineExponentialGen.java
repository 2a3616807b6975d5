package se.sim1177.reference;

import se.sim1177.model.ExponentialZiggurat;
import umontreal.ssj.randvar.ExponentialGen;
import umontreal.ssj.rng.RandomStream;

/**
 * SSJ's exponential generator drawing the way the engine does: the engine's ziggurat on one
 * uniform, scaled by the mean, instead of SSJ's inversion. With inversion the reference would turn
 * the same uniform into another duration than the engine, and the two models would no longer see
 * the same callers; the ziggurat itself is tested against the exponential distribution on its own
 * ({@code ExponentialZigguratTest}).
 */
final class EngineExponentialGen extends ExponentialGen {
  private final RandomStream uniforms;
  private final double mean;

  EngineExponentialGen(RandomStream stream, double rate) {
    super(stream, rate);
    this.uniforms = stream;
    this.mean = 1 / rate;
  }

  @Override
  public double nextDouble() {
    return mean * ExponentialZiggurat.standard(uniforms.nextDouble());
  }
}
