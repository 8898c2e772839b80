package org.plinth.raster.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;

/**
 * Warp against a slow reference on random small grids: every target cell unprojected exactly, and
 * the bilinear tent summed over every source cell (no kernel window, no row interpolation).
 */
class WarpVsSlowReferenceTest {

    static LongStream seeds() {
        return LongStream.range(1, 31);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void warpAgreesWithBruteForce(long seed) {
        System.out.println("warp random seed " + seed);
        SplittableRandom rnd = new SplittableRandom(seed);
        int w = 3 + rnd.nextInt(12);
        int h = 3 + rnd.nextInt(12);
        double cell = 0.002 + rnd.nextDouble() * 0.02;
        double lon0 = -170 + rnd.nextDouble() * 330;
        double lat0 = -60 + rnd.nextDouble() * 120;
        GridGeometry g = new GridGeometry(w, h, GeoTransform.northUp(lon0, lat0, cell, cell), Crs.epsg(4326));
        float[] z = new float[w * h];
        double holes = rnd.nextDouble() * 0.3;
        for (int i = 0; i < z.length; i++) {
            z[i] = rnd.nextDouble() < holes ? Float.NaN : (float) (rnd.nextDouble() * 100);
        }
        FloatGrid src = new FloatGrid(g, z, null);
        // Target cells from a fifth to three times the source's north-south cell size.
        double size = cell * 111_000 * (0.2 + rnd.nextDouble() * 2.8);
        WarpOptions o = WarpOptions.defaults().withCellSize(size).withMaxError(0);
        FloatGrid fast = new Warp(src, o).compute();
        FloatGrid nearest = new Warp(src, o.withResampling(Resampling.NEAREST)).compute();
        FloatGrid approx = new Warp(src, o.withMaxError(0.01)).compute();
        GridGeometry t = fast.geometry();
        TransverseMercator tm = Utm.fromEpsg(t.crs().epsgCode().getAsInt()).projection();
        double[] scales = scales(t, tm, g);
        int differ = 0;
        for (int r = 0; r < t.rows(); r++) {
            for (int c = 0; c < t.cols(); c++) {
                double[] ll = tm.inverse(t.transform().centreX(c), t.transform().centreY(r));
                double x = g.transform().colOf(ll[0]);
                double y = g.transform().rowOf(ll[1]);
                String at = "seed " + seed + " cell " + c + "," + r;
                float slow = slowBilinear(src, x, y, scales);
                if (Float.isNaN(slow)) {
                    assertThat(fast.get(c, r)).as(at).isNaN();
                } else {
                    assertThat(fast.get(c, r)).as(at).isCloseTo(slow, within(1e-3f));
                }
                boolean in = x >= 0 && y >= 0 && x < w && y < h;
                float near = in ? src.get((int) x, (int) y) : Float.NaN;
                assertThat(Float.floatToIntBits(nearest.get(c, r))).as(at).isEqualTo(Float.floatToIntBits(near));
                if (Float.isNaN(slow) != Float.isNaN(approx.get(c, r))) {
                    differ++;
                } else if (!Float.isNaN(slow)) {
                    // 0.01 cell of position error on values that change by at most 100 per cell.
                    assertThat(approx.get(c, r)).as(at).isCloseTo(slow, within(2f));
                }
            }
        }
        assertThat(differ).isLessThanOrEqualTo(Math.max(1, t.cols() * t.rows() / 50));
    }

    /** Effective tent scales and the weight floor, from the bounding box of all target cell corners. */
    private static double[] scales(GridGeometry t, TransverseMercator tm, GridGeometry g) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int r = 0; r <= t.rows(); r++) {
            for (int c = 0; c <= t.cols(); c++) {
                double[] ll = tm.inverse(t.transform().originX() + c * t.transform().pixelWidth(),
                        t.transform().originY() + r * t.transform().pixelHeight());
                double x = g.transform().colOf(ll[0]);
                double y = g.transform().rowOf(ll[1]);
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
            }
        }
        double sx = t.cols() / (Math.ceil(Math.min(g.cols(), maxX)) - Math.floor(Math.max(0, minX)));
        double sy = t.rows() / (Math.ceil(Math.min(g.rows(), maxY)) - Math.floor(Math.max(0, minY)));
        if (sx >= 0.95 && sy >= 0.95) {
            return new double[] {1, 1, 1e-5};
        }
        return new double[] {snap(sx), snap(sy), 1e-6};
    }

    private static double snap(double s) {
        if (s >= 1) {
            return 1;
        }
        long n = Math.round(1 / s);
        return Math.abs(1 / s - n) < 0.05 ? 1.0 / n : s;
    }

    private static float slowBilinear(FloatGrid src, double x, double y, double[] scales) {
        if (!(x >= 0 && y >= 0 && x < src.cols() && y < src.rows()) || src.isNoData((int) x, (int) y)) {
            return Float.NaN;
        }
        double sum = 0;
        double weight = 0;
        for (int r = 0; r < src.rows(); r++) {
            for (int c = 0; c < src.cols(); c++) {
                float v = src.get(c, r);
                double wgt = tent((c + 0.5 - x) * scales[0]) * tent((r + 0.5 - y) * scales[1]);
                if (wgt > 0 && !src.isNoData(v)) {
                    sum += v * wgt;
                    weight += wgt;
                }
            }
        }
        return weight < scales[2] ? Float.NaN : (float) (sum / weight);
    }

    private static double tent(double t) {
        return Math.max(0, 1 - Math.abs(t));
    }
}
