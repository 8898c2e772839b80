package org.plinth.raster.distance;

import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.Monitor;

/**
 * Distance in metres from the centre of every cell to the nearest of a set of points given by their
 * real coordinates (in the grid's CRS), not snapped to cells — the vector distance PostGIS's
 * {@code ST_Distance} gives, where a raster transform to rasterised points errs by up to half a cell
 * diagonal. Points outside the grid count too.
 *
 * <p><b>Algorithm.</b> Each row is solved on its own with the lower envelope of the parabolas
 * {@code (w·(x - x_s))^2 + (y_r - y_s)^2} of the points ({@link LowerEnvelope}; fractional vertex
 * positions), which is exact. Only points within a band {@code |y_s - y_r| <= b} take part, with
 * {@code b} at least the largest distance in the row: if the band's envelope has a value above
 * {@code b} the row is redone with {@code b} raised to it, and a point outside the band is farther
 * than every value the envelope gave, so the result is exact (to double rounding, then rounded once
 * to float). The next row starts from the previous row's largest distance plus one cell height,
 * which already bounds it. Cost per row: the row plus {@code k log k} for the {@code k} points in
 * the band — linear in the grid for evenly spread points, {@code rows × m log m} at worst.
 * Rows are processed in parallel blocks.
 *
 * <p><b>Geographic grids.</b> As in {@link GeographicTransform}: the nearest point is chosen in the
 * local metric (meridian arc north–south, parallel radius at the cell's latitude east–west) and the
 * value is the geodesic distance to that point, so exact unless two points are nearly equidistant.
 *
 * <p><b>NoData.</b> No input grid, so only {@link DistanceOptions#maxDistance()} makes NoData; with no
 * points every cell is NoData (or the cap). {@link DistanceOptions#keepInputNoData()} is ignored.
 */
public final class PointDistance {
    private final GridGeometry grid;
    private final double[] xy;
    private final DistanceOptions options;

    /**
     * @param grid the output grid
     * @param xy point coordinates in the grid's CRS, {@code x0, y0, x1, y1, ...}
     * @param options maximum distance and what lies beyond it
     */
    public PointDistance(GridGeometry grid, double[] xy, DistanceOptions options) {
        this.grid = Objects.requireNonNull(grid, "grid");
        this.xy = Objects.requireNonNull(xy, "xy").clone();
        this.options = Objects.requireNonNull(options, "options");
        if (xy.length % 2 != 0) {
            throw new IllegalArgumentException("point coordinates must come in x, y pairs, length was " + xy.length);
        }
        for (int i = 0; i < xy.length; i++) {
            if (!Double.isFinite(xy[i])) {
                throw new IllegalArgumentException("point " + i / 2 + " coordinate must be finite, was " + xy[i]);
            }
        }
    }

    public FloatGrid compute() {
        return compute(Monitor.NONE);
    }

    public FloatGrid compute(Monitor monitor) {
        GridChecks.requireMeasurable(grid);
        float[] out = new float[grid.cellCount()];
        if (xy.length == 0) {
            Arrays.fill(out, options.valueFor(Double.POSITIVE_INFINITY));
        } else {
            Sites sites = new Sites();
            int rows = grid.rows();
            int blocks = GridChecks.tasksFor(rows, 16);
            AtomicInteger done = new AtomicInteger();
            IntStream.range(0, blocks).parallel().forEach(b -> {
                RowWorker worker = new RowWorker(sites);
                int r1 = (int) ((long) rows * (b + 1) / blocks);
                for (int r = (int) ((long) rows * b / blocks); r < r1; r++) {
                    monitor.checkCancelled();
                    worker.row(out, r);
                    monitor.progress((double) done.incrementAndGet() / rows);
                }
            });
        }
        monitor.progress(1);
        return new FloatGrid(grid, out, Float.NaN);
    }

    /** The points in the two orders the rows need: by north–south coordinate, and ranked by column. */
    private final class Sites {
        final boolean geographic = grid.crs().isGeographic();
        final Geodesy ellipsoid = Geodesy.of(grid.crs());
        /** Column coordinate of each point, ascending (its rank); the centre of column c is at c. */
        final double[] column;
        /** North–south coordinate (metres: y, or meridian arc) by column rank. */
        final double[] northing;
        /** Original x, y (for the geodesic) by column rank. */
        final double[] x;
        final double[] y;
        /** North–south coordinates sorted ascending, and the column rank of each. */
        final double[] sortedNorthing;
        final int[] rankOfSorted;

