package org.plinth.raster.terrain;

import java.util.Objects;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.Monitor;
import org.plinth.raster.RowBands;

/**
 * Shaded relief of a DEM, grey levels 1–255 with 0 as NoData, as {@code gdaldem hillshade} (Horn, or
 * Zevenbergen–Thorne with {@link HillshadeOptions#gradient()}).
 *
 * <p>Algorithm: Horn (1981) 3×3 differences ({@link HornStencil}) give {@code p = dz/dx} (east) and
 * {@code q = dz/dy} (north). With light from azimuth A and altitude H and z-factor z, the cosine of
 * the angle between the surface normal and the light is
 * <pre>
 *   cos i = (sin H − z·cos H·(p·sin A + q·cos A)) / √(1 + z²(p² + q²))
 * </pre>
 * and the grey level is {@code 1 + 254·cos i} rounded to the nearest integer, or 1 where
 * {@code cos i ≤ 0} (in shadow). Reference: Horn (1981), Proc. IEEE 69(1):14–47; GRASS 4.1
 * r.shaded.relief as carried into GDAL {@code gdaldem_lib.cpp}.
 *
 * <p>Units: as {@link Slope} (CRS or {@code scale}; geographic DEMs in metres per row). A DEM without
 * CRS and without a scale is refused.
 *
 * <p>NoData: as {@link Slope}; output NoData is 0, declared on the returned grid. gdaldem computes
 * the same formula with a fast reciprocal square root, so single grey levels may differ at rounding
 * ties.
 */
public final class Hillshade {
    private static final double RAD = Math.PI / 180.0;
    private final FloatGrid dem;
    private final HillshadeOptions options;

    public Hillshade(FloatGrid dem, HillshadeOptions options) {
        this.dem = Objects.requireNonNull(dem, "dem");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Hillshade with gdaldem's defaults (azimuth 315°, altitude 45°, z-factor 1). */
    public static ByteGrid of(FloatGrid dem) {
        return new Hillshade(dem, HillshadeOptions.defaults()).compute();
    }

    public ByteGrid compute() {
        return compute(Monitor.NONE);
    }

    public ByteGrid compute(Monitor monitor) {
        CellSpacing spacing = CellSpacing.of(dem.geometry(), options.scale(), "hillshade");
        HornStencil stencil = new HornStencil(dem, options.computeEdges(), options.gradient());
        int cols = dem.cols();
        byte[] out = new byte[dem.geometry().cellCount()];
        double z = options.zFactor();
        double sinH = Math.sin(options.altitude() * RAD);
        double cosH = Math.cos(options.altitude() * RAD);
        double sinA = Math.sin(options.azimuth() * RAD);
        double cosA = Math.cos(options.azimuth() * RAD);
        RowBands.run(dem.rows(), monitor, (rowStart, rowStop, ticker) -> {
            HornStencil.Cursor cursor = stencil.cursor();
            double[] gx = new double[cols];
            double[] gy = new double[cols];
            for (int r = rowStart; r < rowStop; r++) {
                cursor.row(r, gx, gy);
                // Per-row constants: gx, gy scaled to z·dz/dx and z·dz/dy, and folded into the light.
                double zx = z / (8 * spacing.width(r));
                double zy = z / (8 * spacing.height(r));
                double lx = 254 * cosH * sinA * zx;
                double ly = 254 * cosH * cosA * zy;
                double top = 254 * sinH;
                int base = r * cols;
                for (int c = 0; c < cols; c++) {
                    double x = gx[c];
                    if (Double.isNaN(x)) {
                        out[base + c] = 0;
                        continue;
                    }
                    double y = gy[c];
                    double px = x * zx;
                    double qy = y * zy;
                    double shade254 = (top - (x * lx + y * ly)) / Math.sqrt(1 + px * px + qy * qy);
                    out[base + c] = (byte) (shade254 <= 0 ? 1 : (int) (1.5 + shade254));
                }
                ticker.rowDone();
            }
        });
        return new ByteGrid(dem.geometry(), out, 0);
    }
}
