package org.plinth.decision.compare;

import java.util.Arrays;

/**
 * Kendall's rank correlation tau-b between two paired samples, ties allowed:
 *
 * <pre>  τ_b = (n_c - n_d) / sqrt((n_0 - n_1)(n_0 - n_2))</pre>
 *
 * with {@code n_c}/{@code n_d} the concordant/discordant pairs, {@code n_0 = n(n-1)/2},
 * {@code n_1}/{@code n_2} the pairs tied in the first/second sample. A pair is concordant when
 * {@code (a_i - a_j)(b_i - b_j) > 0}, so both samples must order the same way (both ranks, best
 * = 1, or both scores, best = highest). Agrees with {@code scipy.stats.kendalltau} (variant "b").
 *
 * <p>Algorithm: Knight (1966), "A computer method for calculating Kendall's tau with ungrouped
 * data", JASA 61: sort by (a, b), count ties, then count discordant pairs as the inversions of b
 * in a merge sort; O(n log n).
 *
 * <p>Degenerate cases: fewer than two pairs, or one sample entirely tied, give NaN (tau-b is
 * undefined). NaN inputs and unequal lengths are refused.
 */
public final class KendallTau {
    private KendallTau() {
    }

    /** Tau-b of {@code a} against {@code b}. */
    public static double tauB(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("Kendall's tau needs paired samples of one length, were "
                    + a.length + " and " + b.length);
        }
        for (int i = 0; i < a.length; i++) {
            if (Double.isNaN(a[i]) || Double.isNaN(b[i])) {
                throw new IllegalArgumentException("Kendall's tau samples must be numbers, pair " + (i + 1)
                        + " was (" + a[i] + ", " + b[i] + ")");
            }
        }
        int n = a.length;
        if (n < 2) {
            return Double.NaN;
        }
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (i, j) -> a[i] != a[j] ? Double.compare(a[i], a[j]) : Double.compare(b[i], b[j]));
        double[] sa = new double[n];
        double[] sb = new double[n];
        for (int i = 0; i < n; i++) {
            sa[i] = a[boxed[i]];
            sb[i] = b[boxed[i]];
        }
        long n0 = (long) n * (n - 1) / 2;
        long n1 = tiedPairs(sa, null);
        long n3 = tiedPairs(sa, sb);
        long nd = inversions(sb, new double[n], 0, n);
        // sb is now sorted ascending.
        long n2 = tiedPairs(sb, null);
        long nc = n0 - n1 - n2 + n3 - nd;
        double den = Math.sqrt((double) (n0 - n1) * (double) (n0 - n2));
        return den == 0 ? Double.NaN : (nc - nd) / den;
    }

    /** Pairs tied in sorted {@code x} (and in {@code y} too, when given; y sorted within x ties). */
    private static long tiedPairs(double[] x, double[] y) {
        long pairs = 0;
        int run = 1;
        for (int i = 1; i <= x.length; i++) {
            boolean same = i < x.length && x[i] == x[i - 1] && (y == null || y[i] == y[i - 1]);
            if (same) {
                run++;
            } else {
                pairs += (long) run * (run - 1) / 2;
                run = 1;
            }
        }
        return pairs;
    }

    /** Sorts {@code x[from, to)} ascending and returns the number of strict inversions. */
    private static long inversions(double[] x, double[] tmp, int from, int to) {
        if (to - from < 2) {
            return 0;
        }
        int mid = (from + to) >>> 1;
        long count = inversions(x, tmp, from, mid) + inversions(x, tmp, mid, to);
        int i = from;
        int j = mid;
        int k = from;
        while (i < mid && j < to) {
            if (x[j] < x[i]) {
                count += mid - i;
                tmp[k++] = x[j++];
            } else {
                tmp[k++] = x[i++];
            }
        }
        while (i < mid) {
            tmp[k++] = x[i++];
        }
        while (j < to) {
            tmp[k++] = x[j++];
        }
        System.arraycopy(tmp, from, x, from, to - from);
        return count;
    }
}
