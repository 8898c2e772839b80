package org.plinth.raster.distance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.CancelledException;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.InvalidInputException;
import org.plinth.raster.Monitor;

class EuclideanDistanceTest {
    private static final Crs UTM = Crs.epsg(32636);

    static GridGeometry grid(int cols, int rows, double w, double h) {
        return new GridGeometry(cols, rows, GeoTransform.northUp(600000, 5700000, w, h), UTM);
    }

    /** Slow reference: minimum over all targets of the distance between cell centres. */
    static double bruteForce(ByteGrid g, int col, int row, double w, double h) {
        double best = Double.POSITIVE_INFINITY;
        for (int r = 0; r < g.rows(); r++) {
            for (int c = 0; c < g.cols(); c++) {
                if (g.get(c, r) != 0 && (g.noData() == null || g.get(c, r) != g.noData())) {
                    best = Math.min(best, Math.hypot((c - col) * w, (r - row) * h));
                }
            }
        }
        return best;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 2024, 77777, 123456789})
    void matchesBruteForceOnRandomAnisotropicGrids(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int cols = 1 + rnd.nextInt(70);
        int rows = 1 + rnd.nextInt(70);
        double w = 0.5 + rnd.nextDouble() * 40;
        double h = 0.5 + rnd.nextDouble() * 40;
        double density = rnd.nextDouble() * rnd.nextDouble() * 0.3;
        ByteGrid g = ByteGrid.zeros(grid(cols, rows, w, h), null);
        for (int i = 0; i < cols * rows; i++) {
            if (rnd.nextDouble() < density) {
                g.data()[i] = (byte) (1 + rnd.nextInt(255));
            }
        }
        g.set(rnd.nextInt(cols), rnd.nextInt(rows), 7);
        FloatGrid d = new EuclideanDistance(g, DistanceOptions.defaults()).compute();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double expected = bruteForce(g, c, r, w, h);
                // The kernel computes in doubles and rounds once to float: allow that rounding.
                double tol = Math.max(1e-6, Math.ulp((float) expected));
                assertThat((double) d.get(c, r)).as("seed %d cell %d,%d (%dx%d, %.3f x %.3f m)", seed, c, r,
                        cols, rows, w, h).isCloseTo(expected, within(tol));
            }
        }
    }

    @Test
    void handDerivedAnisotropicCase() {
        // 4 x 3 grid, cells 3 m wide and 4 m tall, one target at col 0 row 0.
        // Cell (3, 2): dx = 3 cols * 3 m = 9, dy = 2 rows * 4 m = 8 -> sqrt(81 + 64) = sqrt(145).
        // Cell (1, 1): dx = 3, dy = 4 -> 5.
        ByteGrid g = ByteGrid.zeros(grid(4, 3, 3, 4), null);
        g.set(0, 0, 1);
        FloatGrid d = new EuclideanDistance(g, DistanceOptions.defaults()).compute();
        assertThat(d.get(0, 0)).isZero();
        assertThat(d.get(1, 1)).isEqualTo(5f);
        assertThat(d.get(3, 2)).isEqualTo((float) Math.sqrt(145));
        assertThat(d.get(0, 2)).isEqualTo(8f);
        assertThat(d.get(3, 0)).isEqualTo(9f);
    }

    @Test
    void maxDistanceGivesNoDataOrCap() {
        // 5 x 1 grid of 10 m cells, target at col 0: distances 0, 10, 20, 30, 40.
        ByteGrid g = ByteGrid.zeros(grid(5, 1, 10, 10), null);
        g.set(0, 0, 1);
        FloatGrid nodata = new EuclideanDistance(g, DistanceOptions.defaults().withMaxDistance(20)).compute();
        assertThat(nodata.data()).containsExactly(0f, 10f, 20f, Float.NaN, Float.NaN);
        assertThat(nodata.isNoData(3, 0)).isTrue();
        FloatGrid capped = new EuclideanDistance(g, DistanceOptions.defaults().withMaxDistance(25)
                .withBeyondMax(DistanceOptions.BeyondMax.CAP)).compute();
        assertThat(capped.data()).containsExactly(0f, 10f, 20f, 25f, 25f);
    }

    @Test
    void noTargetGivesAllNoData() {
        FloatGrid d = new EuclideanDistance(ByteGrid.zeros(grid(3, 2, 1, 1), null), DistanceOptions.defaults())
                .compute();
        for (float v : d.data()) {
            assertThat(v).isNaN();
        }
    }

    @Test
    void inputNoDataIsNeverATargetAndOptionallyKept() {
        // Row of 4 cells, 1 m: [255(nodata), 0, 0, 1]. 255 is not a target; distances 3, 2, 1, 0.
        ByteGrid g = new ByteGrid(grid(4, 1, 1, 1), new byte[] {(byte) 255, 0, 0, 1}, 255);
        assertThat(new EuclideanDistance(g, DistanceOptions.defaults()).compute().data())
                .containsExactly(3f, 2f, 1f, 0f);
        assertThat(new EuclideanDistance(g, DistanceOptions.defaults().withKeepInputNoData(true)).compute().data())
                .containsExactly(Float.NaN, 2f, 1f, 0f);
    }

    @Test
    void targetValuesSelectCells() {
        // Row [2, 0, 0, 1]; only value 1 is a target -> 3, 2, 1, 0.
        ByteGrid g = new ByteGrid(grid(4, 1, 1, 1), new byte[] {2, 0, 0, 1}, null);
        assertThat(EuclideanDistance.toValues(g, new int[] {1}, DistanceOptions.defaults()).compute().data())
                .containsExactly(3f, 2f, 1f, 0f);
    }

    @Test
    void floatGridWithPredicate() {
        // Row [5.5, NaN, 0.2, 9]; targets are values > 5 -> cols 0 and 3; NaN is never a target.
        FloatGrid f = new FloatGrid(grid(4, 1, 2, 2), new float[] {5.5f, Float.NaN, 0.2f, 9f}, null);
        assertThat(EuclideanDistance.toCells(f, v -> v > 5, DistanceOptions.defaults()).compute().data())
                .containsExactly(0f, 2f, 2f, 0f);
    }

    @Test
    void refusesUnknownCrsAndRotation() {
        GridGeometry unknown = new GridGeometry(3, 3, GeoTransform.northUp(0, 3, 1, 1), Crs.unknown());
        assertThatThrownBy(() -> new EuclideanDistance(ByteGrid.zeros(unknown, null), DistanceOptions.defaults())
                .compute()).isInstanceOf(InvalidInputException.class).hasMessageContaining("CRS");
        GridGeometry rotated = new GridGeometry(3, 3, new GeoTransform(0, 1, 0.1, 3, 0, -1), UTM);
        assertThatThrownBy(() -> new EuclideanDistance(ByteGrid.zeros(rotated, null), DistanceOptions.defaults())
                .compute()).isInstanceOf(InvalidInputException.class).hasMessageContaining("rotat");
    }

    @Test
    void rejectsBadOptions() {
        assertThatThrownBy(() -> DistanceOptions.defaults().withMaxDistance(-2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maximum distance must be > 0 metres, was -2.0");
        assertThatThrownBy(() -> DistanceOptions.defaults().withBeyondMax(DistanceOptions.BeyondMax.CAP))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cancellationStops() {
        ByteGrid g = ByteGrid.zeros(grid(50, 50, 1, 1), null);
        g.set(3, 3, 1);
        Monitor cancelled = new Monitor() {
            @Override
            public void progress(double fraction) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> new EuclideanDistance(g, DistanceOptions.defaults()).compute(cancelled))
                .isInstanceOf(CancelledException.class);
    }
}
