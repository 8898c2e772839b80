package org.plinth.raster.algebra;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.InvalidInputException;
import org.plinth.raster.Monitor;
import org.plinth.raster.RowBands;

/**
 * Local (cell-by-cell) map algebra on float grids: min–max rescaling, weighted sums, cell-wise
 * minimum and maximum, and masking.
 *
 * <p><b>NoData rule</b>: a cell that is NoData (NaN or the grid's declared value) in any input is
 * NaN in the output, whatever the operation and whatever the weight (a weight of 0 does not hide
 * NoData). Outputs declare no NoData value: NaN is their only NoData. Arithmetic is done in double
 * and rounded once to float.
 *
 * <p>All inputs of one operation must be on the same grid ({@link GridGeometry#sameGridAs}); rows
 * are processed in parallel bands with progress and cancellation through the {@link Monitor}.
 */
public final class MapAlgebra {
    private MapAlgebra() {
    }

    /**
     * Rescales linearly so that the smallest valid value becomes 0 and the largest 1:
     * {@code (v − min) / (max − min)}. A grid whose valid cells are all equal becomes 0 there (there is
     * no spread to rescale, and no division by zero); a grid without valid cells stays all NaN.
     */
    public static FloatGrid rescale(FloatGrid grid, Monitor monitor) {
        Objects.requireNonNull(grid, "grid");
        double[] range = range(grid);
        double min = range[0];
        double spread = range[1] - range[0];
        double scale = spread > 0 ? 1 / spread : 0;
        float[] in = grid.data();
        float[] out = new float[in.length];
        int cols = grid.cols();
        RowBands.run(grid.rows(), monitor, (rowStart, rowStop, ticker) -> {
            for (int r = rowStart; r < rowStop; r++) {
                for (int i = r * cols, end = i + cols; i < end; i++) {
                    float v = in[i];
                    out[i] = grid.isNoData(v) ? Float.NaN : (float) ((v - min) * scale);
                }
                ticker.rowDone();
            }
        });
        return new FloatGrid(grid.geometry(), out, null);
    }

    public static FloatGrid rescale(FloatGrid grid) {
        return rescale(grid, Monitor.NONE);
    }

    /**
     * {@code Σ weights[k] · grids[k]} per cell. Weights are used as given (not normalised; weights that
     * sum to 1 give a weighted mean); each must be finite and ≥ 0, and their sum &gt; 0.
     */
    public static FloatGrid weightedSum(List<FloatGrid> grids, double[] weights, Monitor monitor) {
        GridGeometry g = commonGrid(grids);
        checkWeights(weights, grids.size());
        int cols = g.cols();
        float[] out = new float[g.cellCount()];
        RowBands.run(g.rows(), monitor, (rowStart, rowStop, ticker) -> {
            double[] acc = new double[cols];
            for (int r = rowStart; r < rowStop; r++) {
                Arrays.fill(acc, 0);
                int base = r * cols;
                for (int k = 0; k < grids.size(); k++) {
                    accumulate(grids.get(k), weights[k], base, acc);
                }
                for (int c = 0; c < cols; c++) {
                    out[base + c] = (float) acc[c];
                }
                ticker.rowDone();
            }
        });
        return new FloatGrid(g, out, null);
    }

    public static FloatGrid weightedSum(List<FloatGrid> grids, double[] weights) {
        return weightedSum(grids, weights, Monitor.NONE);
    }

    /** Cell-wise minimum of the grids. */
    public static FloatGrid min(List<FloatGrid> grids, Monitor monitor) {
        return extreme(grids, true, monitor);
    }

    public static FloatGrid min(List<FloatGrid> grids) {
        return min(grids, Monitor.NONE);
    }

    /** Cell-wise maximum of the grids. */
    public static FloatGrid max(List<FloatGrid> grids, Monitor monitor) {
        return extreme(grids, false, monitor);
    }

    public static FloatGrid max(List<FloatGrid> grids) {
        return max(grids, Monitor.NONE);
    }

    /**
     * Keeps {@code grid}'s value where {@code mask} is non-zero; writes {@code fill} (NaN or 0) where
     * the mask is 0. NoData in either input gives NaN.
     */
    public static FloatGrid mask(FloatGrid grid, FloatGrid mask, MaskFill fill, Monitor monitor) {
        return maskInto(grid, mask, fill, new float[grid.data().length], monitor);
    }

    /**
     * {@link #mask(FloatGrid, FloatGrid, MaskFill, Monitor)} written over {@code grid}'s own cells, for a
     * grid its caller owns and no longer needs unmasked: no second grid is allocated. The result shares
     * {@code grid}'s array (NoData NaN), so {@code grid} must not be used as it was afterwards.
     */
    public static FloatGrid maskInPlace(FloatGrid grid, FloatGrid mask, MaskFill fill, Monitor monitor) {
        return maskInto(grid, mask, fill, grid.data(), monitor);
    }