        Sites() {
            int m = xy.length / 2;
            GeoTransform t = grid.transform();
            double[] cs = new double[m];
            double[] ns = new double[m];
            for (int i = 0; i < m; i++) {
                cs[i] = t.colOf(xy[2 * i]) - 0.5;
                ns[i] = geographic ? ellipsoid.meridianArc(xy[2 * i + 1]) : xy[2 * i + 1];
            }
            int[] byX = IndexOrder.byKey(cs);
            int[] rank = new int[m];
            column = new double[m];
            northing = new double[m];
            x = new double[m];
            y = new double[m];
            for (int k = 0; k < m; k++) {
                int i = byX[k];
                rank[i] = k;
                column[k] = cs[i];
                northing[k] = ns[i];
                x[k] = xy[2 * i];
                y[k] = xy[2 * i + 1];
            }
            int[] byN = IndexOrder.byKey(ns);
            sortedNorthing = new double[m];
            rankOfSorted = new int[m];
            for (int k = 0; k < m; k++) {
                sortedNorthing[k] = ns[byN[k]];
                rankOfSorted[k] = rank[byN[k]];
            }
        }

        /** First index with sortedNorthing >= v (strictly greater when {@code strict}). */
        int bound(double v, boolean strict) {
            int lo = 0;
            int hi = sortedNorthing.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                double s = sortedNorthing[mid];
                if (s < v || (strict && s == v)) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    /** One worker's scratch; carries the band from row to row. */
    private final class RowWorker {
        private final Sites sites;
        private final int cols = grid.cols();
        private final LowerEnvelope envelope;
        private final int[] band;
        private final int[] nearest;
        private final double[] local = new double[cols];
        private final double bandLimit;
        private double previousMax = Double.NaN;

        RowWorker(Sites sites) {
            this.sites = sites;
            this.envelope = new LowerEnvelope(sites.column.length);
            this.band = new int[sites.column.length];
            this.nearest = new int[cols];
            // On geographic grids the cap applies to geodesic distances, not to the local metric.
            this.bandLimit = sites.geographic ? Double.POSITIVE_INFINITY : options.maxDistance();
        }

        void row(float[] out, int r) {
            GeoTransform t = grid.transform();
            double lat = t.centreY(r);
            double rowNorthing = sites.geographic ? sites.ellipsoid.meridianArc(lat) : lat;
            double width = sites.geographic
                    ? Math.max(sites.ellipsoid.parallelRadius(lat) * Math.toRadians(t.cellWidth()), 1e-3)
                    : t.cellWidth();
            double b = Double.isNaN(previousMax) ? nearestNorthingGap(rowNorthing) : previousMax + rowStep(r);
            b = Math.min(b, bandLimit);
            double max = solve(rowNorthing, width, b);
            if (max > b && b < bandLimit) {
                b = Math.min(max, bandLimit);
                max = solve(rowNorthing, width, b);
            }
            previousMax = max;
            int base = r * cols;
            for (int c = 0; c < cols; c++) {
                double d = sites.geographic && local[c] != Double.POSITIVE_INFINITY
                        ? sites.ellipsoid.distance(lat, t.centreX(c), sites.y[nearest[c]], sites.x[nearest[c]])
                        : local[c];
                out[base + c] = options.valueFor(d);
            }
        }

        /** North–south spacing between this row and the next, an upper bound on how much the row maximum grows. */
        private double rowStep(int r) {
            if (!sites.geographic) {
                return grid.transform().cellHeight();
            }
            GeoTransform t = grid.transform();
            return Math.abs(sites.ellipsoid.meridianArc(t.centreY(r)) - sites.ellipsoid.meridianArc(t.centreY(r - 1)));
        }

        private double nearestNorthingGap(double v) {
            int i = sites.bound(v, false);
            double gap = Double.POSITIVE_INFINITY;
            if (i < sites.sortedNorthing.length) {
                gap = sites.sortedNorthing[i] - v;
            }
            if (i > 0) {
                gap = Math.min(gap, v - sites.sortedNorthing[i - 1]);
            }
            return gap;
        }

        /** Envelope of the points in the band; fills {@code nearest} and {@code local}; returns the row maximum. */
        private double solve(double rowNorthing, double width, double b) {
            int lo = sites.bound(rowNorthing - b, false);
            int hi = sites.bound(rowNorthing + b, true);
            if (lo >= hi) {
                Arrays.fill(local, Double.POSITIVE_INFINITY);
                return Double.POSITIVE_INFINITY;
            }
            int k = hi - lo;
            System.arraycopy(sites.rankOfSorted, lo, band, 0, k);
            Arrays.sort(band, 0, k);
            double w2 = width * width;
            envelope.clear();
            for (int i = 0; i < k; i++) {
                int s = band[i];
                double dy = sites.northing[s] - rowNorthing;
                envelope.add(s, sites.column[s], dy * dy / w2);
            }
            envelope.lowest(cols, nearest);
            double max = 0;
            for (int c = 0; c < cols; c++) {
                int s = nearest[c];
                double dx = (c - sites.column[s]) * width;
                double dy = sites.northing[s] - rowNorthing;
                double d = Math.sqrt(dx * dx + dy * dy);
                local[c] = d;
                max = Math.max(max, d);
            }
            return max;
        }
    }
}
