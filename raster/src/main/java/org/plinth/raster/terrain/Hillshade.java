package org.plinth.raster.terrain;

import java.util.Objects;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.Monitor;

/**
 * Shaded relief of a DEM, grey levels 1–255 with 0 as NoData, as {@code gdaldem hillshade} (Horn, or
 * Zevenbergen–Thorne with {@link HillshadeOptions#gradient()}), in gdaldem's four modes
 * ({@link HillshadeOptions#mode()}: standard, {@code -multidirectional}, {@code -combined},
 * {@code -igor}).
 *
 * <p>Algorithm: Horn (1981) 3×3 differences ({@link HornStencil}) give {@code p = dz/dx} (east) and
 * {@code q = dz/dy} (north). With light from azimuth A and altitude H and z-factor z, the cosine of
 * the angle between the surface normal and the light is
 * <pre>
 *   cos i = (sin H − z·cos H·(p·sin A + q·cos A)) / √(1 + z²(p² + q²))
 * </pre>
 * and the standard grey level is {@code 1 + 254·cos i} rounded to the nearest integer, or 1 where
 * {@code cos i ≤ 0} (in shadow). The other modes combine the same quantities differently; their
 * formulas are on {@link HillshadeMode} and, exactly, in {@link HillshadeShading}. Reference: Horn
 * (1981), Proc. IEEE 69(1):14–47; GRASS 4.1 r.shaded.relief as carried into GDAL
 * {@code gdaldem_lib.cpp}; Mark (1992), USGS Open-File Report 92-422 (multidirectional).
 *
 * <p>Units: as {@link Slope} (CRS or {@code scale}; geographic DEMs in metres per row). A DEM without
 * CRS and without a scale is refused.
 *
 * <p>NoData: as {@link Slope}; output NoData is 0, declared on the returned grid. gdaldem computes
 * the same formulas with a fast reciprocal square root and float sums, so single grey levels may
 * differ at rounding ties.
 */
public final class Hillshade {
    private final FloatGrid dem;
    private final HillshadeOptions options;

    public Hillshade(FloatGrid dem, HillshadeOptions options) {
        this.dem = Objects.requireNonNull(dem, "dem");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Hillshade with gdaldem's defaults (azimuth 315°, altitude 45°, z-factor 1, standard mode). */
    public static ByteGrid of(FloatGrid dem) {
        return new Hillshade(dem, HillshadeOptions.defaults()).compute();
    }

    public ByteGrid compute() {
        return compute(Monitor.NONE);
    }

    public ByteGrid compute(Monitor monitor) {
        CellSpacing spacing = CellSpacing.of(dem.geometry(), options.scale(), "hillshade");
        HornStencil stencil = new HornStencil(dem, options.computeEdges(), options.gradient());
        HillshadeShading shading = HillshadeShading.of(options);
        int cols = dem.cols();
        byte[] out = new byte[dem.geometry().cellCount()];
        double z = options.zFactor();
        // gx, gy times the factors are z·dz/dx and z·dz/dy
        stencil.eachRow(monitor, (r, gx, gy) ->
                shading.row(gx, gy, z / (8 * spacing.width(r)), z / (8 * spacing.height(r)), out, r * cols, cols));
        return new ByteGrid(dem.geometry(), out, 0);
    }
}
