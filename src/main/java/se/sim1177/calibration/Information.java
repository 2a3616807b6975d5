package se.sim1177.calibration;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import se.sim1177.experiment.ExperimentResult;

/**
 * What the figures tell about the keys, and the one generalised least-squares step it allows. The
 * figures' derivatives J by the keys (central differences on the same random numbers) give the
 * information JᵀΣ⁻¹J, Σ the misses' full covariance ({@link FigureStatistics#missCovariance}); its
 * inverse is the estimate's covariance, and a key's 95 % interval is value ± 1.96 standard errors
 * ({@link Identifiability}). From the search's point, one Gauss–Newton step weighs the figures by Σ
 * (a two-step estimator): the search weighs them as independent, on a smooth surface; the step
 * makes the estimate efficient and its covariance (JᵀΣ⁻¹J)⁻¹. All on the scaled keys.
 */
final class Information {
  /** The Hessian's step, on the [0, 1] scale of each key's range. */
  static final double STEP = 0.05;
  /** Relative eigenvalue below which a direction is flat. */
  static final double FLAT = 1e-6;

  private Information() {}

  /**
   * The figures' derivatives by the scaled keys at {@code x}: central differences on the same
   * random numbers, the stencil kept inside [0, 1]; row per figure, column per key.
   */
  static double[][] jacobian(double[] x, Simulations simulations, FigureStatistics figures) {
    int n = x.length;
    int m = figures.size();
    double[][] j = new double[m][n];
    for (int k = 0; k < n; k++) {
      double[] up = x.clone();
      double[] down = x.clone();
      up[k] = Math.min(1, x[k] + STEP);
      down[k] = Math.max(0, x[k] - STEP);
      if (up[k] - down[k] < STEP) {
        up[k] = Math.min(1, down[k] + 2 * STEP);
        down[k] = Math.max(0, up[k] - 2 * STEP);
      }
      ExperimentResult ru = simulations.at(up);
      ExperimentResult rd = simulations.at(down);
      for (int i = 0; i < m; i++) {
        j[i][k] = ru == null || rd == null ? 0
            : (ru.metric(figures.metric(i)).mean() - rd.metric(figures.metric(i)).mean()) / (up[k] - down[k]);
      }
    }
    return j;
  }

  /** JᵀΣ⁻¹J: what the figures tell about the scaled keys, their correlation counted once. */
  static double[][] information(double[][] j, double[][] sigma) {
    double[][] inverse = pseudoInverse(sigma);
    int m = j.length;
    int n = j[0].length;
    double[][] info = new double[n][n];
    for (int k = 0; k < n; k++) {
      for (int l = 0; l < n; l++) {
        for (int a = 0; a < m; a++) {
          for (int b = 0; b < m; b++) {
            info[k][l] += j[a][k] * inverse[a][b] * j[b][l];
          }
        }
      }
    }
    return info;
  }

  /**
   * The Gauss–Newton step −(JᵀΣ⁻¹J)⁺·JᵀΣ⁻¹·r from {@code x}, r the misses of the simulation
   * {@code at} there, each key's move capped at a quarter of its range (a linearisation is not
   * trusted further) and kept inside it; {@code x} itself when there is no simulation at it.
   */
  static double[] glsStep(double[] x, double[][] j, double[][] sigma, double[][] info, ExperimentResult at,
      FigureStatistics figures) {
    if (at == null) {
      return x;
    }
    int m = j.length;
    int n = x.length;
    double[][] inverse = pseudoInverse(sigma);
    double[] r = figures.misses(at);
    double[] g = new double[n];
    for (int k = 0; k < n; k++) {
      for (int a = 0; a < m; a++) {
        for (int b = 0; b < m; b++) {
          g[k] += j[a][k] * inverse[a][b] * r[b];
        }
      }
    }
    double[][] infoInverse = pseudoInverse(info);
    double[] next = x.clone();
    for (int k = 0; k < n; k++) {
      double step = 0;
      for (int l = 0; l < n; l++) {
        step -= infoInverse[k][l] * g[l];
      }
      next[k] = Math.min(1, Math.max(0, x[k] + Math.max(-0.25, Math.min(0.25, step))));
    }
    return next;
  }

  /** The flattest direction of the information, in the keys' own units per unit step. */
  static double[] ridgeDirection(double[][] information, ScaledKeys keys) {
    EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(information));
    double[] lambda = eigen.getRealEigenvalues();
    int flattest = 0;
    for (int i = 1; i < lambda.length; i++) {
      if (lambda[i] < lambda[flattest]) {
        flattest = i;
      }
    }
    double[] v = eigen.getEigenvector(flattest).toArray();
    double[] natural = new double[v.length];
    for (int j = 0; j < v.length; j++) {
      natural[j] = v[j] * (keys.get(j).high() - keys.get(j).low());
    }
    return natural;
  }

  /** The symmetric matrix's inverse on the directions it does not flatten (eigenvalues above {@value #FLAT} of the largest). */
  private static double[][] pseudoInverse(double[][] symmetric) {
    int n = symmetric.length;
    EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(symmetric));
    double[] lambda = eigen.getRealEigenvalues();
    double largest = 0;
    for (double l : lambda) {
      largest = Math.max(largest, Math.abs(l));
    }
    double[][] inverse = new double[n][n];
    for (int e = 0; e < n; e++) {
      if (!(lambda[e] > FLAT * largest)) {
        continue;
      }
      double[] v = eigen.getEigenvector(e).toArray();
      for (int i = 0; i < n; i++) {
        for (int k = 0; k < n; k++) {
          inverse[i][k] += v[i] * v[k] / lambda[e];
        }
      }
    }
    return inverse;
  }
}
