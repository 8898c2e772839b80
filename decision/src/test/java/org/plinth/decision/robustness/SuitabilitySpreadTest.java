package org.plinth.decision.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.InvalidInputException;

class SuitabilitySpreadTest {
    private static final GridGeometry G = new GridGeometry(7, 5, GeoTransform.northUp(0, 500, 100, 100), Crs.epsg(32725));

    private static List<FloatGrid> randomCriteria(SplittableRandom rnd, GridGeometry g, int m) {
        List<FloatGrid> grids = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            float[] d = new float[g.cellCount()];
            for (int c = 0; c < d.length; c++) {
                // coarse values make many cells share criteria and draws share sums (ties)
                d[c] = rnd.nextInt(4) == 0 ? rnd.nextInt(5) / 4f : rnd.nextFloat();
            }
            grids.add(new FloatGrid(g, d, -9999f));
        }
        return grids;
    }

    /** Hyndman-Fan type 7 on a sorted copy. */
    private static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int k = (int) Math.floor(h);
        int k1 = Math.min(k + 1, sorted.length - 1);
        return sorted[k] + (h - k) * (sorted[k1] - sorted[k]);
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 2L, 3L, 4L})
    void matchesASlowDoublePrecisionReference(long seed) {
        System.out.println("spread seed " + seed);
        SplittableRandom rnd = new SplittableRandom(seed);
        int m = 1 + rnd.nextInt(5);
        int draws = 1 + rnd.nextInt(700);
        double pl = rnd.nextDouble() * 0.5;
        double ph = pl + rnd.nextDouble() * (1 - pl);
        List<FloatGrid> grids = randomCriteria(rnd, G, m);
        grids.get(0).data()[3] = -9999f;
        grids.get(m - 1).data()[10] = Float.NaN;
        WeightDistribution dist = WeightDistribution.uniform(m);
        SpreadOptions o = SpreadOptions.defaults().withDraws(draws).withQuantiles(pl, ph).withSeed(seed);
        SpreadResult r = new SuitabilitySpread(grids, dist, o).compute();

        double[] w = new WeightSampler(dist, seed).sample(draws);
        for (int c = 0; c < G.cellCount(); c++) {
            if (c == 3 || c == 10) {
                assertThat(r.mean().data()[c]).isNaN();
                assertThat(r.lower().data()[c]).isNaN();
                assertThat(r.range().data()[c]).isNaN();
                continue;
            }
            double[] s = new double[draws];
            for (int d = 0; d < draws; d++) {
                for (int j = 0; j < m; j++) {
                    s[d] += w[d * m + j] * grids.get(j).data()[c];
                }
            }
            Arrays.sort(s);
            double mean = Arrays.stream(s).average().getAsDouble();
            assertThat((double) r.mean().data()[c]).isCloseTo(mean, within(1e-6));
            assertThat((double) r.lower().data()[c]).as("cell %d p%.3f", c, pl).isCloseTo(quantile(s, pl), within(1e-6));
            assertThat((double) r.upper().data()[c]).as("cell %d p%.3f", c, ph).isCloseTo(quantile(s, ph), within(1e-6));
            assertThat((double) r.range().data()[c]).isCloseTo(s[draws - 1] - s[0], within(1e-6));
        }
    }

    @Test
    void oppositeCriteriaCancellingToZeroStayExact() {
        // x = (1, -1, 1, -1): S = w1 - w2 + w3 - w4 sits near 0 with rounding of order 1e-7, the case
        // where bounds taken relative to the result instead of to max|x| would be too tight
        List<FloatGrid> grids = List.of(FloatGrid.filled(G, 1f, null), FloatGrid.filled(G, -1f, null),
                FloatGrid.filled(G, 1f, null), FloatGrid.filled(G, -1f, null));
        WeightDistribution dist = WeightDistribution.around(new double[] {0.25, 0.25, 0.25, 0.25}, 1e-7);
        SpreadResult r = new SuitabilitySpread(grids, dist, SpreadOptions.defaults().withDraws(500)).compute();
        assertThat(r.lower().get(1, 1)).isCloseTo(0f, within(1e-6f));
        assertThat(r.upper().get(1, 1)).isCloseTo(0f, within(1e-6f));
        assertThat(r.upper().get(1, 1)).isGreaterThanOrEqualTo(r.lower().get(1, 1));
    }

    @Test
    void identicalCriteriaGiveZeroSpread() {
        // every criterion 0.7 in a cell: S = 0.7 for any weights, so p10 = p90 = mean = 0.7, range 0
        List<FloatGrid> grids = List.of(FloatGrid.filled(G, 0.7f, null), FloatGrid.filled(G, 0.7f, null));
        SpreadResult r = new SuitabilitySpread(grids, WeightDistribution.uniform(2), SpreadOptions.defaults()).compute();
        assertThat(r.lower().get(2, 2)).isCloseTo(0.7f, within(1e-6f));
        assertThat(r.upper().get(2, 2)).isCloseTo(0.7f, within(1e-6f));
        assertThat(r.mean().get(2, 2)).isCloseTo(0.7f, within(1e-6f));
        assertThat(r.range().get(2, 2)).isLessThan(1e-6f);
    }

    @Test
    void twoCriteriaQuantilesMatchTheUniformWeightDistribution() {
        // x = (1, 0): S = w_1 ~ U(0, 1) under uniform weights, so p10 = 0.1, p90 = 0.9, mean 0.5,
        // within 4 sd of a quantile estimate from 20,000 draws: sqrt(0.09 / 20000) * 4 = 0.0085
        List<FloatGrid> grids = List.of(FloatGrid.filled(G, 1f, null), FloatGrid.filled(G, 0f, null));
        SpreadResult r = new SuitabilitySpread(grids, WeightDistribution.uniform(2),
                SpreadOptions.defaults().withDraws(20_000)).compute();
        assertThat(r.lower().get(0, 0)).isCloseTo(0.1f, within(0.0085f));
        assertThat(r.upper().get(0, 0)).isCloseTo(0.9f, within(0.0085f));
        assertThat(r.mean().get(0, 0)).isCloseTo(0.5f, within(0.01f));
        assertThat(r.range().get(0, 0)).isGreaterThan(0.999f);
    }

    @Test
    void resultIsIndependentOfThreadCount() {
        List<FloatGrid> grids = randomCriteria(new SplittableRandom(9), G, 3);
        WeightDistribution dist = WeightDistribution.around(new double[] {0.5, 0.3, 0.2}, 0.15);
        SpreadResult one = new SuitabilitySpread(grids, dist, SpreadOptions.defaults().withParallelism(1)).compute();
        SpreadResult three = new SuitabilitySpread(grids, dist, SpreadOptions.defaults().withParallelism(3)).compute();
        assertThat(three.lower().data()).isEqualTo(one.lower().data());
        assertThat(three.upper().data()).isEqualTo(one.upper().data());
        assertThat(three.mean().data()).isEqualTo(one.mean().data());
        assertThat(three.mean().geometry()).isEqualTo(G);
    }

    @Test
    void gridsMustShareTheGridAndMatchTheWeights() {
        GridGeometry other = new GridGeometry(7, 6, G.transform(), G.crs());
        assertThatThrownBy(() -> new SuitabilitySpread(List.of(FloatGrid.filled(G, 0, null),
                FloatGrid.filled(other, 0, null)), WeightDistribution.uniform(2), SpreadOptions.defaults()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("criterion grid 1 (7 x 6) is not on the same grid as criterion grid 0 (7 x 5)");
        assertThatThrownBy(() -> new SuitabilitySpread(List.of(FloatGrid.filled(G, 0, null)),
                WeightDistribution.uniform(2), SpreadOptions.defaults()))
                .hasMessage("weight distribution has 2 criteria but 1 criterion grids were given");
        assertThatThrownBy(() -> SpreadOptions.defaults().withQuantiles(0.5, 0.4))
                .hasMessage("upper quantile must be in [0.5, 1], was 0.4");
    }
}
