package se.sim1177.reference;

import se.sim1177.engine.Xoshiro256PlusPlus;
import umontreal.ssj.rng.RandomStream;

/**
 * One of the engine's random streams seen through SSJ's {@link RandomStream} interface, so that the
 * SSJ reference model draws exactly the uniforms the engine draws for the same source and
 * replication. SSJ's variate generators and distributions then turn them into durations their own
 * way, and the agreement test compares the two models caller by caller (paired).
 */
final class EngineStream implements RandomStream {
  private final Xoshiro256PlusPlus generator;

  EngineStream(Xoshiro256PlusPlus generator) {
    this.generator = generator;
  }

  @Override
  public double nextDouble() {
    return generator.nextDouble();
  }

  @Override
  public void nextArrayOfDouble(double[] u, int start, int n) {
    for (int i = 0; i < n; i++) {
      u[start + i] = generator.nextDouble();
    }
  }

  @Override
  public int nextInt(int i, int j) {
    return i + (int) (generator.nextDouble() * (j - i + 1.0));
  }

  @Override
  public void nextArrayOfInt(int i, int j, int[] u, int start, int n) {
    for (int k = 0; k < n; k++) {
      u[start + k] = nextInt(i, j);
    }
  }

  @Override
  public void resetStartStream() {
    throw new UnsupportedOperationException("the engine's streams are positioned by StreamFamily");
  }

  @Override
  public void resetStartSubstream() {
    throw new UnsupportedOperationException("the engine's streams are positioned by StreamFamily");
  }

  @Override
  public void resetNextSubstream() {
    throw new UnsupportedOperationException("the engine's streams are positioned by StreamFamily");
  }

  @Override
  public String toString() {
    return "engine xoshiro256++ stream";
  }
}
