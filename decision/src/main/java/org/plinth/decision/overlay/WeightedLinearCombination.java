package org.plinth.decision.overlay;

import java.util.List;
import java.util.Objects;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.Monitor;

/**
 * Weighted linear combination (WLC): suitability {@code S = Σ w_j x_j}, with standardised criterion
 * scores {@code x_j} in 0..1 and criterion weights {@code w_j} normalised to sum 1, multiplied by
 * Boolean constraints. Full trade-off between criteria: a poor score on one can be offset by good
 * scores on others.
 *
 * <p>Reference: Eastman, J.R., Jin, W., Kyem, P.A.K., Toledano, J. (1995) "Raster procedures for
 * multi-criteria/multi-objective decisions", PE&amp;RS 61(5); Malczewski, J. (1999) GIS and
 * Multicriteria Decision Analysis, ch. 6.
 *
 * <p>NoData: a NoData cell in any criterion or constraint gives NaN, even where a constraint
 * excludes the cell (NaN × 0 stays unknown); a constraint value 0 gives 0; criteria and constraints
 * must share one grid. Output declares no NoData value (NaN is NoData). Rows run in parallel.
 */
public final class WeightedLinearCombination {
    private final List<FloatGrid> criteria;
    private final Weights weights;
    private final List<ByteGrid> constraints;

    /**
     * @param criteria    standardised criterion grids (0..1), all on one grid
     * @param weights     one weight per criterion
     * @param constraints masks on the same grid, 1 allowed and 0 excluded; may be empty
     */
    public WeightedLinearCombination(List<FloatGrid> criteria, Weights weights, List<ByteGrid> constraints) {
        this.criteria = List.copyOf(Objects.requireNonNull(criteria, "criteria"));
        this.weights = Objects.requireNonNull(weights, "weights");
        this.constraints = List.copyOf(Objects.requireNonNull(constraints, "constraints"));
        if (weights.size() != this.criteria.size()) {
            throw new IllegalArgumentException("WLC needs one weight per criterion: " + this.criteria.size()
                    + " criteria, " + weights.size() + " weights");
        }
        GridOverlay.checkSameGrid(this.criteria, this.constraints);
    }

    public FloatGrid compute() {
        return compute(Monitor.NONE);
    }

    public FloatGrid compute(Monitor monitor) {
        double[] w = weights.values();
        return GridOverlay.run(criteria, constraints, () -> scores -> combine(scores, w), monitor);
    }

    /** {@code Σ w_j x_j} for one alternative; NaN when any score is NaN. Weights must be normalised. */
    static double combine(double[] scores, double[] w) {
        double s = 0;
        for (int j = 0; j < scores.length; j++) {
            s += w[j] * scores[j];
        }
        return s;
    }

    /**
     * The per-site form: one score per row of {@code matrix} (alternatives × criteria); a row with a
     * NaN scores NaN. No range check: the caller standardises.
     */
    public static double[] evaluate(double[][] matrix, Weights weights) {
        double[] w = weights.values();
        double[] out = new double[matrix.length];
        for (int i = 0; i < matrix.length; i++) {
            MatrixChecks.row(matrix, i, w.length);
            out[i] = combine(matrix[i], w);
        }
        return out;
    }
}
