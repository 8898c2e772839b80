package org.plinth.raster.visibility;

import java.util.Locale;

import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.InvalidInputException;
import org.plinth.raster.Window;
import org.plinth.raster.crs.CellMetrics;

/**
 * One observer on one DEM, with everything the sweeps need in metres: the observer cell and eye
 * elevation, the cell size in metres, the curvature constant and the squared max distance.
 *
 * <p>Geographic DEMs (degrees) are measured in a local equirectangular frame at the observer's
 * latitude: a cell is {@code Δλ·N·cos φ} by {@code Δφ·M} metres (prime-vertical and meridian radii of
 * the CRS ellipsoid). That is accurate to well under 1 % within a few tens of kilometres of the
 * observer.
 */
final class SightFrame {
    final float[] z;
    /** The DEM's declared NoData value, or NaN when none (NaN is NoData either way). */
    final float noData;
    final int cols;
    final int rows;
    final int observerCol;
    final int observerRow;
    /** Eye elevation: ground at the observer cell plus observer height. */
    final double eye;
    final double targetHeight;
    final double cellWidth;
    final double cellHeight;
    /** {@code cc / (2a)}: the curvature drop at distance d is {@code curvature * d²}. */
    final double curvature;
    final double maxDistance;
    final double maxDistanceSquared;

    private SightFrame(FloatGrid dem, int col, int row, double observerHeight, double targetHeight,
                       double cellWidth, double cellHeight, double curvature, double maxDistance) {
        this.z = dem.data();
        this.noData = dem.noData() == null ? Float.NaN : dem.noData();
        this.cols = dem.cols();
        this.rows = dem.rows();
        this.observerCol = col;
        this.observerRow = row;
        this.eye = z[row * cols + col] + observerHeight;
        this.targetHeight = targetHeight;
        this.cellWidth = cellWidth;
        this.cellHeight = cellHeight;
        this.curvature = curvature;
        this.maxDistance = maxDistance;
        this.maxDistanceSquared = maxDistance * maxDistance;
    }

    /** Checks the DEM and the observer, snaps the observer to its cell. */
    /** The grid's extent to the precision of its units (mm, or about 0.1 m in degrees), not 17 digits. */
    private static String extent(GridGeometry g) {
        String f = g.crs().isGeographic() ? "%.6f" : "%.3f";
        return String.format(Locale.ROOT, "x " + f + " to " + f + " and y " + f + " to " + f,
                g.minX(), g.maxX(), g.minY(), g.maxY());
    }

    static SightFrame of(FloatGrid dem, ViewshedOptions options) {
        GridGeometry g = dem.geometry();
        requireUsableGrid(g);
        if (!options.hasObserver()) {
            throw new IllegalArgumentException("a viewshed needs an observer position, none was set");
        }
        GeoTransform t = g.transform();
        double fc = t.colOf(options.observerX());
        double fr = t.rowOf(options.observerY());
        int col = (int) Math.floor(fc);
        int row = (int) Math.floor(fr);
        if (!(fc >= 0 && fr >= 0) || !g.contains(col, row)) {
            throw new InvalidInputException("observer (" + options.observerX() + ", " + options.observerY()
                    + ") is outside the DEM, which spans " + extent(g));
        }
        if (dem.isNoData(col, row)) {
            throw new InvalidInputException("observer (" + options.observerX() + ", " + options.observerY()
                    + ") stands on a NoData cell (column " + col + ", row " + row + ")");
        }
        double[] cell = cellMetres(g, row);
        double curvature = options.curvatureCoefficient() / (2 * g.crs().semiMajorAxis());
        return new SightFrame(dem, col, row, options.observerHeight(), options.targetHeight(), cell[0], cell[1],
                curvature, options.maxDistance());
    }

    /**
     * Width and height in metres of the cells of the observer's row {@code row}: the CRS's units, or for
     * a geographic grid the row's degrees on its ellipsoid ({@link CellMetrics}), as every cell of the sight
     * frame is measured.
     */
    static double[] cellMetres(GridGeometry g, int row) {
        GeoTransform t = g.transform();
        if (!g.crs().isGeographic()) {
            return new double[] {t.cellWidth(), t.cellHeight()};
        }
        if (!(Math.abs(t.centreY(row)) <= 90)) {
            throw new InvalidInputException("the observer's row lies at latitude " + t.centreY(row)
                    + ", outside [-90, 90]; the DEM's CRS is geographic but its grid is not in degrees");
        }
        CellMetrics m = CellMetrics.of(g);
        return new double[] {m.cellWidthMetres(g, row), m.cellHeightMetres(g, row)};
    }

    static void requireUsableGrid(GridGeometry g) {
        if (!g.transform().isNorthUp()) {
            throw new InvalidInputException("viewshed needs a north-up DEM without rotation, the DEM's transform is "
                    + java.util.Arrays.toString(g.transform().toArray()));
        }
        if (!g.crs().isKnown()) {
            throw new InvalidInputException("viewshed needs the DEM's CRS to measure distances and curvature,"
                    + " the DEM has none");
        }
        g.crs().requireMetricUnits("viewshed");
    }

    boolean isNoData(float v) {
        return v != v || v == noData;
    }

    /** The cells within the max distance of the observer, as a window clipped to the grid. */
    Window reach() {
        if (maxDistance == Double.POSITIVE_INFINITY) {
            return new Window(0, 0, cols, rows);
        }
        // ceil: a cell exactly M away along an axis is inside (rounding in the division can only add a ring);
        // the sweeps test each cell's distance exactly.
        int dc = (int) Math.min(cols, Math.ceil(maxDistance / cellWidth));
        int dr = (int) Math.min(rows, Math.ceil(maxDistance / cellHeight));
        return new Window(Math.max(0, observerCol - dc), Math.max(0, observerRow - dr),
                Math.min(cols, observerCol + dc + 1), Math.min(rows, observerRow + dr + 1));
    }
}
