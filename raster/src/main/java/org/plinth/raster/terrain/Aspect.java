package org.plinth.raster.terrain;

import java.util.Objects;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.Monitor;

/**
 * Aspect of a DEM by Horn's method: the azimuth the slope faces (direction of steepest descent), in
 * degrees clockwise from north in [0, 360), as {@code gdaldem aspect -alg Horn} (or
 * {@code -alg ZevenbergenThorne}, {@link AspectOptions#gradient()}).
 *
 * <p>Algorithm: Horn (1981) 3×3 differences ({@link HornStencil}) give {@code dz/dx} (east) and
 * {@code dz/dy} (north); aspect = {@code atan2(−dz/dx, −dz/dy)} in degrees, shifted into [0, 360).
 * A slope facing east is 90°, south 180°. Where both differences are exactly zero (flat), the
 * direction is undefined and the output is NoData (gdaldem writes −9999), or 0 with
 * {@link AspectOptions#zeroForFlat()} (gdaldem {@code -zero_for_flat}).
 *
 * <p>Cell shape: the differences are divided by the cell width and height, so aspect is right on
 * rectangular cells and on geographic DEMs (per-row metres from latitude). gdaldem ignores cell size
 * in aspect; on square cells (and with a {@code scale}) the two agree exactly. An unknown CRS uses
 * the cell size as is (x and y in the same units).
 *
 * <p>NoData: as {@link Slope} (NoData centre → NoData; NoData neighbours replaced by the centre with
 * edges on, else NoData). Output NoData cells hold {@link AspectOptions#noData()}.
 *
 * <p>Reference: Horn (1981), Proc. IEEE 69(1):14–47; GDAL {@code gdaldem_lib.cpp}.
 */
public final class Aspect {
    private static final double DEGREES_PER_RADIAN = 180.0 / Math.PI;
    private final FloatGrid dem;
    private final AspectOptions options;

    public Aspect(FloatGrid dem, AspectOptions options) {
        this.dem = Objects.requireNonNull(dem, "dem");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Aspect with the default options. */
    public static FloatGrid of(FloatGrid dem) {
        return new Aspect(dem, AspectOptions.defaults()).compute();
    }

    public FloatGrid compute() {
        return compute(Monitor.NONE);
    }

    public FloatGrid compute(Monitor monitor) {
        CellSpacing spacing = CellSpacing.ofUnitsOptional(dem.geometry(), options.scale());
        HornStencil stencil = new HornStencil(dem, options.computeEdges(), options.gradient());
        int cols = dem.cols();
        float[] out = new float[dem.geometry().cellCount()];
        float noData = options.noData();
        float flat = options.zeroForFlat() ? 0f : noData;
        stencil.eachRow(monitor, (r, gx, gy) -> {
            double kx = 1.0 / spacing.width(r);
            double ky = 1.0 / spacing.height(r);
            int base = r * cols;
            for (int c = 0; c < cols; c++) {
                double x = gx[c];
                double y = gy[c];
                if (Double.isNaN(x)) {
                    out[base + c] = noData;
                } else if (x == 0 && y == 0) {
                    out[base + c] = flat;
                } else {
                    out[base + c] = azimuthOfDescent(x * kx, y * ky);
                }
            }
        });
        return new FloatGrid(dem.geometry(), out, noData);
    }

    /**
     * Azimuth in [0, 360) of the steepest descent, the vector (−dzdx, −dzdy): atan2(dzdx, dzdy) + 180°
     * is that azimuth without a branch on its sign; 360 (from rounding) becomes 0.
     */
    private static float azimuthOfDescent(double dzdx, double dzdy) {
        float a = (float) (Arctangent.atan2(dzdx, dzdy) * DEGREES_PER_RADIAN + 180);
        return a >= 360f ? 0f : a;
    }
}
