package org.plinth.raster.focal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.InvalidInputException;

class FocalSumTest {
    @Test
    void windowCellsIsWhatAFullWindowOfOnesSums() {
        // a 3 x 3 lattice of 10 m cells within 10 m of the centre: the centre and its 4 edge neighbours
        assertThat(FocalSum.windowCells(10, 10, 10)).isEqualTo(5);
        for (double[] c : new double[][] {{1000, 90, 90}, {1000, 90, 60}, {20000, 100, 100}, {55, 10, 25}}) {
            int r = (int) Math.ceil(c[0] / Math.min(c[1], c[2]));
            int n = 2 * r + 3;
            float[] ones = new float[n * n];
            java.util.Arrays.fill(ones, 1f);
            FloatGrid g = new FloatGrid(new GridGeometry(n, n, GeoTransform.northUp(0, 0, c[1], c[2]), Crs.epsg(32636)),
                    ones, null);
            float centre = new FocalSum(g, FocalOptions.defaults(c[0])).compute().get(n / 2, n / 2);
            assertThat(FocalSum.windowCells(c[0], c[1], c[2])).as("radius %s on %s x %s", c[0], c[1], c[2])
                    .isEqualTo((int) centre);
        }
    }


    static GridGeometry grid(int cols, int rows, double w, double h) {
        return new GridGeometry(cols, rows, GeoTransform.northUp(400000, 6000000, w, h), Crs.epsg(32637));
    }

    static List<Decay> decays() {
        return List.of(Decay.none(), Decay.linear(), Decay.gaussian(25), Decay.inversePower(2, 12));
    }

    /** Seeds x decays x {dense, sparse} so every algorithm path is checked. */
    static Stream<Arguments> cases() {
        return Stream.of(11L, 12L, 13L, 2718L).flatMap(seed -> decays().stream()
                .flatMap(d -> Stream.of(Arguments.of(seed, d, 0.9), Arguments.of(seed, d, 0.05))));
    }

    /** Slow reference: every cell against every cell. */
    static double bruteForce(FloatGrid v, int col, int row, double radius, Decay decay) {
        GeoTransform t = v.geometry().transform();
        double limit = Kernel.limit(radius);
        double sum = 0;
        for (int r = 0; r < v.rows(); r++) {
            for (int c = 0; c < v.cols(); c++) {
                double dx = (c - col) * t.cellWidth();
                double dy = (r - row) * t.cellHeight();
                if (!v.isNoData(c, r) && dx * dx + dy * dy <= limit) {
                    sum += v.get(c, r) * decay.weight(Math.hypot(dx, dy), radius);
                }
            }
        }
        return sum;
    }

