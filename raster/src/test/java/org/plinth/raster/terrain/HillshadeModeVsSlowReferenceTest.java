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
 * The hillshade modes against slow per-cell references written the long way, with angles, as gdaldem's
 * documentation states them: the multidirectional weights as {@code sin²(aspect − A)} of four standard
 * shadings, the combined incidence angle from the trigonometric hillshade formula, and Igor's facing
 * from normalised aspect angles. Random DEMs with NoData holes, light, z-factor, gradient and edge mode;
 * every cell with a whole 3×3 window of data is compared before rounding, and without edges every other
 * cell must be NoData. (Edges and NoData neighbours are {@link HornStencil}'s, shared with the standard
 * mode and checked in {@link TerrainVsSlowReferenceTest}.)
 */
class HillshadeModeVsSlowReferenceTest {
    private static final float ND = -9999f;
    private static final HillshadeMode[] MODES = {HillshadeMode.MULTIDIRECTIONAL, HillshadeMode.COMBINED,
        HillshadeMode.IGOR};

    static LongStream seeds() {
        return LongStream.range(1, 61);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void modesAgreeWithTheSlowReference(long seed) {
        System.out.println("hillshade mode random seed " + seed);
        SplittableRandom rnd = new SplittableRandom(seed);
        int w = 3 + rnd.nextInt(16);
        int h = 3 + rnd.nextInt(16);
        double cell = 5 + rnd.nextDouble() * 30;
        double holes = rnd.nextDouble() * 0.1;
        float[][] z = new float[h][w];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                z[r][c] = rnd.nextDouble() < holes ? ND : (float) (rnd.nextDouble() * 50);
            }
        }
        HillshadeOptions o = HillshadeOptions.defaults().withMode(MODES[rnd.nextInt(MODES.length)])
                .withGradient(rnd.nextBoolean() ? Gradient.HORN : Gradient.ZEVENBERGEN_THORNE)
                .withComputeEdges(rnd.nextBoolean()).withZFactor(0.2 + rnd.nextDouble() * 3)
                .withAzimuth(rnd.nextDouble() * 720 - 360).withAltitude(rnd.nextDouble() * 90);
        ByteGrid shade = new Hillshade(Grids.of(cell, Grids.UTM36N, ND, z), o).compute();
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                double[] win = interiorWindow(z, r, c);
                String at = "seed " + seed + " " + o + " cell " + c + "," + r;
                if (win == null) {
                    if (!o.computeEdges()) {
                        assertThat(shade.get(c, r)).as(at).isZero();
                    }
                    continue;
                }
                double expected = switch (o.mode()) {
                    case MULTIDIRECTIONAL -> multidirectional(win, cell, o);
                    case COMBINED -> combined(win, cell, o);
                    case IGOR -> igor(win, cell, o);
                    case STANDARD -> throw new AssertionError();
                };
                assertThat((double) shade.get(c, r)).as(at).isCloseTo(expected, within(0.5 + 1e-6));
            }
        }
    }

    /** The 3×3 window around (r, c) when it lies inside the grid and holds no NoData, else null. */
    private static double[] interiorWindow(float[][] z, int r, int c) {
        if (r == 0 || c == 0 || r == z.length - 1 || c == z[0].length - 1) {
            return null;
        }
        double[] win = new double[9];
        for (int k = 0; k < 9; k++) {
            float v = z[r - 1 + k / 3][c - 1 + k % 3];
            if (v == ND) {
                return null;
            }
            win[k] = v;
        }
        return win;
    }

    /** z·dz/dx (rising east) and z·dz/dy (rising north) of the window. */
    private static double[] gradient(double[] w, double cell, HillshadeOptions o) {
        if (o.gradient() == Gradient.HORN) {
            double east = (w[2] + 2 * w[5] + w[8]) - (w[0] + 2 * w[3] + w[6]);
            double north = (w[0] + 2 * w[1] + w[2]) - (w[6] + 2 * w[7] + w[8]);
            return new double[] {o.zFactor() * east / (8 * cell), o.zFactor() * north / (8 * cell)};
        }
        return new double[] {o.zFactor() * (w[5] - w[3]) / (2 * cell), o.zFactor() * (w[1] - w[7]) / (2 * cell)};
    }

    /** The standard cos i by angles: slope, the azimuth the slope faces, and the spherical cosine rule. */
    private static double cosIncidence(double[] g, double azimuthDeg, double altitudeDeg) {
        double slope = Math.atan(Math.hypot(g[0], g[1]));
        double facing = Math.atan2(-g[0], -g[1]);
        double alt = Math.toRadians(altitudeDeg);
        return Math.sin(alt) * Math.cos(slope)
                + Math.cos(alt) * Math.sin(slope) * Math.cos(Math.toRadians(azimuthDeg) - facing);
    }

    private static double multidirectional(double[] w, double cell, HillshadeOptions o) {
        double[] g = gradient(w, cell, o);
        if (g[0] == 0 && g[1] == 0) {
            return 1 + 254 * Math.sin(Math.toRadians(o.altitude()));
        }
        // gdaldem's aspect angle for the weights: atan2 of (z·dz/dy, −z·dz/dx), counter-clockwise
        double aspect = Math.atan2(g[1], -g[0]);
        double sum = 0;
        for (int az = 225; az <= 360; az += 45) {
            double weight = Math.pow(Math.sin(aspect - Math.toRadians(az)), 2);
            sum += weight * 254 * Math.max(0, cosIncidence(g, az, o.altitude()));
        }
        return 1 + 0.5 * sum;
    }

    private static double combined(double[] w, double cell, HillshadeOptions o) {
        double[] g = gradient(w, cell, o);
        double incidence = Math.acos(Math.max(-1, Math.min(1, cosIncidence(g, o.azimuth(), o.altitude()))));
        double slope = Math.atan(Math.hypot(g[0], g[1]));
        double f = 1 - (incidence / (Math.PI / 2)) * (slope / (Math.PI / 2));
        return f <= 0 ? 1 : 1 + 254 * f;
    }

    private static double igor(double[] w, double cell, HillshadeOptions o) {
        double[] g = gradient(w, cell, o);
        double slopeDeg = Math.toDegrees(Math.atan(Math.hypot(g[0], g[1])));
        double downslope = normalised(Math.atan2(-g[1], -g[0]));
        double lightTravel = normalised(3 * Math.PI / 2 - Math.toRadians(o.azimuth()));
        double diff = Math.abs(downslope - lightTravel);
        if (diff > Math.PI) {
            diff = 2 * Math.PI - diff;
        }
        return Math.max(1, 255 * (1 - slopeDeg / 90 * (1 - diff / Math.PI)));
    }

    private static double normalised(double angle) {
        double a = angle % (2 * Math.PI);
        return a < 0 ? a + 2 * Math.PI : a;
    }
}
