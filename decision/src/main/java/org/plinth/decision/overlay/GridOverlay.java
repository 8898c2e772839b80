package org.plinth.decision.overlay;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.InvalidInputException;
import org.plinth.raster.Monitor;

/**
 * The cell loop shared by the overlays: checks that criteria and constraints share one grid, then
 * per cell gathers the criterion scores, applies the NoData and constraint rules and hands the rest
 * to a {@link CellCombiner}. Rows run in parallel; cancellation is checked per row.
 *
 * <p>Rules per cell: NoData in any criterion or constraint gives NaN; otherwise a constraint value
 * of 0 gives 0 ("constraints multiply"); otherwise the combined score. Criterion scores must lie in
 * 0..1 (within 1e-6) and constraint values must be 0 or 1: anything else is an input error naming
 * the layer and cell.
 */
final class GridOverlay {
    private static final double TOLERANCE = 1e-6;

    private GridOverlay() {
    }

    static GridGeometry checkSameGrid(List<FloatGrid> criteria, List<ByteGrid> constraints) {
        if (criteria == null || criteria.isEmpty()) {
            throw new IllegalArgumentException("overlay needs at least one criterion grid, was none");
        }
        GridGeometry g = criteria.get(0).geometry();
        for (int i = 1; i < criteria.size(); i++) {
            GridGeometry other = criteria.get(i).geometry();
            if (!g.sameGridAs(other)) {
                throw new InvalidInputException("criterion " + (i + 1) + " grid " + describe(other)
                        + " does not match criterion 1 grid " + describe(g) + "; resample to one grid first");
            }
        }
        for (int i = 0; i < constraints.size(); i++) {
            GridGeometry other = constraints.get(i).geometry();
            if (!g.sameGridAs(other)) {
                throw new InvalidInputException("constraint " + (i + 1) + " grid " + describe(other)
                        + " does not match criterion 1 grid " + describe(g) + "; resample to one grid first");
            }
        }
        return g;
    }

    private static String describe(GridGeometry g) {
        double[] t = g.transform().toArray();
        return "(" + g.cols() + " x " + g.rows() + ", origin " + t[0] + ", " + t[3] + ", cell " + t[1] + " x "
                + (-t[5]) + ", " + g.crs() + ")";
    }

    static FloatGrid run(List<FloatGrid> criteria, List<ByteGrid> constraints, Supplier<CellCombiner> combiners,
                         Monitor monitor) {
        GridGeometry g = checkSameGrid(criteria, constraints);
        int cols = g.cols();
        int rows = g.rows();
        float[] out = new float[g.cellCount()];
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, rows).parallel().forEach(r -> {
            monitor.checkCancelled();
            CellCombiner combiner = combiners.get();
            double[] scores = new double[criteria.size()];
            for (int c = 0; c < cols; c++) {
                out[r * cols + c] = (float) cell(criteria, constraints, combiner, scores, c, r);
            }
            monitor.progress(done.incrementAndGet() / (double) rows);
        });
        return new FloatGrid(g, out, null);
    }

    private static double cell(List<FloatGrid> criteria, List<ByteGrid> constraints, CellCombiner combiner,
                               double[] scores, int col, int row) {
        boolean missing = false;
        for (int k = 0; k < scores.length; k++) {
            FloatGrid grid = criteria.get(k);
            float v = grid.get(col, row);
            if (grid.isNoData(v)) {
                missing = true;
            } else if (v < -TOLERANCE || v > 1 + TOLERANCE) {
                throw new InvalidInputException("criterion " + (k + 1) + " must be standardised to 0..1, was " + v
                        + " at column " + col + ", row " + row);
            }
            scores[k] = v;
        }
        boolean excluded = false;
        for (int k = 0; k < constraints.size(); k++) {
            ByteGrid mask = constraints.get(k);
            int v = mask.get(col, row);
            if (mask.noData() != null && v == mask.noData()) {
                missing = true;
            } else if (v == 0) {
                excluded = true;
            } else if (v != 1) {
                throw new InvalidInputException("constraint " + (k + 1) + " must hold 0 (excluded) or 1 (allowed), was "
                        + v + " at column " + col + ", row " + row);
            }
        }
        if (missing) {
            return Double.NaN;
        }
        return excluded ? 0 : combiner.combine(scores);
    }
}
