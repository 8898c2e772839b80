package org.plinth.decision.robustness;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A Dirichlet distribution of weights centred on given weights: parameters
 * {@code alpha_i = kappa * c_i}, so that {@code E[w_i] = c_i} and
 * {@code Var[w_i] = c_i (1 - c_i) / (kappa + 1)}. A criterion with central weight 0 always gets
 * weight 0. {@code kappa = m} with equal central weights is the uniform simplex.
 *
 * <p>Algorithm: {@code w_i = G_i / sum G} with independent {@code G_i ~ Gamma(alpha_i, 1)}, drawn
 * by Marsaglia &amp; Tsang (2000, ACM TOMS 26(3)) for {@code alpha >= 1} and boosted as
 * {@code Gamma(alpha + 1) U^(1/alpha)} for {@code alpha < 1}. The gamma variates are kept as
 * logarithms and normalised with the log-sum-exp shift, so small {@code alpha} cannot underflow
 * to an all-zero vector.
 */
public final class DirichletWeights implements WeightDistribution {
    private final double[] centre;
    private final double concentration;
    private final double[] alpha;

    DirichletWeights(double[] centre, double concentration) {
        if (!(concentration > 0) || Double.isInfinite(concentration)) {
            throw new IllegalArgumentException("Dirichlet concentration must be finite and > 0, was " + concentration);
        }
        this.centre = SimplexChecks.normalised(centre, "central weights");
        this.concentration = concentration;
        this.alpha = new double[this.centre.length];
        for (int i = 0; i < alpha.length; i++) {
            alpha[i] = concentration * this.centre[i];
        }
    }

    @Override
    public int criteria() {
        return centre.length;
    }

    /** The mean weight vector (normalised to sum to 1). */
    public double[] centre() {
        return centre.clone();
    }

    public double concentration() {
        return concentration;
    }

    @Override
    public void sample(SplittableRandom rng, double[] out, int offset) {
        int m = alpha.length;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < m; i++) {
            double l = alpha[i] > 0 ? logGamma(rng, alpha[i]) : Double.NEGATIVE_INFINITY;
            out[offset + i] = l;
            max = Math.max(max, l);
        }
        double sum = 0;
        for (int i = 0; i < m; i++) {
            double e = Math.exp(out[offset + i] - max);
            out[offset + i] = e;
            sum += e;
        }
        // sum >= 1: the largest term is exp(0)
        for (int i = 0; i < m; i++) {
            out[offset + i] /= sum;
        }
    }

    /** Logarithm of a Gamma(a, 1) variate, a > 0. */
    static double logGamma(SplittableRandom rng, double a) {
        if (a < 1) {
            double u = 1.0 - rng.nextDouble(); // (0, 1]
            return logGamma(rng, a + 1) + Math.log(u) / a;
        }
        double d = a - 1.0 / 3.0;
        double c = 1.0 / Math.sqrt(9 * d);
        while (true) {
            double x = rng.nextGaussian();
            double t = 1 + c * x;
            if (t <= 0) {
                continue;
            }
            double v = t * t * t;
            double u = 1.0 - rng.nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return Math.log(d * v);
            }
        }
    }

    @Override
    public String toString() {
        return "DirichletWeights[centre=" + Arrays.toString(centre) + ", concentration=" + concentration + "]";
    }
}
