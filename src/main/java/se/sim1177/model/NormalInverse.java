package se.sim1177.model;

/**
 * The standard normal quantile function by Wichura's algorithm AS 241 (PPND16, Applied Statistics
 * 37, 1988), accurate to about 1e-16 relative: rational approximations in three regions, with only
 * a logarithm and a square root, so it is fast and, with {@link DeterministicMath}, bit-reproducible.
 */
final class NormalInverse {
  private NormalInverse() {}

  /** z with Φ(z) = u, for u in (0, 1). */
  static double standard(double u) {
    double q = u - 0.5;
    if (Math.abs(q) <= 0.425) {
      // Both degree-7 polynomials in Estrin's form: the same coefficients, a shorter chain of
      // dependent operations than Horner's, which matters on the sampling hot path.
      double r = 0.180625 - q * q;
      double r2 = r * r;
      double r4 = r2 * r2;
      double num = (3.387132872796366608 + 133.14166789178437745 * r)
          + r2 * (1971.5909503065514427 + 13731.693765509461125 * r)
          + r4 * ((45921.953931549871457 + 67265.770927008700853 * r)
              + r2 * (33430.575583588128105 + 2509.0809287301226727 * r));
      double den = (1.0 + 42.313330701600911252 * r)
          + r2 * (687.1870074920579083 + 5394.1960214247511077 * r)
          + r4 * ((21213.794301586595867 + 39307.89580009271061 * r)
              + r2 * (28729.085735721942674 + 5226.495278852854561 * r));
      return q * num / den;
    }
    double r = q < 0 ? u : 1 - u;
    r = Math.sqrt(-DeterministicMath.log(r));
    double z;
    if (r <= 5) {
      r -= 1.6;
      z = (((((((7.7454501427834140764e-4 * r + 0.0227238449892691845833) * r + 0.24178072517745061177) * r
                  + 1.27045825245236838258) * r + 3.64784832476320460504) * r + 5.7694972214606914055) * r
              + 4.6303378461565452959) * r + 1.42343711074968357734)
          / (((((((1.05075007164441684324e-9 * r + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r
                  + 0.14810397642748007459) * r + 0.68976733498510000455) * r + 1.6763848301838038494) * r
              + 2.05319162663775882187) * r + 1.0);
    } else {
      r -= 5;
      z = (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r
                  + 0.026532189526576123093) * r + 0.29656057182850489123) * r + 1.7848265399172913358) * r
              + 5.4637849111641143699) * r + 6.6579046435011037772)
          / (((((((2.04426310338993978564e-15 * r + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r
                  + 7.868691311456132591e-4) * r + 0.0148753612908506148525) * r + 0.13692988092273580531) * r
              + 0.59983220655588793769) * r + 1.0);
    }
    return q < 0 ? -z : z;
  }
}