    private static FloatGrid maskInto(FloatGrid grid, FloatGrid mask, MaskFill fill, float[] out, Monitor monitor) {
        commonGrid(List.of(grid, mask));
        Objects.requireNonNull(fill, "fill");
        float outside = fill == MaskFill.ZERO ? 0f : Float.NaN;
        float[] in = grid.data();
        float[] m = mask.data();
        int cols = grid.cols();
        RowBands.run(grid.rows(), monitor, (rowStart, rowStop, ticker) -> {
            for (int r = rowStart; r < rowStop; r++) {
                for (int i = r * cols, end = i + cols; i < end; i++) {
                    float v = in[i];
                    float k = m[i];
                    if (grid.isNoData(v) || mask.isNoData(k)) {
                        out[i] = Float.NaN;
                    } else {
                        out[i] = k != 0 ? v : outside;
                    }
                }
                ticker.rowDone();
            }
        });
        return new FloatGrid(grid.geometry(), out, null);
    }

    public static FloatGrid mask(FloatGrid grid, FloatGrid mask, MaskFill fill) {
        return mask(grid, mask, fill, Monitor.NONE);
    }

    /** {@link #mask(FloatGrid, FloatGrid, MaskFill, Monitor)} with a byte mask (its NoData value, if any, is NoData). */
    public static FloatGrid mask(FloatGrid grid, ByteGrid mask, MaskFill fill) {
        return mask(grid, mask.toFloat(), fill, Monitor.NONE);
    }

    private static FloatGrid extreme(List<FloatGrid> grids, boolean min, Monitor monitor) {
        GridGeometry g = commonGrid(grids);
        int cols = g.cols();
        float[] out = new float[g.cellCount()];
        RowBands.run(g.rows(), monitor, (rowStart, rowStop, ticker) -> {
            for (int r = rowStart; r < rowStop; r++) {
                int base = r * cols;
                for (int c = 0; c < cols; c++) {
                    float best = min ? Float.POSITIVE_INFINITY : Float.NEGATIVE_INFINITY;
                    for (FloatGrid grid : grids) {
                        float v = grid.data()[base + c];
                        if (grid.isNoData(v)) {
                            best = Float.NaN;
                            break;
                        }
                        best = min ? Math.min(best, v) : Math.max(best, v);
                    }
                    out[base + c] = best;
                }
                ticker.rowDone();
            }
        });
        return new FloatGrid(g, out, null);
    }

    /** Adds {@code w · grid} for one row into {@code acc}; NoData turns the cell NaN for good. */
    private static void accumulate(FloatGrid grid, double w, int base, double[] acc) {
        float[] d = grid.data();
        Float nd = grid.noData();
        boolean declared = nd != null && !Float.isNaN(nd);
        float ndv = declared ? nd : Float.NaN;
        for (int c = 0; c < acc.length; c++) {
            float v = d[base + c];
            // NaN propagates through the sum by itself; only a declared NoData value needs a test.
            acc[c] += (declared && v == ndv) ? Double.NaN : w * v;
        }
    }

    /** {min, max} over valid cells, in parallel; {NaN, NaN} when there are none. */
    private static double[] range(FloatGrid grid) {
        int rows = grid.rows();
        int cols = grid.cols();
        AtomicReferenceArray<double[]> parts = new AtomicReferenceArray<>(rows);
        RowBands.run(rows, Monitor.NONE, (rowStart, rowStop, ticker) -> {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            float[] d = grid.data();
            for (int i = rowStart * cols, end = rowStop * cols; i < end; i++) {
                float v = d[i];
                if (!grid.isNoData(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            parts.set(rowStart, new double[] {lo, hi});
        });
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < rows; r++) {
            double[] p = parts.get(r);
            if (p != null) {
                lo = Math.min(lo, p[0]);
                hi = Math.max(hi, p[1]);
            }
        }
        return lo <= hi ? new double[] {lo, hi} : new double[] {Double.NaN, Double.NaN};
    }

    private static GridGeometry commonGrid(List<FloatGrid> grids) {
        Objects.requireNonNull(grids, "grids");
        if (grids.isEmpty()) {
            throw new IllegalArgumentException("at least one grid is needed, was 0");
        }
        GridGeometry first = Objects.requireNonNull(grids.get(0), "grid 0").geometry();
        for (int k = 1; k < grids.size(); k++) {
            GridGeometry g = Objects.requireNonNull(grids.get(k), "grid " + k).geometry();
            if (!g.sameGridAs(first)) {
                throw new InvalidInputException("grid " + k + " (" + describe(g) + ") is not on the grid of grid 0 ("
                        + describe(first) + ")");
            }
        }
        return first;
    }

    private static String describe(GridGeometry g) {
        return g.cols() + " x " + g.rows() + " cells, origin " + g.transform().originX() + ", "
                + g.transform().originY() + ", cell " + g.transform().cellWidth() + ", " + g.crs();
    }

    private static void checkWeights(double[] weights, int count) {
        Objects.requireNonNull(weights, "weights");
        if (weights.length != count) {
            throw new IllegalArgumentException("there must be one weight per grid: " + count + " grids, was "
                    + weights.length + " weights");
        }
        double sum = 0;
        for (int k = 0; k < weights.length; k++) {
            double w = weights[k];
            if (!(w >= 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException("weight " + k + " must be finite and >= 0, was " + w);
            }
            sum += w;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("the weights must sum to more than 0, was " + sum);
        }
    }
}
