package org.plinth.raster;

/**
 * Affine transform from cell space to georeferenced space, in GDAL's order.
 *
 * <p>Cell space: column {@code c} and row {@code r} measured from the outer corner of the top-left
 * cell, so {@code (0, 0)} is that corner and {@code (0.5, 0.5)} is the centre of cell (0, 0). Row 0 is
 * the northern edge when {@code pixelHeight < 0} (the usual north-up case).
 *
 * <pre>
 *   x = originX + c * pixelWidth + r * rotationX
 *   y = originY + c * rotationY  + r * pixelHeight
 * </pre>
 *
 * @param originX x of the top-left corner of the top-left cell
 * @param pixelWidth cell width in CRS units (positive)
 * @param rotationX row rotation term (0 for north-up grids)
 * @param originY y of the top-left corner of the top-left cell
 * @param rotationY column rotation term (0 for north-up grids)
 * @param pixelHeight cell height in CRS units (negative for north-up grids)
 */
public record GeoTransform(double originX, double pixelWidth, double rotationX,
                           double originY, double rotationY, double pixelHeight) {

    public GeoTransform {
        if (!Double.isFinite(originX) || !Double.isFinite(originY)
                || !Double.isFinite(pixelWidth) || !Double.isFinite(pixelHeight)) {
            throw new IllegalArgumentException("geotransform terms must be finite");
        }
        if (pixelWidth == 0 || pixelHeight == 0) {
            throw new IllegalArgumentException("cell size must be non-zero, was "
                    + pixelWidth + " x " + pixelHeight);
        }
    }

    /** A north-up transform with square or rectangular cells: {@code cellHeight} is given positive. */
    public static GeoTransform northUp(double originX, double originY, double cellWidth, double cellHeight) {
        if (!(cellWidth > 0) || !(cellHeight > 0)) {
            throw new IllegalArgumentException("cell size must be > 0, was " + cellWidth + " x " + cellHeight);
        }
        return new GeoTransform(originX, cellWidth, 0, originY, 0, -cellHeight);
    }

    /** True when there is no rotation and rows run southwards. */
    public boolean isNorthUp() {
        return rotationX == 0 && rotationY == 0 && pixelWidth > 0 && pixelHeight < 0;
    }

    /** Cell width, positive. */
    public double cellWidth() {
        return Math.abs(pixelWidth);
    }

    /** Cell height, positive. */
    public double cellHeight() {
        return Math.abs(pixelHeight);
    }

    /** x of the cell-space point {@code (col, row)}, rotation terms included (any grid). */
    public double x(double col, double row) {
        return originX + col * pixelWidth + row * rotationX;
    }

    /** y of the cell-space point {@code (col, row)}, rotation terms included (any grid). */
    public double y(double col, double row) {
        return originY + col * rotationY + row * pixelHeight;
    }

    /** x of the centre of column {@code col} (north-up grids). */
    public double centreX(int col) {
        return originX + (col + 0.5) * pixelWidth;
    }

    /** y of the centre of row {@code row} (north-up grids). */
    public double centreY(int row) {
        return originY + (row + 0.5) * pixelHeight;
    }

    /** Fractional column of x measured from the left edge (north-up grids). */
    public double colOf(double x) {
        return (x - originX) / pixelWidth;
    }

    /** Fractional row of y measured from the top edge (north-up grids). */
    public double rowOf(double y) {
        return (y - originY) / pixelHeight;
    }

    /** The transform as GDAL's six-element array. */
    public double[] toArray() {
        return new double[] {originX, pixelWidth, rotationX, originY, rotationY, pixelHeight};
    }
}
