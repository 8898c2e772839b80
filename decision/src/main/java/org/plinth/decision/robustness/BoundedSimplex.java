package org.plinth.decision.robustness;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.plinth.raster.InvalidInputException;

/**
 * The uniform distribution on the part of the weight simplex inside a box:
 * {@code {w : lower_i <= w_i <= upper_i, sum w_i = 1}}.
 *
 * <p>Algorithm: the lower bounds are met exactly by the affine map
 * {@code w = lower + (1 - sum lower) v} with {@code v} uniform on the simplex (an affine image of a
 * uniform distribution is uniform); the upper bounds are then met by rejection. The acceptance
 * probability is computed when the distribution is built, exactly by inclusion-exclusion over the
 * violated upper bounds, {@code P = sum over S of (-1)^|S| (1 - sum_{i in S} u_i)_+^(m-1)} with
 * {@code u_i = (upper_i - lower_i) / (1 - sum lower)}, the volume formula for a simplex cut by
 * half-spaces. When more than {@value #EXACT_TERM_BUDGET} subsets contribute (many criteria with
 * tight bounds) it is estimated instead from {@value #PILOT_PROPOSALS} seeded proposals.
 *
 * <p>Limits: construction fails with an {@link InvalidInputException} when the bounds miss the
 * simplex or when the acceptance is below {@value #MIN_ACCEPTANCE}, since rejection would then cost
 * more than a thousand proposals per draw; {@link WeightDistribution#dirichlet} is the alternative
 * for tight agreement. When the lower bounds sum to 1 every draw is the lower-bound vector.
 */
public final class BoundedSimplex implements WeightDistribution {
    /** Smallest acceptance probability of the rejection step that is accepted. */
    public static final double MIN_ACCEPTANCE = 1e-3;
    static final long EXACT_TERM_BUDGET = 1L << 20;
    static final int PILOT_PROPOSALS = 200_000;
    private static final long PILOT_SEED = 0x5EEDL;
    private static final double DEGENERATE_FREE = 1e-12;

    private final double[] lower;
    private final double[] upper;
    private final double free;
    private final double acceptance;

    private BoundedSimplex(double[] lower, double[] upper, double free) {
        this.lower = lower;
        this.upper = upper;
        this.free = free;
        this.acceptance = free <= DEGENERATE_FREE ? 1.0 : computeAcceptance();
    }

    static BoundedSimplex of(double[] lower, double[] upper) {
        double free = 1 - validate(lower, upper);
        BoundedSimplex d = new BoundedSimplex(lower.clone(), upper.clone(), Math.max(free, 0));
        if (d.acceptance < MIN_ACCEPTANCE) {
            throw new InvalidInputException("weight bounds leave a share of " + d.acceptance
                    + " of the simplex for rejection sampling (minimum " + MIN_ACCEPTANCE
                    + "); widen the bounds or use a Dirichlet distribution centred on the weights");
        }
        return d;
    }

    /** Checks the bounds and returns the sum of the lower bounds. */
    private static double validate(double[] lower, double[] upper) {
        if (lower == null || upper == null || lower.length == 0 || lower.length != upper.length) {
            throw new InvalidInputException("weight bounds must be two non-empty arrays of equal length, were "
                    + (lower == null ? "null" : lower.length) + " and " + (upper == null ? "null" : upper.length));
        }
        double sumLo = 0;
        double sumHi = 0;
        for (int i = 0; i < lower.length; i++) {
            if (!(lower[i] >= 0 && lower[i] <= upper[i] && upper[i] <= 1)) {
                throw new InvalidInputException("weight bounds must satisfy 0 <= lower <= upper <= 1, criterion "
                        + i + " was [" + lower[i] + ", " + upper[i] + "]");
            }
            sumLo += lower[i];
            sumHi += upper[i];
        }
        if (sumLo > 1 + SimplexChecks.SUM_TOLERANCE || sumHi < 1 - SimplexChecks.SUM_TOLERANCE) {
            throw new InvalidInputException("weight bounds must admit weights summing to 1, but lower bounds sum to "
                    + sumLo + " and upper bounds to " + sumHi);
        }
        return sumLo;
    }

