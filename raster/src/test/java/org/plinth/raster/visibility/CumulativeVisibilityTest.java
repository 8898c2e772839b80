package org.plinth.raster.visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CumulativeVisibilityTest {

    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void equalsTheWeightedSumOfSingleViewsheds(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int cols = rnd.nextInt(5, 60);
        int rows = rnd.nextInt(5, 60);
        FloatGrid dem = TestGrids.randomTerrain(rnd, cols, rows, 30, 30, rnd.nextBoolean() ? 0.05 : 0);
        ViewshedOptions opt = ViewshedOptions.defaults().withObserverHeight(rnd.nextDouble(0, 20))
                .withTargetHeight(rnd.nextBoolean() ? 0 : 2)
                .withMaxDistance(rnd.nextBoolean() ? Double.POSITIVE_INFINITY : rnd.nextDouble(0, 1200));
        List<Viewpoint> observers = new ArrayList<>();
        int count = rnd.nextInt(1, 12);
        while (observers.size() < count) {
            int c = rnd.nextInt(cols);
            int r = rnd.nextInt(rows);
            if (!dem.isNoData(c, r)) {
                // Integer weights keep float sums exact; some observers share a cell.
                Viewpoint o = new Viewpoint(TestGrids.x(dem, c), TestGrids.y(dem, r), rnd.nextInt(1, 6));
                observers.add(o);
                if (rnd.nextInt(4) == 0) {
                    observers.add(new Viewpoint(o.x() + 3, o.y() - 3, 1));
                }
            }
        }
        float[] expected = new float[cols * rows];
        for (Viewpoint o : observers) {
            ByteGrid v = Viewshed.visibility(dem, opt.withObserver(o.x(), o.y()));
            for (int i = 0; i < expected.length; i++) {
                if ((v.data()[i] & 0xFF) == Viewshed.VISIBLE) {
                    expected[i] += (float) o.weight();
                }
            }
        }
        for (int i = 0; i < expected.length; i++) {
            if (dem.isNoData(dem.data()[i])) {
                expected[i] = Float.NaN;
            }
        }
        FloatGrid sum = CumulativeVisibility.of(dem, observers, opt);
        assertThat(sum.data()).as("seed %d", seed).containsExactly(expected);
        assertThat(sum.noData()).isNaN();
    }

    @Test
    void countsObserversThatSeeEachCell() {
        // One row: a 10 m wall at column 3. The observer at column 0 sees columns 0-3, the one at
        // column 6 sees columns 3-6; only the wall is seen by both.
        FloatGrid g = TestGrids.literal(new float[][] {{0, 0, 0, 10, 0, 0, 0}});
        List<Viewpoint> obs = List.of(Viewpoint.at(TestGrids.x(g, 0), TestGrids.y(g, 0)),
                Viewpoint.at(TestGrids.x(g, 6), TestGrids.y(g, 0)));
        FloatGrid sum = CumulativeVisibility.of(g, obs, ViewshedOptions.defaults().withCurvatureCoefficient(0));
        assertThat(sum.data()).containsExactly(1, 1, 1, 2, 1, 1, 1);
    }

    @Test
    void observersInOneCellAreMergedWithTheirWeightsAdded() {
        FloatGrid g = TestGrids.literal(new float[][] {{0, 0, 0}});
        double x = TestGrids.x(g, 1);
        double y = TestGrids.y(g, 0);
        CumulativeVisibility cv = new CumulativeVisibility(g,
                List.of(new Viewpoint(x, y, 2.5), new Viewpoint(x + 4, y, 1.5)), ViewshedOptions.defaults());
        assertThat(cv.distinctObserverCells()).isEqualTo(1);
        assertThat(cv.compute().data()).containsExactly(4, 4, 4);
    }

    @Test
    void aBadObserverIsNamedByItsPosition() {
        FloatGrid g = TestGrids.literal(new float[][] {{0, 0, 0}});
        List<Viewpoint> obs = List.of(Viewpoint.at(TestGrids.x(g, 0), TestGrids.y(g, 0)), Viewpoint.at(0, 0));
        assertThatThrownBy(() -> new CumulativeVisibility(g, obs, ViewshedOptions.defaults()))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("observer #2: observer (0.0, 0.0)");
        assertThatThrownBy(() -> new Viewpoint(1, 2, -1)).hasMessage("observer weight must be >= 0 and finite, was -1.0");
    }
}
