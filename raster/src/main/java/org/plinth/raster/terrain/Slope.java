package org.plinth.raster.terrain;

import java.util.Objects;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.Monitor;

/**
 * Slope of a DEM by Horn's method, in degrees or percent, as {@code gdaldem slope -alg Horn}, or by
 * Zevenbergen–Thorne's ({@link SlopeOptions#gradient()}, as {@code -alg ZevenbergenThorne}).
 *
 * <p>Algorithm: Horn (1981) 3×3 differences ({@link HornStencil}): {@code dz/dx = gx / (8 Δx)},
 * {@code dz/dy = gy / (8 Δy)}; slope = {@code atan(√(dz/dx² + dz/dy²))} in degrees, or
 * {@code 100·√(…)} in percent. Δx and Δy come from the CRS or the {@code scale} option (see
 * {@link SlopeOptions}); for a geographic DEM they are metres per row from the row's latitude on the
 * CRS's ellipsoid, whereas gdaldem uses one global {@code -s}; give {@code scale} to reproduce gdaldem.
 *
 * <p>Reference: Horn, B. K. P. (1981), "Hill shading and the reflectance map", Proc. IEEE 69(1):14–47;
 * GDAL {@code gdaldem_lib.cpp} for the edge and NoData rules.
 *
 * <p>NoData: a NoData cell gives NoData; NoData neighbours are replaced by the centre value with
 * edges on, or make the cell NoData with edges off (gdaldem's rule). Output NoData cells hold
 * {@link SlopeOptions#noData()}, which the returned grid declares. A DEM without CRS and without a
 * scale is refused ({@link org.plinth.raster.InvalidInputException}).
 *
 * <p>Limits: north-up grids only; vertical units are taken to be metres (or the scale's units). Rows
 * are computed in parallel bands; cancellation is checked after each row.
 */
public final class Slope {
    private static final double DEGREES_PER_RADIAN = 180.0 / Math.PI;
    private final FloatGrid dem;
    private final SlopeOptions options;

    public Slope(FloatGrid dem, SlopeOptions options) {
        this.dem = Objects.requireNonNull(dem, "dem");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Slope in degrees with the default options. */
    public static FloatGrid of(FloatGrid dem) {
        return new Slope(dem, SlopeOptions.defaults()).compute();
    }

    public FloatGrid compute() {
        return compute(Monitor.NONE);
    }

    public FloatGrid compute(Monitor monitor) {
        CellSpacing spacing = CellSpacing.of(dem.geometry(), options.scale(), "slope");
        HornStencil stencil = new HornStencil(dem, options.computeEdges(), options.gradient());
        int cols = dem.cols();
        float[] out = new float[dem.geometry().cellCount()];
        float noData = options.noData();
        boolean degrees = options.units() == SlopeUnits.DEGREES;
        stencil.eachRow(monitor, (r, gx, gy) -> {
            double kx = 1.0 / (8 * spacing.width(r));
            double ky = 1.0 / (8 * spacing.height(r));
            int base = r * cols;
            for (int c = 0; c < cols; c++) {
                double x = gx[c];
                if (Double.isNaN(x)) {
                    out[base + c] = noData;
                    continue;
                }
                double p = x * kx;
                double q = gy[c] * ky;
                double rise = Math.sqrt(p * p + q * q);
                out[base + c] = (float) (degrees ? Arctangent.atan(rise) * DEGREES_PER_RADIAN : 100 * rise);
            }
        });
        return new FloatGrid(dem.geometry(), out, noData);
    }
}
