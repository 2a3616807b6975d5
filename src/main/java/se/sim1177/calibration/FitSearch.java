package se.sim1177.calibration;

import java.util.Arrays;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

/**
 * The search for the keys' values that minimise the {@link FigureStatistics#distance}. Every
 * evaluation simulates with the same seed (common random numbers), so χ² is a deterministic
 * function of the keys and its small changes are real. With two or more keys, Powell's BOBYQA
 * (commons-math3), a derivative-free trust-region method that fits a quadratic model to the
 * evaluations within bounds: a smooth, low-dimensional, bounded problem whose every evaluation is a
 * simulation, where it needs tens of evaluations and CMA-ES hundreds. With one key, Brent's method
 * on its range. Keys are searched scaled to [0, 1] ({@link ScaledKeys}).
 */
final class FitSearch {
  /** Largest number of evaluations of the search itself. */
  static final int MAX_SEARCH = 60;

  private FitSearch() {}

  /** The best point found from {@code start} (scaled keys): the optimiser's, or the best simulated if that is better. */
  static double[] search(double[] start, Simulations simulations, FigureStatistics figures) {
    int n = start.length;
    if (n == 1) {
      BrentOptimizer brent = new BrentOptimizer(1e-3, 1e-4);
      UnivariatePointValuePair found = brent.optimize(new MaxEval(MAX_SEARCH), GoalType.MINIMIZE,
          new SearchInterval(0, 1, Math.min(1, Math.max(0, start[0]))),
          new UnivariateObjectiveFunction(x -> figures.distance(simulations.at(new double[] {x}))));
      return new double[] {found.getPoint()};
    }
    double[] lower = new double[n];
    double[] upper = new double[n];
    Arrays.fill(upper, 1);
    double[] x0 = new double[n];
    for (int j = 0; j < n; j++) {
      x0[j] = Math.min(0.98, Math.max(0.02, start[j]));
    }
    MultivariateFunction f = x -> figures.distance(simulations.at(x));
    BOBYQAOptimizer bobyqa = new BOBYQAOptimizer(2 * n + 1, 0.15, 1e-3);
    PointValuePair found;
    try {
      found = bobyqa.optimize(new MaxEval(MAX_SEARCH), GoalType.MINIMIZE, new ObjectiveFunction(f), new InitialGuess(x0),
          new SimpleBounds(lower, upper));
    } catch (TooManyEvaluationsException e) {
      // The best point seen so far stands; the intervals say how sharply it is pinned down.
      found = simulations.bestSeen(figures);
    }
    PointValuePair seen = simulations.bestSeen(figures);
    return seen.getValue() < found.getValue() ? seen.getPoint() : found.getPoint();
  }
}
