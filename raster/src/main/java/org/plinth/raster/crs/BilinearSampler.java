package org.plinth.raster.crs;

import org.plinth.raster.FloatGrid;

/**
 * gdalwarp's bilinear sampling of a source grid at a fractional position, NoData-aware, including
 * its widening of the kernel when the target is coarser than the source.
 *
 * <p>Per axis, {@code scale} is target cells per source cell. When both scales are at least 0.95,
 * this is plain bilinear interpolation between the four nearest cell centres
 * ({@code GWKBilinearResample4Sample}). Otherwise, on each axis with scale &lt; 1, the tent
 * {@code max(0, 1 − |d|·scale)} over source distance d reaches {@code ceil(1/scale)} cells either
 * side, so that every source cell under a target cell contributes (GDAL's general
 * {@code GWKResample} with the bilinear filter).
 *
 * <p>NoData: the cell is NoData when the point lies outside the source, or in a NoData source cell
 * (gdalwarp skips those); otherwise NoData and off-grid neighbours are left out and the remaining
 * weights renormalised, and the result is NoData when less than 1e-5 (plain) or 1e-6 (widened) of
 * the weight remains.
 */
final class BilinearSampler {
    private static final double PLAIN_LIMIT = 0.95;
    private final FloatGrid source;
    private final double scaleX;
    private final double scaleY;
    private final int radiusX;
    private final int radiusY;
    private final double minWeight;
    private final double[] wx;

    /** @param scaleX target cells per source cell along x; {@code scaleY} along y; both &gt; 0 */
    BilinearSampler(FloatGrid source, double scaleX, double scaleY) {
        this.source = source;
        boolean plain = scaleX >= PLAIN_LIMIT && scaleY >= PLAIN_LIMIT;
        this.scaleX = plain ? 1 : snap(Math.min(1, scaleX));
        this.scaleY = plain ? 1 : snap(Math.min(1, scaleY));
        this.radiusX = (int) Math.ceil(1 / this.scaleX);
        this.radiusY = (int) Math.ceil(1 / this.scaleY);
        this.minWeight = plain ? 1e-5 : 1e-6;
        this.wx = new double[2 * radiusX + 1];
    }

    /** A copy with its own scratch space, for another thread. */
    BilinearSampler copy() {
        return new BilinearSampler(source, scaleX, scaleY);
    }

    /** GDAL rounds a scale whose reciprocal is within 0.05 of an integer n to exactly 1/n. */
    private static double snap(double scale) {
        if (scale >= 1) {
            return 1;
        }
        double reciprocal = 1 / scale;
        long n = Math.round(reciprocal);
        return Math.abs(reciprocal - n) < 0.05 ? 1.0 / n : scale;
    }

    float sample(double x, double y, float noData) {
        int w = source.cols();
        int h = source.rows();
        if (!(x >= 0 && y >= 0 && x < w && y < h) || source.isNoData((int) x, (int) y)) {
            return noData;
        }
        int i0 = (int) Math.floor(x - 0.5);
        int j0 = (int) Math.floor(y - 0.5);
        double dx = x - 0.5 - i0;
        double dy = y - 0.5 - j0;
        int iMin = Math.max(-radiusX, -i0);
        int iMax = Math.min(radiusX, w - 1 - i0);
        int jMin = Math.max(-radiusY, -j0);
        int jMax = Math.min(radiusY, h - 1 - j0);
        for (int i = iMin; i <= iMax; i++) {
            wx[i + radiusX] = tent((i - dx) * scaleX);
        }
        double sum = 0;
        double weight = 0;
        float[] d = source.data();
        for (int j = jMin; j <= jMax; j++) {
            double wy = tent((j - dy) * scaleY);
            if (wy == 0) {
                continue;
            }
            int base = (j0 + j) * w + i0;
            for (int i = iMin; i <= iMax; i++) {
                float z = d[base + i];
                double wxy = wx[i + radiusX] * wy;
                if (wxy == 0 || source.isNoData(z)) {
                    continue;
                }
                sum += z * wxy;
                weight += wxy;
            }
        }
        return weight < minWeight ? noData : (float) (sum / weight);
    }

    private static double tent(double t) {
        double a = Math.abs(t);
        return a < 1 ? 1 - a : 0;
    }
}
