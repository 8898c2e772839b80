package org.plinth.raster.distance;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoublePredicate;
import java.util.stream.IntStream;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.Monitor;

/**
 * Exact Euclidean distance, in metres, from the centre of every cell to the centre of the nearest
 * target cell — what {@code gdal_proximity.py -distunits GEO} and {@code r.grow.distance} compute,
 * but exact where they overestimate (see PEERS.md).
 *
 * <p><b>Algorithm.</b> Separable exact transform of Felzenszwalb and Huttenlocher (Theory of
 * Computing 8, 2012): a pass down every column finds the nearest target row in that column (two
 * linear scans), then a pass along every row takes the lower envelope of the parabolas
 * {@code (w·(x - c))^2 + g(c)} ({@link LowerEnvelope}). Cells may be rectangular: the column pass
 * counts rows, the row pass weighs them by cell height and the columns by cell width. Linear time;
 * the column pass runs in parallel over strips of columns, the row pass over blocks of rows.
 * Arithmetic is in doubles from exact integer offsets; the result is rounded once to float.
 *
 * <p><b>Geographic grids</b> (degrees) are measured in metres on the CRS's ellipsoid; see
 * {@link GeographicTransform} for how and how exact.
 *
 * <p><b>NoData.</b> Input NoData cells are never targets; they receive a distance unless
 * {@link DistanceOptions#keepInputNoData()}. Output NoData is NaN (declared as the output's NoData):
 * beyond {@link DistanceOptions#maxDistance()} (unless capped) and everywhere when there is no
 * target. Target cells are 0.
 *
 * <p>Limits: the grid must have a known CRS and no rotation; memory is the output plus one row of
 * scratch per worker (4 bytes per cell; geographic grids need 4 bytes more per cell).
 */
public final class EuclideanDistance {
    private static final float NONE = Float.POSITIVE_INFINITY;
    private final TargetCells targets;
    private final DistanceOptions options;

    /** Distance to the non-zero, non-NoData cells of {@code features}. */
    public EuclideanDistance(ByteGrid features, DistanceOptions options) {
        this(TargetCells.ofBytes(features, null), options);
    }

    private EuclideanDistance(TargetCells targets, DistanceOptions options) {
        this.targets = targets;
        this.options = java.util.Objects.requireNonNull(options, "options");
    }

    /** Distance to the cells of {@code features} holding one of {@code values} (like {@code -values}). */
    public static EuclideanDistance toValues(ByteGrid features, int[] values, DistanceOptions options) {
        return new EuclideanDistance(TargetCells.ofBytes(features, values), options);
    }

    /** Distance to the non-NoData cells of {@code grid} whose value satisfies {@code isTarget}. */
    public static EuclideanDistance toCells(FloatGrid grid, DoublePredicate isTarget, DistanceOptions options) {
        return new EuclideanDistance(TargetCells.ofFloats(grid, isTarget), options);
    }

    /** Whether any cell is a target; without one, every distance is NaN. */
    public boolean hasTargets() {
        return targets.any();
    }

    public FloatGrid compute() {
        return compute(Monitor.NONE);
    }

    /** Computes the distance grid; reports progress and honours cancellation between rows. */
    public FloatGrid compute(Monitor monitor) {
        GridGeometry grid = targets.geometry();
        GridChecks.requireMeasurable(grid);
        float[] out = grid.crs().isGeographic()
                ? new GeographicTransform(targets, options).run(monitor)
                : projected(grid, monitor);
        monitor.progress(1);
        return new FloatGrid(grid, out, Float.NaN);
    }

    private float[] projected(GridGeometry grid, Monitor monitor) {
        float[] out = new float[grid.cellCount()];
        columnPass(grid, out, monitor);
        rowPass(grid, out, monitor);
        return out;
    }

