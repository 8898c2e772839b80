package org.plinth.decision.robustness;

import java.util.SplittableRandom;

/**
 * A probability distribution of criterion weight vectors on the simplex (weights {@code >= 0},
 * summing to 1). Implementations are immutable and thread-safe; all randomness comes from the
 * generator passed to {@link #sample}, so a seeded generator gives reproducible draws.
 */
public sealed interface WeightDistribution permits UniformSimplex, BoundedSimplex, DirichletWeights {

    /** Number of criteria {@code m}, the length of each weight vector. */
    int criteria();

    /**
     * Draws one weight vector into {@code out[offset .. offset + criteria())}. The components are
     * non-negative and sum to 1 up to rounding.
     */
    void sample(SplittableRandom rng, double[] out, int offset);

    /** Uniform on the whole simplex: no preference information at all (SMAA's default). */
    static WeightDistribution uniform(int criteria) {
        return new UniformSimplex(criteria);
    }

    /** Uniform on the part of the simplex where {@code lower[i] <= w[i] <= upper[i]}. */
    static WeightDistribution bounded(double[] lower, double[] upper) {
        return BoundedSimplex.of(lower, upper);
    }

    /**
     * Uniform on the part of the simplex within {@code +-halfWidth} of the given central weights,
     * i.e. {@link #bounded} with {@code lower = max(0, c - h)} and {@code upper = min(1, c + h)}.
     */
    static WeightDistribution around(double[] centre, double halfWidth) {
        if (!(halfWidth >= 0)) {
            throw new IllegalArgumentException("weight half-width must be >= 0, was " + halfWidth);
        }
        double[] c = SimplexChecks.normalised(centre, "central weights");
        double[] lo = new double[c.length];
        double[] hi = new double[c.length];
        for (int i = 0; i < c.length; i++) {
            lo[i] = Math.max(0, c[i] - halfWidth);
            hi[i] = Math.min(1, c[i] + halfWidth);
        }
        return BoundedSimplex.of(lo, hi);
    }

    /**
     * Dirichlet with mean {@code centre} and concentration {@code kappa} (parameters
     * {@code alpha_i = kappa * centre_i}); the variance of {@code w_i} is
     * {@code c_i (1 - c_i) / (kappa + 1)}, so larger kappa means closer agreement.
     */
    static WeightDistribution dirichlet(double[] centre, double concentration) {
        return new DirichletWeights(centre, concentration);
    }
}
