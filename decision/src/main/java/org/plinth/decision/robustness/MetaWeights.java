package org.plinth.decision.robustness;

/**
 * Meta-weights {@code 1 = alpha_1 >= alpha_2 >= ... >= alpha_k >= 0} for SMAA-2's holistic
 * acceptability index {@code a_i = sum_r alpha_r b_i^r} (Lahdelma &amp; Salminen 2001, section 3):
 * how much a rank-r place counts relative to a first place.
 */
public final class MetaWeights {
    private MetaWeights() {
    }

    /** {@code alpha_r = (k - r) / (k - 1)}: 1, ..., 0 in equal steps ({@code [1]} when k = 1). */
    public static double[] linear(int ranks) {
        double[] a = new double[check(ranks)];
        for (int r = 1; r <= ranks; r++) {
            a[r - 1] = ranks == 1 ? 1 : (ranks - r) / (double) (ranks - 1);
        }
        return a;
    }

    /** {@code alpha_r = 1 / r}. */
    public static double[] inverse(int ranks) {
        double[] a = new double[check(ranks)];
        for (int r = 1; r <= ranks; r++) {
            a[r - 1] = 1.0 / r;
        }
        return a;
    }

    /** Centroid weights {@code alpha_r = (sum_{q>=r} 1/q) / (sum_{q>=1} 1/q)}. */
    public static double[] centroid(int ranks) {
        double[] a = new double[check(ranks)];
        double tail = 0;
        for (int r = ranks; r >= 1; r--) {
            tail += 1.0 / r;
            a[r - 1] = tail;
        }
        for (int r = ranks - 1; r >= 0; r--) {
            a[r] /= a[0];
        }
        return a;
    }

    private static int check(int ranks) {
        if (ranks < 1) {
            throw new IllegalArgumentException("number of ranks for meta-weights must be >= 1, was " + ranks);
        }
        return ranks;
    }
}
