package org.plinth.decision.robustness;

import java.util.List;
import java.util.Objects;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.InvalidInputException;
import org.plinth.raster.Monitor;

/**
 * Per-cell spread of weighted-sum suitability {@code S = sum_j w_j x_j} when the weights are drawn
 * from a {@link WeightDistribution}: mean, lower and upper quantile, and range (max - min) over
 * {@code D} draws, for {@code m} standardised criterion grids on one grid.
 *
 * <p>Algorithm: the {@code D x m} weights are drawn once ({@link WeightSampler}) and stored
 * criterion-major as floats. Per cell the {@code D} suitabilities are the cell's criterion vector
 * times the weight matrix, accumulated criterion by criterion over contiguous float arrays (a loop
 * the JIT vectorises); the quantiles are exact order statistics of these {@code D} floats found by
 * bucket selection ({@link OrderStatistics}), and the mean is {@code sum_j x_j mean(w_j)} by
 * linearity. Rows run in parallel with per-thread buffers.
 *
 * <p>Quantile definition: linear interpolation between order statistics at {@code h = (D - 1) p}
 * (Hyndman &amp; Fan type 7, the default of R and NumPy). Suitabilities are summed in float, so
 * values agree with a double-precision reference to about {@code 1e-6}.
 *
 * <p>NoData rule: a cell that is NoData in any criterion is NaN in every output; other values
 * (standardised scores are normally in [0, 1]) are used as they are.
 */
public final class SuitabilitySpread {
    private final List<FloatGrid> criteria;
    private final WeightDistribution weights;
    private final SpreadOptions options;

    public SuitabilitySpread(List<FloatGrid> criteria, WeightDistribution weights, SpreadOptions options) {
        this.criteria = List.copyOf(Objects.requireNonNull(criteria, "criteria"));
        this.weights = Objects.requireNonNull(weights, "weights");
        this.options = Objects.requireNonNull(options, "options");
        if (this.criteria.isEmpty()) {
            throw new InvalidInputException("suitability spread needs at least one criterion grid");
        }
        if (weights.criteria() != this.criteria.size()) {
            throw new InvalidInputException("weight distribution has " + weights.criteria()
                    + " criteria but " + this.criteria.size() + " criterion grids were given");
        }
        GridGeometry g = this.criteria.get(0).geometry();
        for (int j = 1; j < this.criteria.size(); j++) {
            GridGeometry gj = this.criteria.get(j).geometry();
            if (!gj.sameGridAs(g)) {
                throw new InvalidInputException("criterion grid " + j + " (" + gj.cols() + " x " + gj.rows()
                        + ") is not on the same grid as criterion grid 0 (" + g.cols() + " x " + g.rows() + ")");
            }
        }
    }

    public SpreadResult compute() {
        return compute(Monitor.NONE);
    }

    public SpreadResult compute(Monitor monitor) {
        int m = criteria.size();
        int draws = options.draws();
        double[] w = new WeightSampler(weights, options.seed()).sample(draws, options.parallelism(), monitor, 0, 0.02);
        float[][] byCriterion = new float[m][draws];
        for (int d = 0; d < draws; d++) {
            for (int j = 0; j < m; j++) {
                byCriterion[j][d] = (float) w[d * m + j];
            }
        }
        GridGeometry g = criteria.get(0).geometry();
        SpreadRows rows = new SpreadRows(criteria, byCriterion, draws, options.lowerQuantile(),
                options.upperQuantile());
        ChunkRunner.run(g.rows(), options.parallelism(), rows::newWorker, rows::run, monitor, 0.02, 1.0);
        return new SpreadResult(new FloatGrid(g, rows.mean(), null), new FloatGrid(g, rows.lower(), null),
                new FloatGrid(g, rows.upper(), null), new FloatGrid(g, rows.range(), null),
                options.lowerQuantile(), options.upperQuantile(), draws);
    }
}
