package org.plinth.raster.distance;

import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.InvalidInputException;

/** The preconditions every distance kernel puts on its grid, stated once. */
final class GridChecks {
    private GridChecks() {
    }

    /** The grid must have a known CRS (for units) and no rotation terms. */
    static void requireMeasurable(GridGeometry grid) {
        if (!grid.crs().isKnown()) {
            throw new InvalidInputException("grid CRS must be known to measure distances in metres, was "
                    + grid.crs());
        }
        grid.crs().requireMetricUnits("distance");
        GeoTransform t = grid.transform();
        if (t.rotationX() != 0 || t.rotationY() != 0) {
            throw new InvalidInputException("grid must not be rotated, rotation terms were "
                    + t.rotationX() + ", " + t.rotationY());
        }
        if (grid.crs().isGeographic()) {
            double north = Math.max(t.centreY(0), t.centreY(grid.rows() - 1));
            double south = Math.min(t.centreY(0), t.centreY(grid.rows() - 1));
            if (north > 90 || south < -90) {
                throw new InvalidInputException("geographic grid cell centres must lie within latitude -90..90, were "
                        + south + ".." + north);
            }
        }
    }

    /** Worker count for a parallel pass over {@code items} independent items. */
    static int tasksFor(int items, int minItemsPerTask) {
        int threads = Runtime.getRuntime().availableProcessors();
        int byWork = Math.max(1, items / Math.max(1, minItemsPerTask));
        return Math.max(1, Math.min(items, Math.min(byWork, 4 * threads)));
    }
}