    /** Writes into {@code out} the number of rows to the nearest target in the same column, or NONE. */
    private void columnPass(GridGeometry grid, float[] out, Monitor monitor) {
        int cols = grid.cols();
        int strips = GridChecks.tasksFor(cols, 256);
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, strips).parallel().forEach(s -> {
            int c0 = (int) ((long) cols * s / strips);
            int c1 = (int) ((long) cols * (s + 1) / strips);
            verticalStrip(grid, out, c0, c1, monitor);
            monitor.progress(0.3 * done.incrementAndGet() / strips);
        });
    }

    private void verticalStrip(GridGeometry grid, float[] out, int c0, int c1, Monitor monitor) {
        int cols = grid.cols();
        int rows = grid.rows();
        int width = c1 - c0;
        int[] nearest = new int[width];
        java.util.Arrays.fill(nearest, -1);
        for (int r = 0; r < rows; r++) {
            if ((r & 255) == 0) {
                monitor.checkCancelled();
            }
            int base = r * cols + c0;
            for (int i = 0; i < width; i++) {
                if (targets.isTarget(base + i)) {
                    nearest[i] = r;
                }
                int above = nearest[i];
                out[base + i] = above < 0 ? NONE : r - above;
            }
        }
        java.util.Arrays.fill(nearest, -1);
        for (int r = rows - 1; r >= 0; r--) {
            int base = r * cols + c0;
            for (int i = 0; i < width; i++) {
                if (targets.isTarget(base + i)) {
                    nearest[i] = r;
                }
                int below = nearest[i];
                if (below >= 0 && below - r < out[base + i]) {
                    out[base + i] = below - r;
                }
            }
        }
    }

    /** Turns the column counts in {@code out} into distances in metres, row by row. */
    private void rowPass(GridGeometry grid, float[] out, Monitor monitor) {
        int rows = grid.rows();
        int blocks = GridChecks.tasksFor(rows, 16);
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, blocks).parallel().forEach(b -> {
            int r0 = (int) ((long) rows * b / blocks);
            int r1 = (int) ((long) rows * (b + 1) / blocks);
            RowWorker worker = new RowWorker(grid);
            for (int r = r0; r < r1; r++) {
                monitor.checkCancelled();
                worker.row(out, r);
                monitor.progress(0.3 + 0.7 * done.incrementAndGet() / rows);
            }
        });
    }

    /** One worker's scratch for the row pass. */
    private final class RowWorker {
        private final int cols;
        private final double width2;
        private final double inverseWidth2;
        private final double height;
        private final LowerEnvelope envelope;
        private final double[] vertical2;
        private final int[] nearest;

        RowWorker(GridGeometry grid) {
            cols = grid.cols();
            width2 = grid.transform().cellWidth() * grid.transform().cellWidth();
            inverseWidth2 = 1 / width2;
            height = grid.transform().cellHeight();
            envelope = new LowerEnvelope(cols);
            vertical2 = new double[cols];
            nearest = new int[cols];
        }

        void row(float[] out, int r) {
            int base = r * cols;
            envelope.clear();
            for (int c = 0; c < cols; c++) {
                float rowsAway = out[base + c];
                if (rowsAway != NONE) {
                    double dy = rowsAway * height;
                    vertical2[c] = dy * dy;
                    envelope.add(c, c, vertical2[c] * inverseWidth2);
                }
            }
            if (envelope.isEmpty()) {
                java.util.Arrays.fill(out, base, base + cols, options.valueFor(Double.POSITIVE_INFINITY));
            } else {
                envelope.lowest(cols, nearest);
                for (int c = 0; c < cols; c++) {
                    int v = nearest[c];
                    double dx = c - v;
                    out[base + c] = options.valueFor(Math.sqrt(width2 * dx * dx + vertical2[v]));
                }
            }
            if (options.keepInputNoData()) {
                for (int c = 0; c < cols; c++) {
                    if (targets.isNoData(base + c)) {
                        out[base + c] = Float.NaN;
                    }
                }
            }
        }
    }
}
