package org.plinth.decision.overlay;

import java.util.List;
import java.util.Objects;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.Monitor;

/**
 * Ordered weighted averaging (OWA) with criterion weights, in the form used by IDRISI's MCE and by
 * Malczewski (2006): at each cell the criterion scores are ranked from largest to smallest,
 * {@code z_(1) ≥ … ≥ z_(n)}, with {@code u_(k)} the criterion weight of the k-th ranked criterion
 * and {@code v_k} the k-th order weight (see {@link OrderWeights}); the score is
 *
 * <pre>  S = Σ_k u_(k) v_k z_(k) / Σ_k u_(k) v_k</pre>
 *
 * Equal order weights give the weighted linear combination exactly; all order weight on the last
 * rank gives the minimum (risk-averse), on the first the maximum (risk-taking).
 *
 * <p>Ties: criteria with equal scores are ranked by their position in the criterion list (earlier
 * first), so results are deterministic. Criterion weights must all be positive here: a zero-weight
 * criterion would still take a rank and could leave the denominator zero.
 *
 * <p>References: Yager, R.R. (1988) IEEE Trans. SMC 18(1); Eastman, J.R. (1997) IDRISI for
 * Windows, MCE/OWA; Malczewski, J. (2006) "Ordered weighted averaging with fuzzy quantifiers",
 * Int. J. Appl. Earth Obs. Geoinf. 8:270–277.
 *
 * <p>NoData and constraints as in {@link WeightedLinearCombination}. Rows run in parallel.
 */
public final class OrderedWeightedAverage {
    private final List<FloatGrid> criteria;
    private final Weights weights;
    private final Weights orderWeights;
    private final List<ByteGrid> constraints;

    /**
     * @param criteria     standardised criterion grids (0..1), all on one grid
     * @param weights      one positive weight per criterion
     * @param orderWeights one weight per rank, largest score first
     * @param constraints  masks on the same grid, 1 allowed and 0 excluded; may be empty
     */
    public OrderedWeightedAverage(List<FloatGrid> criteria, Weights weights, Weights orderWeights,
                                  List<ByteGrid> constraints) {
        this.criteria = List.copyOf(Objects.requireNonNull(criteria, "criteria"));
        this.weights = Objects.requireNonNull(weights, "weights");
        this.orderWeights = Objects.requireNonNull(orderWeights, "orderWeights");
        this.constraints = List.copyOf(Objects.requireNonNull(constraints, "constraints"));
        checkSizes(this.criteria.size(), weights, orderWeights);
        GridOverlay.checkSameGrid(this.criteria, this.constraints);
    }

    private static void checkSizes(int n, Weights weights, Weights orderWeights) {
        if (weights.size() != n || orderWeights.size() != n) {
            throw new IllegalArgumentException("OWA needs one criterion weight and one order weight per criterion: "
                    + n + " criteria, " + weights.size() + " criterion weights, " + orderWeights.size()
                    + " order weights");
        }
        for (int j = 0; j < n; j++) {
            if (weights.get(j) == 0) {
                throw new IllegalArgumentException("OWA criterion weight " + (j + 1)
                        + " must be > 0, was 0; drop the criterion instead");
            }
        }
    }

    public FloatGrid compute() {
        return compute(Monitor.NONE);
    }

    public FloatGrid compute(Monitor monitor) {
        double[] u = weights.values();
        double[] v = orderWeights.values();
        return GridOverlay.run(criteria, constraints, () -> new Ranker(u, v)::combine, monitor);
    }

    /** The per-site form: one OWA score per row of {@code matrix}; a row with a NaN scores NaN. */
    public static double[] evaluate(double[][] matrix, Weights weights, Weights orderWeights) {
        int n = weights.size();
        checkSizes(n, weights, orderWeights);
        Ranker ranker = new Ranker(weights.values(), orderWeights.values());
        double[] out = new double[matrix.length];
        for (int i = 0; i < matrix.length; i++) {
            MatrixChecks.row(matrix, i, n);
            out[i] = ranker.combine(matrix[i]);
        }
        return out;
    }

    /** Per-thread scratch: ranks one cell's scores and applies the reweighted order weights. */
    private static final class Ranker {
        private final double[] u;
        private final double[] v;
        private final int[] order;

        Ranker(double[] u, double[] v) {
            this.u = u;
            this.v = v;
            this.order = new int[u.length];
        }

        double combine(double[] z) {
            int n = z.length;
            for (int j = 0; j < n; j++) {
                if (Double.isNaN(z[j])) {
                    return Double.NaN;
                }
            }
            // Insertion sort, descending by score, stable so ties keep criterion order (n is small).
            for (int j = 0; j < n; j++) {
                int k = j;
                while (k > 0 && z[order[k - 1]] < z[j]) {
                    order[k] = order[k - 1];
                    k--;
                }
                order[k] = j;
            }
            double num = 0;
            double den = 0;
            for (int k = 0; k < n; k++) {
                double uv = u[order[k]] * v[k];
                num += uv * z[order[k]];
                den += uv;
            }
            // den > 0: every u is positive and at least one v is.
            return num / den;
        }
    }
}
