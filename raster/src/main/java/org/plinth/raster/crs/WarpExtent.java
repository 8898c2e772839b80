package org.plinth.raster.crs;

import java.util.OptionalDouble;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.InvalidInputException;

/**
 * Chooses the UTM grid that a geographic grid warps onto, the way gdalwarp does without
 * {@code -te}/{@code -tr} (GDAL {@code GDALSuggestedWarpOutput2}).
 *
 * <p>Algorithm: sample each of the four edges of the source at {@code n + 1} evenly spaced points,
 * {@code n = clamp(round(min(cols, rows) / 50), 20, 100)}, project them, and take their bounding box.
 * The cell size keeps the number of cells along the diagonal: the projected distance from the
 * top-left to the bottom-right corner divided by {@code √(cols² + rows²)}. The size in cells is the
 * box divided by that cell size, rounded to nearest; the grid is anchored at the box's west and
 * north edges. A given cell size then divides that grid's extent, rounded to nearest (gdalwarp
 * {@code -tr} without {@code -te}).
 *
 * <p>Limits: the bounding box of edge samples can miss a bulge of the interior only if the source
 * is convex outward between samples, which Transverse Mercator does not do at grid scales.
 */
public final class WarpExtent {
    private static final int PIXELS_PER_STEP = 50;
    private static final int MIN_STEPS = 20;
    private static final int MAX_STEPS = 100;

    private WarpExtent() {
    }

    /** Half a cell past a pole is the pole (Warp refuses a source grid that reaches farther). */
    private static double clampLatitude(double lat) {
        return Math.max(-90, Math.min(90, lat));
    }

    /** The suggested target grid in {@code utm} for a north-up geographic {@code source}. */
    public static GridGeometry suggest(GridGeometry source, Utm utm, OptionalDouble cellSize) {
        GeoTransform t = source.transform();
        int w = source.cols();
        int h = source.rows();
        int steps = Math.min(MAX_STEPS, Math.max(MIN_STEPS, (int) (Math.min(w, h) / (double) PIXELS_PER_STEP + 0.5)));
        TransverseMercator tm = utm.projection();
        double[] p = new double[2];
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int edge = 0; edge < 4; edge++) {
            for (int i = 0; i <= steps; i++) {
                double ratio = i == steps ? 1.0 : i / (double) steps;
                double c = edge < 2 ? ratio * w : (edge == 2 ? 0 : w);
                double r = edge < 2 ? (edge == 0 ? 0 : h) : ratio * h;
                // a grid of posts on a pole (SRTM's) reaches half a cell past it (Warp refuses more): clamp
                tm.forward(t.originX() + c * t.pixelWidth(), clampLatitude(t.originY() + r * t.pixelHeight()), p);
                minX = Math.min(minX, p[0]);
                maxX = Math.max(maxX, p[0]);
                minY = Math.min(minY, p[1]);
                maxY = Math.max(maxY, p[1]);
            }
        }
        double[] a = tm.forward(t.originX(), clampLatitude(t.originY()));
        double[] b = tm.forward(t.originX() + w * t.pixelWidth(), clampLatitude(t.originY() + h * t.pixelHeight()));
        double autoSize = Math.hypot(b[0] - a[0], b[1] - a[1]) / Math.hypot(w, h);
        double width = (int) ((maxX - minX) / autoSize + 0.5) * autoSize;
        double height = (int) ((maxY - minY) / autoSize + 0.5) * autoSize;
        // A given cell size divides the automatic grid's extent, as gdalwarp -tr does.
        double size = cellSize.orElse(autoSize);
        double cols = width / size + 0.5;
        double rows = height / size + 0.5;
        if (!(cols < Integer.MAX_VALUE && rows < Integer.MAX_VALUE && cols * rows < Integer.MAX_VALUE)) {
            throw new InvalidInputException("the warped grid would have " + (long) cols + " x " + (long) rows
                    + " cells at " + size + " m; choose a larger cell size");
        }
        return new GridGeometry(Math.max(1, (int) cols), Math.max(1, (int) rows),
                GeoTransform.northUp(minX, maxY, size, size), utm.crs());
    }
}
