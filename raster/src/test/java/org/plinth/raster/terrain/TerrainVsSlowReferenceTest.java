package org.plinth.raster.terrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.FloatGrid;

/**
 * The fast kernels against a slow, literal transcription of gdaldem's per-cell procedure
 * (GDALGeneric3x3Processing + ComputeVal + the Horn slope/aspect/hillshade formulas) on random DEMs
 * with random NoData holes, sizes and edge modes.
 */
class TerrainVsSlowReferenceTest {
    private static final float ND = -9999f;

    static LongStream seeds() {
        return LongStream.range(1, 41);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void slopeAspectHillshadeAgreeWithTheSlowReference(long seed) {
        System.out.println("terrain random seed " + seed);
        SplittableRandom rnd = new SplittableRandom(seed);
        int w = 1 + rnd.nextInt(12);
        int h = 1 + rnd.nextInt(12);
        double cell = 5 + rnd.nextDouble() * 30;
        boolean edges = rnd.nextBoolean();
        double holes = rnd.nextDouble() * 0.3;
        float[][] z = new float[h][w];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                z[r][c] = rnd.nextDouble() < holes ? ND : (float) (rnd.nextDouble() * 50);
            }
        }
        FloatGrid dem = Grids.of(cell, Grids.UTM36N, ND, z);
        FloatGrid slope = new Slope(dem, SlopeOptions.defaults().withComputeEdges(edges)).compute();
        FloatGrid aspect = new Aspect(dem, AspectOptions.defaults().withComputeEdges(edges)).compute();
        HillshadeOptions ho = HillshadeOptions.defaults().withComputeEdges(edges)
                .withAzimuth(rnd.nextDouble() * 360).withAltitude(rnd.nextDouble() * 90);
        ByteGrid shade = new Hillshade(dem, ho).compute();
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                double[] win = gdalWindow(z, r, c, edges);
                String at = "seed " + seed + " cell " + c + "," + r;
                if (win == null) {
                    assertThat(slope.get(c, r)).as(at).isEqualTo(ND);
                    assertThat(aspect.get(c, r)).as(at).isEqualTo(ND);
                    assertThat(shade.get(c, r)).as(at).isZero();
                    continue;
                }
                assertThat(slope.get(c, r)).as(at).isEqualTo((float) slopeOf(win, cell), within(1e-4f));
                float a = aspectOf(win);
                if (a == ND) {
                    assertThat(aspect.get(c, r)).as(at).isEqualTo(ND);
                } else {
                    double d = Math.abs(aspect.get(c, r) - a) % 360;
                    assertThat(Math.min(d, 360 - d)).as(at).isLessThan(1e-3);
                }
                double s = shadeOf(win, cell, ho.azimuth(), ho.altitude());
                assertThat((double) shade.get(c, r)).as(at).isCloseTo(s, within(0.5 + 1e-6));
            }
        }
    }

    /** The 3x3 window gdaldem evaluates at (r, c), or null where it writes NoData. */
    private static double[] gdalWindow(float[][] z, int r, int c, boolean edges) {
        int h = z.length;
        int w = z[0].length;
        if (h < 2 || w < 2) {
            return null;
        }
        boolean edgeRow = r == 0 || r == h - 1;
        boolean edgeCol = c == 0 || c == w - 1;
        if (!edges && (edgeRow || edgeCol)) {
            return null;
        }
        double[] win = new double[9];
        if (edgeRow) {
            int jmin = c == 0 ? c : c - 1;
            int jmax = c == w - 1 ? c : c + 1;
            int[] cs = {jmin, c, jmax};
            for (int k = 0; k < 3; k++) {
                if (r == 0) {
                    win[k] = interpol(z[0][cs[k]], z[1][cs[k]]);
                    win[3 + k] = v(z[0][cs[k]]);
                    win[6 + k] = v(z[1][cs[k]]);
                } else {
                    win[k] = v(z[h - 2][cs[k]]);
                    win[3 + k] = v(z[h - 1][cs[k]]);
                    win[6 + k] = interpol(z[h - 1][cs[k]], z[h - 2][cs[k]]);
                }
            }
        } else {
            for (int k = 0; k < 3; k++) {
                float[] row = z[r - 1 + k];
                win[3 * k] = c == 0 ? interpol(row[0], row[1]) : v(row[c - 1]);
                win[3 * k + 1] = v(row[c]);
                win[3 * k + 2] = c == w - 1 ? interpol(row[c], row[c - 1]) : v(row[c + 1]);
            }
        }
        if (Double.isNaN(win[4])) {
            return null;
        }
        for (int k = 0; k < 9; k++) {
            if (Double.isNaN(win[k])) {
                if (!edges) {
                    return null;
                }
                win[k] = win[4];
            }
        }
        return win;
    }

    private static double v(float x) {
        return x == ND ? Double.NaN : x;
    }

    private static double interpol(float a, float b) {
        return (a == ND || b == ND) ? Double.NaN : 2.0 * a - b;
    }

    private static double slopeOf(double[] w, double cell) {
        double dx = ((w[0] + w[3] + w[3] + w[6]) - (w[2] + w[5] + w[5] + w[8])) / cell;
        double dy = ((w[6] + w[7] + w[7] + w[8]) - (w[0] + w[1] + w[1] + w[2])) / -cell;
        return Math.atan(Math.sqrt(dx * dx + dy * dy) / 8) * 180 / Math.PI;
    }

    private static float aspectOf(double[] w) {
        double dx = (w[2] + w[5] + w[5] + w[8]) - (w[0] + w[3] + w[3] + w[6]);
        double dy = (w[6] + w[7] + w[7] + w[8]) - (w[0] + w[1] + w[1] + w[2]);
        if (dx == 0 && dy == 0) {
            return ND;
        }
        float a = (float) (Math.atan2(dy, -dx) * 180 / Math.PI);
        a = a > 90f ? 450f - a : 90f - a;
        return a == 360f ? 0f : a;
    }

    /** gdaldem's hillshade before rounding to a byte. */
    private static double shadeOf(double[] w, double cell, double azDeg, double altDeg) {
        double x = ((w[0] + w[3] + w[3] + w[6]) - (w[2] + w[5] + w[5] + w[8])) / cell;
        double y = ((w[6] + w[7] + w[7] + w[8]) - (w[0] + w[1] + w[1] + w[2])) / -cell;
        double zf = 1.0 / 8;
        double az = Math.toRadians(azDeg);
        double alt = Math.toRadians(altDeg);
        double cang = (Math.sin(alt) - (y * Math.cos(az) * Math.cos(alt) * zf - x * Math.sin(az) * Math.cos(alt) * zf))
                / Math.sqrt(1 + zf * zf * (x * x + y * y));
        return cang <= 0 ? 1 : 1 + 254 * cang;
    }
}
