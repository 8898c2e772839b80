package org.plinth.raster.terrain;

/**
 * How slope, aspect and hillshade estimate the surface's gradient from a cell's 3×3 window, as
 * {@code gdaldem -alg} names them.
 */
public enum Gradient {
    /**
     * Horn (1981): weighted differences over all eight neighbours, {@code dz/dx = ((z2 + 2 z5 + z8) −
     * (z0 + 2 z3 + z6)) / (8 Δx)}; gdaldem's default, smoother on rough terrain.
     */
    HORN,
    /**
     * Zevenbergen and Thorne (1987): central differences of the four edge neighbours,
     * {@code dz/dx = (z5 − z3) / (2 Δx)}, {@code dz/dy = (z1 − z7) / (2 Δy)}; gdaldem
     * {@code -alg ZevenbergenThorne}, which GDAL suggests for smoother landscapes.
     */
    ZEVENBERGEN_THORNE
}
