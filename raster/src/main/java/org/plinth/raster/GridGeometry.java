package org.plinth.raster;

import java.util.Objects;

/**
 * The shape and georeference of a grid: size, corner-anchored transform and CRS.
 */
public record GridGeometry(int cols, int rows, GeoTransform transform, Crs crs) {

    public GridGeometry {
        if (cols <= 0 || rows <= 0) {
            throw new IllegalArgumentException("grid size must be positive, was " + cols + " x " + rows);
        }
        Objects.requireNonNull(transform, "transform");
        Objects.requireNonNull(crs, "crs");
        Math.multiplyExact(cols, rows);
    }

    /** Number of cells; throws {@link ArithmeticException} above {@code Integer.MAX_VALUE}. */
    public int cellCount() {
        return Math.multiplyExact(cols, rows);
    }

    /** The whole grid as a window. */
    public Window window() {
        return new Window(0, 0, cols, rows);
    }

    public boolean contains(int col, int row) {
        return col >= 0 && col < cols && row >= 0 && row < rows;
    }

    /** Same size, transform and CRS (CRS compared by EPSG code or WKT). */
    public boolean sameGridAs(GridGeometry other) {
        return cols == other.cols && rows == other.rows && transform.equals(other.transform)
                && crs.equals(other.crs);
    }

    /** West edge x. */
    public double minX() {
        return transform.originX();
    }

    /** East edge x (north-up). */
    public double maxX() {
        return transform.originX() + cols * transform.pixelWidth();
    }

    /** North edge y (north-up). */
    public double maxY() {
        return transform.originY();
    }

    /** South edge y (north-up). */
    public double minY() {
        return transform.originY() + rows * transform.pixelHeight();
    }

    /**
     * The grid of the cells of {@code w}: its size, and this transform with the origin moved to the
     * window's top-left corner (GDAL's {@code -srcwin} georeference).
     *
     * @throws IllegalArgumentException when {@code w} is empty or not inside this grid
     */
    public GridGeometry subgrid(Window w) {
        if (w.isEmpty() || w.colStart() < 0 || w.rowStart() < 0 || w.colStop() > cols || w.rowStop() > rows) {
            throw new IllegalArgumentException("window " + w + " is empty or not inside the " + cols + " x " + rows
                    + " grid");
        }
        GeoTransform t = transform;
        GeoTransform shifted = new GeoTransform(t.x(w.colStart(), w.rowStart()), t.pixelWidth(), t.rotationX(),
                t.y(w.colStart(), w.rowStart()), t.rotationY(), t.pixelHeight());
        return new GridGeometry(w.width(), w.height(), shifted, crs);
    }

    /**
     * The grid's four outer corners as {x, y}, upper left, upper right, lower right, lower left (as
     * gdalinfo lists them), rotation terms included.
     */
    public double[][] corners() {
        GeoTransform t = transform;
        return new double[][] {{t.x(0, 0), t.y(0, 0)}, {t.x(cols, 0), t.y(cols, 0)},
            {t.x(cols, rows), t.y(cols, rows)}, {t.x(0, rows), t.y(0, rows)}};
    }

    public GridGeometry withCrs(Crs newCrs) {
        return new GridGeometry(cols, rows, transform, newCrs);
    }
}
