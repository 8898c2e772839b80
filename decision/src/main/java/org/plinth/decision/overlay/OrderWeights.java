package org.plinth.decision.overlay;

/**
 * Order weights for {@link OrderedWeightedAverage} and their measures. Order weight {@code k}
 * (0-based) applies to the {@code k}-th largest criterion score at a cell: putting all weight on
 * the first gives the maximum (risk-taking, "OR"), on the last the minimum (risk-averse, "AND"),
 * equal weights the weighted linear combination (full trade-off).
 *
 * <p>Risk attitude uses Yager's regular increasing monotone quantifier {@code Q(r) = r^α}
 * (Yager 1996, "Quantifier guided aggregation using OWA operators", Int. J. Intell. Syst. 11;
 * applied to GIS by Malczewski 2006, Int. J. Appl. Earth Obs. Geoinf. 8): order weight
 * {@code v_k = Q(k/n) - Q((k-1)/n)}, k = 1..n. α → 0 gives the maximum, α = 1 equal weights,
 * α → ∞ the minimum.
 */
public final class OrderWeights {
    private OrderWeights() {
    }

    /**
     * Order weights for risk attitude {@code alpha} ≥ 0 over {@code n} criteria; {@code alpha = 0}
     * is the maximum and {@code Double.POSITIVE_INFINITY} the minimum.
     */
    public static Weights forRiskAttitude(int n, double alpha) {
        if (n < 1) {
            throw new IllegalArgumentException("number of criteria must be >= 1, was " + n);
        }
        if (!(alpha >= 0)) {
            throw new IllegalArgumentException("risk attitude alpha must be >= 0, was " + alpha);
        }
        double[] v = new double[n];
        if (alpha == 0) {
            v[0] = 1;
        } else if (Double.isInfinite(alpha)) {
            v[n - 1] = 1;
        } else {
            for (int k = 1; k <= n; k++) {
                v[k - 1] = Math.pow((double) k / n, alpha) - Math.pow((double) (k - 1) / n, alpha);
            }
        }
        return Weights.of("order weight", v);
    }

    /** All weight on the largest score (logical OR, most risk-taking). */
    public static Weights max(int n) {
        return forRiskAttitude(n, 0);
    }

    /** All weight on the smallest score (logical AND, most risk-averse). */
    public static Weights min(int n) {
        return forRiskAttitude(n, Double.POSITIVE_INFINITY);
    }

    /**
     * Yager's orness {@code Σ (n-k)/(n-1) v_k} (k = 1..n): 1 for the maximum, 0.5 for equal weights,
     * 0 for the minimum. 0.5 for a single criterion.
     */
    public static double orness(Weights order) {
        int n = order.size();
        if (n == 1) {
            return 0.5;
        }
        double s = 0;
        for (int k = 0; k < n; k++) {
            s += (n - 1 - k) * order.get(k);
        }
        return s / (n - 1);
    }

    /**
     * Eastman's trade-off {@code 1 - sqrt(n Σ (v_k - 1/n)² / (n - 1))}: 1 for equal weights (full
     * trade-off), 0 when one position takes all the weight. 1 for a single criterion.
     */
    public static double tradeoff(Weights order) {
        int n = order.size();
        if (n == 1) {
            return 1;
        }
        double s = 0;
        for (int k = 0; k < n; k++) {
            double d = order.get(k) - 1.0 / n;
            s += d * d;
        }
        return 1 - Math.sqrt(n * s / (n - 1));
    }
}
