package org.plinth.raster.distance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;

class PointDistanceTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 9, 31, 256, 8191, 65537, 999331})
    void exactAgainstBruteForce(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int cols = 1 + rnd.nextInt(60);
        int rows = 1 + rnd.nextInt(60);
        double w = 1 + rnd.nextDouble() * 30;
        double h = 1 + rnd.nextDouble() * 30;
        GridGeometry g = new GridGeometry(cols, rows, GeoTransform.northUp(1000, 2000, w, h), Crs.epsg(32633));
        // Clustered or spread points, some outside the grid, some duplicated.
        int m = 1 + rnd.nextInt(rnd.nextBoolean() ? 5 : 200);
        double[] xy = new double[2 * m];
        for (int i = 0; i < m; i++) {
            xy[2 * i] = 1000 + (rnd.nextDouble() * 1.4 - 0.2) * cols * w;
            xy[2 * i + 1] = 2000 - (rnd.nextDouble() * 1.4 - 0.2) * rows * h;
            if (i > 0 && rnd.nextInt(10) == 0) {
                xy[2 * i] = xy[0];
            }
        }
        FloatGrid d = new PointDistance(g, xy, DistanceOptions.defaults()).compute();
        GeoTransform t = g.transform();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double best = Double.POSITIVE_INFINITY;
                for (int i = 0; i < m; i++) {
                    best = Math.min(best, Math.hypot(t.centreX(c) - xy[2 * i], t.centreY(r) - xy[2 * i + 1]));
                }
                double tol = Math.max(1e-6, Math.ulp((float) best)) + 1e-9 * best;
                assertThat((double) d.get(c, r)).as("seed %d cell %d,%d", seed, c, r).isCloseTo(best, within(tol));
            }
        }
    }

    @Test
    void handDerivedCase() {
        // 3 x 2 grid of 10 m cells from (0, 20); centres at x 5, 15, 25 and y 15, 5.
        // Point (2, 11): cell (0,0) centre (5,15): hypot(3, 4) = 5; cell (2,1) centre (25,5): hypot(23, 6).
        GridGeometry g = new GridGeometry(3, 2, GeoTransform.northUp(0, 20, 10, 10), Crs.epsg(32633));
        FloatGrid d = new PointDistance(g, new double[] {2, 11}, DistanceOptions.defaults()).compute();
        assertThat(d.get(0, 0)).isEqualTo(5f);
        assertThat(d.get(2, 1)).isEqualTo((float) Math.hypot(23, 6));
    }

    @Test
    void maxDistanceAndNoPoints() {
        GridGeometry g = new GridGeometry(4, 1, GeoTransform.northUp(0, 10, 10, 10), Crs.epsg(32633));
        // Point at the centre of col 0: distances 0, 10, 20, 30; max 15 -> NaN beyond.
        FloatGrid d = new PointDistance(g, new double[] {5, 5}, DistanceOptions.defaults().withMaxDistance(15)).compute();
        assertThat(d.data()).containsExactly(0f, 10f, Float.NaN, Float.NaN);
        FloatGrid none = new PointDistance(g, new double[0], DistanceOptions.defaults()).compute();
        assertThat(none.data()).containsOnly(Float.NaN);
        assertThatThrownBy(() -> new PointDistance(g, new double[] {1, 2, 3}, DistanceOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pairs");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 4326})
    void geographicAgainstBruteForceGeodesic(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int cols = 20 + rnd.nextInt(30);
        int rows = 20 + rnd.nextInt(30);
        double cell = 1 / 60.0;
        GridGeometry g = new GridGeometry(cols, rows, GeoTransform.northUp(34, 52.5, cell, cell), Crs.epsg(4326));
        int m = 1 + rnd.nextInt(20);
        double[] xy = new double[2 * m];
        for (int i = 0; i < m; i++) {
            xy[2 * i] = 34 + rnd.nextDouble() * cols * cell;
            xy[2 * i + 1] = 52.5 - rnd.nextDouble() * rows * cell;
        }
        Geodesy e = Geodesy.of(Crs.epsg(4326));
        FloatGrid d = new PointDistance(g, xy, DistanceOptions.defaults()).compute();
        GeoTransform t = g.transform();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double best = Double.POSITIVE_INFINITY;
                for (int i = 0; i < m; i++) {
                    best = Math.min(best, e.distance(t.centreY(r), t.centreX(c), xy[2 * i + 1], xy[2 * i]));
                }
                assertThat((double) d.get(c, r)).as("seed %d cell %d,%d", seed, c, r)
                        .isBetween(best - 1e-3 - Math.ulp((float) best), best * (1 + 1e-3) + 1e-3);
            }
        }
    }
}