    @Override
    public int criteria() {
        return lower.length;
    }

    /** Probability that one uniform proposal meets the upper bounds (exact or estimated, see class). */
    public double acceptance() {
        return acceptance;
    }

    public double[] lower() {
        return lower.clone();
    }

    public double[] upper() {
        return upper.clone();
    }

    @Override
    public void sample(SplittableRandom rng, double[] out, int offset) {
        int m = lower.length;
        if (free <= DEGENERATE_FREE) {
            double sum = Arrays.stream(lower).sum();
            for (int i = 0; i < m; i++) {
                out[offset + i] = lower[i] / sum;
            }
            return;
        }
        while (!propose(rng, out, offset)) {
            // rejected: draw again; the acceptance was checked at construction
        }
    }

    /** One proposal meeting the lower bounds; true when it also meets the upper bounds. */
    private boolean propose(SplittableRandom rng, double[] out, int offset) {
        int m = lower.length;
        UniformSimplex.fill(rng, out, offset, m);
        boolean inside = true;
        for (int i = 0; i < m; i++) {
            double w = lower[i] + free * out[offset + i];
            out[offset + i] = w;
            inside &= w <= upper[i];
        }
        return inside;
    }

    private double computeAcceptance() {
        double exact = exactAcceptance(EXACT_TERM_BUDGET);
        return Double.isNaN(exact) ? pilotAcceptance() : exact;
    }

    /** Acceptance by inclusion-exclusion; NaN when more than {@code budget} terms would be needed. */
    double exactAcceptance(long budget) {
        int m = lower.length;
        double[] u = new double[m];
        int k = 0;
        for (int i = 0; i < m; i++) {
            double ui = (upper[i] - lower[i]) / free;
            if (ui < 1) {
                u[k++] = ui; // u_i >= 1 can never be violated
            }
        }
        double[] binding = Arrays.copyOf(u, k);
        Arrays.sort(binding);
        long[] left = {budget};
        double p = inclusionExclusion(binding, 0, 0.0, 1, m - 1, left);
        return left[0] < 0 ? Double.NaN : Math.max(0, Math.min(1, p));
    }

    /**
     * Sum over subsets S of {@code u[start..]} (added to a running subset with sum {@code sum} and
     * sign {@code sign}) of {@code sign (-1)^|S| (1 - sum - sum_S u)^power} for subset sums below 1;
     * {@code u} is sorted ascending so the walk stops at the first u that overshoots. Decrements
     * {@code budget[0]} per term and gives up (budget negative) when it runs out.
     */
    private static double inclusionExclusion(double[] u, int start, double sum, int sign, int power, long[] budget) {
        if (--budget[0] < 0) {
            return Double.NaN;
        }
        double total = sign * Math.pow(1 - sum, power);
        for (int i = start; i < u.length && sum + u[i] < 1; i++) {
            total += inclusionExclusion(u, i + 1, sum + u[i], -sign, power, budget);
            if (budget[0] < 0) {
                return Double.NaN;
            }
        }
        return total;
    }

    /** Acceptance estimated from {@value #PILOT_PROPOSALS} proposals with a fixed seed. */
    double pilotAcceptance() {
        SplittableRandom rng = new SplittableRandom(PILOT_SEED);
        double[] w = new double[lower.length];
        int accepted = 0;
        for (int i = 0; i < PILOT_PROPOSALS; i++) {
            if (propose(rng, w, 0)) {
                accepted++;
            }
        }
        return accepted / (double) PILOT_PROPOSALS;
    }

    @Override
    public String toString() {
        return "BoundedSimplex[lower=" + Arrays.toString(lower) + ", upper=" + Arrays.toString(upper)
                + ", acceptance=" + acceptance + "]";
    }
}
