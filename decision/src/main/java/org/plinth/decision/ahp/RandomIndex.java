package org.plinth.decision.ahp;

import java.util.Arrays;
import java.util.Locale;

/**
 * Random-index tables: the mean consistency index of random reciprocal matrices of order n, the
 * denominator of the consistency ratio {@code CR = CI / RI(n)}. RI is 0 for n ≤ 2 (every 1×1 and
 * 2×2 reciprocal matrix is consistent), and CR is then 0.
 *
 * <ul>
 * <li>{@link #SAATY_1980} (default): Saaty, T.L. (1980) The Analytic Hierarchy Process,
 *     McGraw-Hill, p. 21: n = 3…15: 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48,
 *     1.56, 1.57, 1.59.</li>
 * <li>{@link #SAATY_2005}: Saaty, T.L. (2005) Theory and Applications of the Analytic Network
 *     Process, RWS Publications, p. 31 (larger simulation): n = 3…15: 0.52, 0.89, 1.11, 1.25, 1.35,
 *     1.40, 1.45, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59.</li>
 * <li>{@link #DONEGAN_DODD_1991}: Donegan, H.A. and Dodd, F.J. (1991) "A note on Saaty's random
 *     indexes", Mathematical and Computer Modelling 15(10):135–137: n = 3…20: 0.4914, 0.8286,
 *     1.0591, 1.1797, 1.2519, 1.3171, 1.3733, 1.4055, 1.4213, 1.4497, 1.4643, 1.4822, 1.4969,
 *     1.5078, 1.5153, 1.5262, 1.5313, 1.5371; then n = 25, 30, 40, …, 100: 1.5619, 1.5772, 1.5976,
 *     1.6102, 1.6178, 1.6237, 1.6277, 1.6213, 1.6339 (values between listed orders are linearly
 *     interpolated).</li>
 * </ul>
 *
 * Orders beyond a table are refused rather than extrapolated.
 */
public enum RandomIndex {
    SAATY_1980("saaty1980", "Saaty 1980",
            new int[] {3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
            new double[] {0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59}),
    SAATY_2005("saaty2005", "Saaty 2005",
            new int[] {3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
            new double[] {0.52, 0.89, 1.11, 1.25, 1.35, 1.40, 1.45, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59}),
    DONEGAN_DODD_1991("donegan-dodd", "Donegan & Dodd 1991",
            new int[] {3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
                25, 30, 40, 50, 60, 70, 80, 90, 100},
            new double[] {0.4914, 0.8286, 1.0591, 1.1797, 1.2519, 1.3171, 1.3733, 1.4055, 1.4213, 1.4497,
                1.4643, 1.4822, 1.4969, 1.5078, 1.5153, 1.5262, 1.5313, 1.5371,
                1.5619, 1.5772, 1.5976, 1.6102, 1.6178, 1.6237, 1.6277, 1.6213, 1.6339});

    private final String id;
    private final String citation;
    private final int[] orders;
    private final double[] values;

    RandomIndex(String id, String citation, int[] orders, double[] values) {
        this.id = id;
        this.citation = citation;
        this.orders = orders;
        this.values = values;
    }

    /** The name used in files and output, e.g. {@code saaty1980}. */
    public String id() {
        return id;
    }

    /** Short citation, e.g. {@code Saaty 1980}. */
    public String citation() {
        return citation;
    }

    /** Largest order the table covers. */
    public int maxOrder() {
        return orders[orders.length - 1];
    }

    /** RI for {@code n} criteria; 0 for n ≤ 2. */
    public double value(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("matrix order must be >= 1, was " + n);
        }
        if (n <= 2) {
            return 0;
        }
        if (n > maxOrder()) {
            throw new IllegalArgumentException("random index table " + id + " covers up to " + maxOrder()
                    + " criteria, was " + n + (this == DONEGAN_DODD_1991 ? "" : "; use donegan-dodd"));
        }
        int k = Arrays.binarySearch(orders, n);
        if (k >= 0) {
            return values[k];
        }
        int hi = -k - 1;
        int lo = hi - 1;
        double t = (n - orders[lo]) / (double) (orders[hi] - orders[lo]);
        return values[lo] + t * (values[hi] - values[lo]);
    }

    /** The table named {@code id} ({@code saaty1980}, {@code saaty2005}, {@code donegan-dodd}). */
    public static RandomIndex fromId(String id) {
        String key = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (RandomIndex r : values()) {
            if (r.id.equals(key)) {
                return r;
            }
        }
        throw new IllegalArgumentException("random index must be one of saaty1980, saaty2005, donegan-dodd, was '"
                + id + "'");
    }
}