    @ParameterizedTest(name = "seed {0}, {1}, density {2}")
    @MethodSource("cases")
    void matchesBruteForce(long seed, Decay decay, double density) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int cols = 1 + rnd.nextInt(45);
        int rows = 1 + rnd.nextInt(45);
        double w = 3 + rnd.nextDouble() * 12;
        double h = 3 + rnd.nextDouble() * 12;
        double radius = 5 + rnd.nextDouble() * 80;
        float[] data = new float[cols * rows];
        for (int i = 0; i < data.length; i++) {
            double u = rnd.nextDouble();
            data[i] = u < density ? (float) (rnd.nextDouble() * 1000 - 100) : 0;
            if (rnd.nextInt(40) == 0) {
                data[i] = rnd.nextBoolean() ? Float.NaN : -9999f;
            }
        }
        FloatGrid v = new FloatGrid(grid(cols, rows, w, h), data, -9999f);
        FloatGrid s = new FocalSum(v, FocalOptions.defaults(radius).withDecay(decay)).compute();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double expected = bruteForce(v, c, r, radius, decay);
                assertThat((double) s.get(c, r)).as("seed %d %s cell %d,%d (%dx%d, %.2fx%.2f m, R %.2f)", seed, decay,
                        c, r, cols, rows, w, h, radius).isCloseTo(expected, within(1e-3 + 1e-6 * Math.abs(expected)));
            }
        }
    }

    @Test
    void handDerivedLiteral() {
        // 3 x 3 ones, 10 m cells, R = 15: orthogonal neighbours at 10 m, diagonals at 14.142 m.
        // No decay: centre 9, corner 4 (itself, 2 edges, 1 diagonal), edge middle 6.
        // Linear: centre = 1 + 4 (1 - 10/15) + 4 (1 - sqrt(200)/15) = 1 + 4/3 + 4 * 0.0571895 = 2.5621...
        FloatGrid ones = FloatGrid.filled(grid(3, 3, 10, 10), 1f, null);
        FloatGrid plain = new FocalSum(ones, FocalOptions.defaults(15)).compute();
        assertThat(plain.get(1, 1)).isEqualTo(9f);
        assertThat(plain.get(0, 0)).isEqualTo(4f);
        assertThat(plain.get(1, 0)).isEqualTo(6f);
        FloatGrid linear = new FocalSum(ones, FocalOptions.defaults(15).withDecay(Decay.linear())).compute();
        double centre = 1 + 4 * (1 - 10 / 15.0) + 4 * (1 - Math.sqrt(200) / 15);
        assertThat((double) linear.get(1, 1)).isCloseTo(centre, within(1e-6));
        // R exactly 10: the diagonals (14.1 m) drop out, orthogonal neighbours at exactly 10 m stay in.
        assertThat(new FocalSum(ones, FocalOptions.defaults(10)).compute().get(1, 1)).isEqualTo(5f);
    }

    @Test
    void keepInputNoData() {
        // Row [1, NaN, 1], 10 m cells, R 10: NoData counts as 0 -> 1, 2, 1; kept NoData -> 1, NaN, 1.
        FloatGrid v = new FloatGrid(grid(3, 1, 10, 10), new float[] {1, Float.NaN, 1}, null);
        assertThat(new FocalSum(v, FocalOptions.defaults(10)).compute().data()).containsExactly(1f, 2f, 1f);
        assertThat(new FocalSum(v, FocalOptions.defaults(10).withKeepInputNoData(true)).compute().data())
                .containsExactly(1f, Float.NaN, 1f);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("pointSeeds")
    void ofPointsMatchesBruteForce(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        GridGeometry g = grid(20 + rnd.nextInt(30), 20 + rnd.nextInt(30), 10 + rnd.nextDouble() * 20, 10 + rnd.nextDouble() * 20);
        int m = 1 + rnd.nextInt(70);
        double[] xy = new double[2 * m];
        double[] wt = new double[m];
        for (int i = 0; i < m; i++) {
            xy[2 * i] = g.minX() + (rnd.nextDouble() * 1.2 - 0.1) * (g.maxX() - g.minX());
            xy[2 * i + 1] = g.minY() + (rnd.nextDouble() * 1.2 - 0.1) * (g.maxY() - g.minY());
            wt[i] = rnd.nextInt(100000);
        }
        double radius = 30 + rnd.nextDouble() * 300;
        GeoTransform t = g.transform();
        for (Decay decay : decays()) {
            FloatGrid s = FocalSum.ofPoints(g, xy, wt, radius, decay);
            for (int r = 0; r < g.rows(); r++) {
                for (int c = 0; c < g.cols(); c++) {
                    double expected = 0;
                    for (int i = 0; i < m; i++) {
                        double dx = t.centreX(c) - xy[2 * i];
                        double dy = t.centreY(r) - xy[2 * i + 1];
                        if (dx * dx + dy * dy <= Kernel.limit(radius)) {
                            expected += wt[i] * decay.weight(Math.min(radius, Math.hypot(dx, dy)), radius);
                        }
                    }
                    assertThat((double) s.get(c, r)).as("seed %d %s cell %d,%d", seed, decay, c, r)
                            .isCloseTo(expected, within(1e-3 + 1e-6 * expected));
                }
            }
        }
    }

    static Stream<Long> pointSeeds() {
        return Stream.of(70L, 71L, 1945L);
    }

    @Test
    void ofPointsLiteral() {
        // 2 x 1 grid, 10 m cells from x 0; centres at x 5 and 15, y 5. One point of weight 100 at (5, 5),
        // R 10, linear: cell 0 gets 100, cell 1 (10 m away) gets 100 * (1 - 10/10) = 0.
        FloatGrid s = FocalSum.ofPoints(new GridGeometry(2, 1, GeoTransform.northUp(0, 10, 10, 10), Crs.epsg(32637)),
                new double[] {5, 5}, new double[] {100}, 10, Decay.linear());
        assertThat(s.data()).containsExactly(100f, 0f);
    }

    @Test
    void refusesGeographicAndBadOptions() {
        GridGeometry geo = new GridGeometry(3, 3, GeoTransform.northUp(5, 50, 0.01, 0.01), Crs.epsg(4326));
        assertThatThrownBy(() -> new FocalSum(FloatGrid.filled(geo, 1, null), FocalOptions.defaults(100)).compute())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("projected");
        assertThatThrownBy(() -> FocalOptions.defaults(0)).hasMessage("focal radius must be > 0 and finite metres, was 0.0");
        assertThatThrownBy(() -> Decay.gaussian(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FocalSum.ofPoints(grid(3, 3, 1, 1), new double[] {1, 2}, new double[] {1, 2}, 5,
                Decay.none())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one weight per");
    }
}
