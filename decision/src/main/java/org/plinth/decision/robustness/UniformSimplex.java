package org.plinth.decision.robustness;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The uniform distribution on the weight simplex {@code {w : w_i >= 0, sum w_i = 1}}.
 *
 * <p>Algorithm: exponential spacings. Draw {@code E_i = -ln U_i} (independent standard
 * exponentials) and set {@code w_i = E_i / sum E}. The result is Dirichlet(1, ..., 1), which is
 * exactly uniform on the simplex; it equals in distribution the gaps between sorted uniforms
 * (Devroye 1986, <i>Non-Uniform Random Variate Generation</i>, ch. V.2) but needs no sort.
 *
 * @param criteria number of criteria, {@code >= 1}
 */
public record UniformSimplex(int criteria) implements WeightDistribution {

    public UniformSimplex {
        if (criteria < 1) {
            throw new IllegalArgumentException("number of criteria must be >= 1, was " + criteria);
        }
    }

    @Override
    public void sample(SplittableRandom rng, double[] out, int offset) {
        fill(rng, out, offset, criteria);
    }

    /** Writes a uniform point of the {@code m}-simplex to {@code out[offset .. offset + m)}. */
    static void fill(SplittableRandom rng, double[] out, int offset, int m) {
        double sum = 0;
        for (int i = 0; i < m; i++) {
            // 1 - nextDouble() lies in (0, 1], so the logarithm is finite
            double e = -Math.log(1.0 - rng.nextDouble());
            out[offset + i] = e;
            sum += e;
        }
        if (sum == 0) {
            // every U_i was exactly 1 (probability 2^-53m): the limit point is the centre
            Arrays.fill(out, offset, offset + m, 1.0 / m);
            return;
        }
        double inv = 1.0 / sum;
        for (int i = 0; i < m; i++) {
            out[offset + i] *= inv;
        }
    }
}
