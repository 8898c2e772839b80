package org.plinth.app.cli;

import java.util.Optional;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.Window;
import org.plinth.raster.visibility.Viewshed;

/**
 * The cells a viewshed with a max distance can reach, so that the CLI reads only them and writes its
 * output on their grid, as {@code gdal_viewshed -md} clips its output to the max-distance bounding box.
 *
 * <p>The window is the observer cell ± (⌊M / cell size⌋ + 1) cells in each direction, clipped to the
 * DEM: the same box as the kernel's own reach, so a viewshed computed on the window has the values of
 * the full-DEM viewshed there (every line of sight to a cell within M, and every cell its
 * interpolation uses, lies in the box). Cell sizes are metres from the CRS units, or, for a geographic
 * DEM, the metres of a degree at the observer's latitude on the CRS ellipsoid (as the kernel
 * measures).
 */
final class ViewshedWindow {
    private ViewshedWindow() {
    }

    /**
     * The box around the cell holding {@code (x, y)}, or empty when there is no max distance or the
     * whole DEM is needed anyway: the observer is outside the grid, the grid is rotated or has no CRS
     * (the kernel then reports those on the whole DEM).
     */
    static Optional<Window> around(GridGeometry g, double x, double y, double maxDistance) {
        GeoTransform t = g.transform();
        if (!Double.isFinite(maxDistance) || !t.isNorthUp() || !g.crs().isKnown() || g.crs().metresPerUnit() != 1.0) {
            return Optional.empty();
        }
        double fc = t.colOf(x);
        double fr = t.rowOf(y);
        if (!(fc >= 0 && fr >= 0 && fc < g.cols() && fr < g.rows())) {
            return Optional.empty();
        }
        int col = (int) Math.floor(fc);
        int row = (int) Math.floor(fr);
        double[] metres = Viewshed.cellMetres(g, row); // as the kernel measures them (refuses a row past a pole)
        // as gdal_viewshed: ceil(M / cell), so a cell exactly M away along an axis is the box's last
        long dc = (long) Math.min(g.cols(), Math.ceil(maxDistance / metres[0]));
        long dr = (long) Math.min(g.rows(), Math.ceil(maxDistance / metres[1]));
        return Optional.of(new Window((int) Math.max(0, col - dc), (int) Math.max(0, row - dr),
                (int) Math.min(g.cols(), col + dc + 1), (int) Math.min(g.rows(), row + dr + 1)));
    }
}
