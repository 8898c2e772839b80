package org.plinth.raster.focal;

import java.util.Objects;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.InvalidInputException;
import org.plinth.raster.Monitor;

/**
 * For every cell, the sum of a value grid (population, jobs, ...) over the cells whose centre lies
 * within a radius of the cell's centre, optionally weighted by a {@link Decay} of the distance —
 * {@code r.neighbors method=sum -c} for a circle given in metres, with decay.
 *
 * <p><b>Algorithms</b> (chosen by the input; all give the same sums):
 * <ul>
 *   <li>dense, no decay: per-row prefix sums, the circle as chords ({@link ChordGather}),
 *       {@code O(n·R/cell)};</li>
 *   <li>dense, with decay: offset-by-offset weighted rows ({@link WeightedGather}),
 *       {@code O(n·K)} for {@code K} cells in the circle;</li>
 *   <li>at most a quarter of the cells non-zero: each non-zero cell spreads its value
 *       ({@link SparseSplat}), {@code O(nnz·R/cell + n)} without decay, {@code O(nnz·K + n)} with.</li>
 * </ul>
 * Sums are accumulated in doubles and rounded once to float. Bands of rows run in parallel.
 * {@link #ofPoints} sums point weights from their exact positions instead of a grid.
 *
 * <p><b>NoData.</b> Input NoData cells contribute nothing (as 0). Every output cell gets a sum (0
 * when nothing is in reach — unlike {@code r.neighbors}, which gives NULL when all neighbours are
 * NULL), except input NoData cells when {@link FocalOptions#keepInputNoData()} is set.
 *
 * <p><b>Limits.</b> Projected grids only (radius and cell size in the same metres); geographic and
 * unknown CRSs and rotated grids are refused — reproject to UTM first.
 */
public final class FocalSum {
    private final FloatGrid values;
    private final FocalOptions options;

    public FocalSum(FloatGrid values, FocalOptions options) {
        this.values = Objects.requireNonNull(values, "values");
        this.options = Objects.requireNonNull(options, "options");
    }

    public FloatGrid compute() {
        return compute(Monitor.NONE);
    }

    public FloatGrid compute(Monitor monitor) {
        GridGeometry grid = values.geometry();
        requireProjected(grid);
        int cols = grid.cols();
        int rows = grid.rows();
        GeoTransform t = grid.transform();
        Kernel kernel = new Kernel(options.radius(), options.decay(), t.cellWidth(), t.cellHeight(), rows - 1, cols - 1);
        float[] clean = withoutNoData();
        int[] sources = nonZero(clean);
        float[] out = new float[clean.length];
        boolean uniform = options.decay().isUniform();
        if (sources != null) {
            SparseSplat splat = new SparseSplat(clean, cols, kernel, sources, uniform);
            Bands.run(rows, Bands.size(rows, 64), monitor, (r0, r1) -> splat.band(r0, r1, out));
        } else if (uniform) {
            ChordGather gather = new ChordGather(clean, cols, rows, kernel);
            Bands.run(rows, Bands.size(rows, 256), monitor, (r0, r1) -> gather.band(r0, r1, out));
        } else {
            WeightedGather gather = new WeightedGather(clean, cols, rows, kernel);
            Bands.run(rows, Bands.size(rows, 64), monitor, (r0, r1) -> gather.band(r0, r1, out));
        }
        if (options.keepInputNoData()) {
            float[] in = values.data();
            for (int i = 0; i < in.length; i++) {
                if (values.isNoData(in[i])) {
                    out[i] = Float.NaN;
                }
            }
        }
        monitor.progress(1);
        return new FloatGrid(grid, out, Float.NaN);
    }

    /**
     * Sum of point weights within {@code radius} metres of every cell centre, from the points' exact
     * positions (in the grid's CRS; points outside the grid count), weighted by {@code decay}.
     * Cost {@code O(m·K)} for {@code m} points. Projected grids only.
     *
     * @param xy point coordinates {@code x0, y0, x1, y1, ...}
     * @param weights one finite weight per point (e.g. population)
     */
    /**
     * How many cells a window of {@code radius} metres holds on cells of {@code cellWidth × cellHeight}
     * metres, the centre included: the count a full window sums (a window at a grid's edge or over NoData
     * sums fewer).
     */
    public static int windowCells(double radius, double cellWidth, double cellHeight) {
        return new Kernel(radius, Decay.none(), cellWidth, cellHeight, Integer.MAX_VALUE, Integer.MAX_VALUE).cells();
    }

    public static FloatGrid ofPoints(GridGeometry grid, double[] xy, double[] weights, double radius, Decay decay) {
        return ofPoints(grid, xy, weights, radius, decay, Monitor.NONE);
    }

    public static FloatGrid ofPoints(GridGeometry grid, double[] xy, double[] weights, double radius, Decay decay,
                                     Monitor monitor) {
        requireProjected(grid);
        new FocalOptions(radius, decay, false);
        PointSplat splat = new PointSplat(grid, xy, weights, radius, decay);
        float[] out = new float[grid.cellCount()];
        Bands.run(grid.rows(), Bands.size(grid.rows(), 64), monitor, (r0, r1) -> splat.band(r0, r1, out));
        monitor.progress(1);
        return new FloatGrid(grid, out, null);
    }

    static void requireProjected(GridGeometry grid) {
        if (!grid.crs().isKnown()) {
            throw new InvalidInputException("grid CRS must be known to use a radius in metres, was " + grid.crs());
        }
        if (grid.crs().isGeographic()) {
            throw new InvalidInputException("focal sums need a projected grid in metres, was geographic "
                    + grid.crs() + "; reproject it (e.g. to UTM) first");
        }
        grid.crs().requireMetricUnits("a focal sum");
        GeoTransform t = grid.transform();
        if (t.rotationX() != 0 || t.rotationY() != 0) {
            throw new InvalidInputException("grid must not be rotated, rotation terms were "
                    + t.rotationX() + ", " + t.rotationY());
        }
    }

    /** The input with NoData as 0; the input array itself when it has no NoData. */
    private float[] withoutNoData() {
        float[] in = values.data();
        float[] clean = null;
        for (int i = 0; i < in.length; i++) {
            if (values.isNoData(in[i])) {
                if (clean == null) {
                    clean = in.clone();
                }
                clean[i] = 0;
            }
        }
        return clean == null ? in : clean;
    }

    /** Indices of the non-zero cells when they are at most a quarter of the grid, else null. */
    private static int[] nonZero(float[] v) {
        int limit = v.length / 4;
        int count = 0;
        for (float x : v) {
            if (x != 0 && ++count > limit) {
                return null;
            }
        }
        int[] idx = new int[count];
        int k = 0;
        for (int i = 0; i < v.length; i++) {
            if (v[i] != 0) {
                idx[k++] = i;
            }
        }
        return idx;
    }
}
