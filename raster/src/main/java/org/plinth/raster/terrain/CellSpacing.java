package org.plinth.raster.terrain;

import java.util.Arrays;
import java.util.OptionalDouble;
import org.plinth.raster.Crs;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.InvalidInputException;
import org.plinth.raster.crs.CellMetrics;

/**
 * The horizontal distance between neighbouring cell centres, per row, in the DEM's vertical units
 * (metres), as the terrain kernels use it.
 *
 * <ul>
 *   <li>With an explicit {@code scale} (gdaldem {@code -s}): cell width × scale and cell height × scale,
 *       the same for every row. This reproduces gdaldem exactly, including on degree grids.</li>
 *   <li>Projected CRS: the cell width and height, taken as metres.</li>
 *   <li>Geographic CRS: per row, from the latitude of the row's centre on the CRS's ellipsoid
 *       ({@link CellMetrics}): width = Δλ · N(φ) cos φ · π/180, height = Δφ · M(φ) · π/180.</li>
 *   <li>Unknown CRS: refused when units matter; {@link #ofUnitsOptional} instead uses the cell size
 *       as is (enough for directions, which only need the ratio of width to height).</li>
 * </ul>
 */
final class CellSpacing {
    private final double[] width;
    private final double[] height;

    private CellSpacing(double[] width, double[] height) {
        this.width = width;
        this.height = height;
    }

    /** Spacing for a kernel whose result depends on horizontal units; {@code what} names it in errors. */
    static CellSpacing of(GridGeometry g, OptionalDouble scale, String what) {
        if (scale.isEmpty() && !g.crs().isKnown()) {
            throw new InvalidInputException("the DEM has no CRS, so " + what
                    + " cannot know its horizontal units; give a scale (vertical units per horizontal unit)"
                    + " or a DEM with a CRS");
        }
        if (scale.isEmpty()) {
            g.crs().requireMetricUnits(what);
        }
        return ofUnitsOptional(g, scale);
    }

    /** Spacing for a kernel that needs only the ratio of width to height; an unknown CRS uses the cell size as is. */
    static CellSpacing ofUnitsOptional(GridGeometry g, OptionalDouble scale) {
        GeoTransform t = g.transform();
        if (!t.isNorthUp()) {
            throw new InvalidInputException("the DEM's geotransform is rotated or not north-up ("
                    + Arrays.toString(t.toArray()) + "); terrain kernels need a north-up grid");
        }
        int rows = g.rows();
        double[] w = new double[rows];
        double[] h = new double[rows];
        Crs crs = g.crs();
        if (scale.isPresent()) {
            double s = scale.getAsDouble();
            Arrays.fill(w, t.cellWidth() * s);
            Arrays.fill(h, t.cellHeight() * s);
        } else if (crs.isKnown() && crs.isGeographic()) {
            CellMetrics m = CellMetrics.of(g);
            for (int r = 0; r < rows; r++) {
                w[r] = m.cellWidthMetres(g, r);
                h[r] = m.cellHeightMetres(g, r);
            }
        } else {
            Arrays.fill(w, t.cellWidth());
            Arrays.fill(h, t.cellHeight());
        }
        for (int r = 0; r < rows; r++) {
            if (!(w[r] > 0) || !(h[r] > 0) || !Double.isFinite(w[r]) || !Double.isFinite(h[r])) {
                throw new InvalidInputException("cells of row " + r + " measure " + w[r] + " x " + h[r]
                        + " in horizontal units; terrain kernels need a positive finite size");
            }
        }
        return new CellSpacing(w, h);
    }

    /** Distance between centres of neighbouring columns in row {@code r}. */
    double width(int r) {
        return width[r];
    }

    /** Distance between centres of neighbouring rows at row {@code r}. */
    double height(int r) {
        return height[r];
    }
}
