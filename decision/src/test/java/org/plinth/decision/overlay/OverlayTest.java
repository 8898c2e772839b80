package org.plinth.decision.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.InvalidInputException;

class OverlayTest {
    private static final GridGeometry G = new GridGeometry(2, 2, GeoTransform.northUp(0, 20, 10, 10), Crs.epsg(32637));

    private static FloatGrid grid(float... v) {
        return new FloatGrid(G, v, null);
    }

    @Test
    void wlcByHand() {
        FloatGrid a = grid(0.0f, 0.5f, 1.0f, 0.25f);
        FloatGrid b = grid(1.0f, 0.5f, 0.0f, Float.NaN);
        ByteGrid mask = new ByteGrid(G, new byte[] {1, 1, 0, 1}, null);
        // weights 3:1 → 0.75, 0.25. Cell 0: 0.75·0 + 0.25·1 = 0.25; cell 1: 0.5; cell 2: excluded → 0;
        // cell 3: NoData in b → NaN.
        FloatGrid s = new WeightedLinearCombination(List.of(a, b), Weights.criteria(3, 1), List.of(mask)).compute();
        assertThat(s.data()).containsExactly(0.25f, 0.5f, 0f, Float.NaN);
    }

    @Test
    void noDataWinsOverExclusionAndMaskNoDataIsNaN() {
        FloatGrid a = grid(Float.NaN, 0.5f, 0.5f, 0.5f);
        ByteGrid mask = new ByteGrid(G, new byte[] {0, (byte) 255, 1, 0}, 255);
        FloatGrid s = new WeightedLinearCombination(List.of(a), Weights.criteria(1), List.of(mask)).compute();
        assertThat(s.data()).containsExactly(Float.NaN, Float.NaN, 0.5f, 0f);
    }

    @Test
    void declaredNoDataValueIsNoData() {
        FloatGrid a = new FloatGrid(G, new float[] {-9999f, 0.5f, 0.5f, 0.5f}, -9999f);
        FloatGrid s = new WeightedLinearCombination(List.of(a), Weights.criteria(1), List.of()).compute();
        assertThat(s.get(0, 0)).isNaN();
    }

    @Test
    void mismatchedGridsAndBadValuesAreClearErrors() {
        GridGeometry other = new GridGeometry(2, 3, GeoTransform.northUp(0, 20, 10, 10), Crs.epsg(32637));
        FloatGrid a = grid(0, 0, 0, 0);
        FloatGrid b = new FloatGrid(other, new float[6], null);
        assertThatThrownBy(() -> new WeightedLinearCombination(List.of(a, b), Weights.criteria(1, 1), List.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("criterion 2 grid (2 x 3, origin 0.0, 20.0, cell 10.0 x 10.0, EPSG:32637) does not match"
                        + " criterion 1 grid (2 x 2, origin 0.0, 20.0, cell 10.0 x 10.0, EPSG:32637);"
                        + " resample to one grid first");
        assertThatThrownBy(() -> new WeightedLinearCombination(List.of(a), Weights.criteria(1, 1), List.of()))
                .hasMessage("WLC needs one weight per criterion: 1 criteria, 2 weights");
        FloatGrid raw = grid(0, 0, 0, 250);
        assertThatThrownBy(() -> new WeightedLinearCombination(List.of(raw), Weights.criteria(1), List.of()).compute())
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("criterion 1 must be standardised to 0..1, was 250.0 at column 1, row 1");
        ByteGrid mask = new ByteGrid(G, new byte[] {1, 2, 1, 1}, null);
        assertThatThrownBy(() -> new WeightedLinearCombination(List.of(a), Weights.criteria(1), List.of(mask)).compute())
                .hasMessage("constraint 1 must hold 0 (excluded) or 1 (allowed), was 2 at column 1, row 0");
    }

    @Test
    void owaByHand() {
        // z = (0.2, 0.8, 0.5), u = (0.5, 0.3, 0.2), v = (0.1, 0.3, 0.6).
        // Ranked: 0.8 (u .3), 0.5 (u .2), 0.2 (u .5); u·v = .03, .06, .30; Σ = .39.
        // S = (.03·.8 + .06·.5 + .30·.2) / .39 = .114 / .39 = 0.2923076923.
        double[] s = OrderedWeightedAverage.evaluate(new double[][] {{0.2, 0.8, 0.5}, {0.2, Double.NaN, 0.5}},
                Weights.criteria(0.5, 0.3, 0.2), Weights.of("order weight", 0.1, 0.3, 0.6));
        assertThat(s[0]).isCloseTo(0.114 / 0.39, within(1e-12));
        assertThat(s[1]).isNaN();
        // The same on a grid, one cell per alternative.
        FloatGrid a = grid(0.2f, 0.2f, 0.2f, 0.2f);
        FloatGrid b = grid(0.8f, 0.8f, 0.8f, 0.8f);
        FloatGrid c = grid(0.5f, 0.5f, 0.5f, 0.5f);
        FloatGrid g = new OrderedWeightedAverage(List.of(a, b, c), Weights.criteria(0.5, 0.3, 0.2),
                Weights.of("order weight", 0.1, 0.3, 0.6), List.of()).compute();
        assertThat(g.get(1, 1)).isCloseTo((float) (0.114 / 0.39), within(1e-6f));
    }

    @Test
    void owaTiesRankByCriterionOrder() {
        // z = (0.5, 0.5, 0), u = (0.6, 0.2, 0.2), v = (0.5, 0.3, 0.2). Criterion 1 takes rank 1:
        // u·v = .30, .06, .04; S = (.30 + .06) · 0.5 / .40 = 0.45. (Ranking criterion 2 first would give
        // u·v = .10, .18, .04 and S = .28 · 0.5 / .32 = 0.4375.)
        double[] s = OrderedWeightedAverage.evaluate(new double[][] {{0.5, 0.5, 0}}, Weights.criteria(0.6, 0.2, 0.2),
                Weights.of("order weight", 0.5, 0.3, 0.2));
        assertThat(s[0]).isCloseTo(0.45, within(1e-12));
    }

    @Test
    void owaRejectsZeroCriterionWeight() {
        assertThatThrownBy(() -> OrderedWeightedAverage.evaluate(new double[][] {{0.5, 0.5}}, Weights.criteria(1, 0),
                Weights.equal(2))).hasMessage("OWA criterion weight 2 must be > 0, was 0; drop the criterion instead");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 42L, 20240601L})
    void owaWithEqualOrderWeightsEqualsWlcAndExtremesAreMinMax(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        GridGeometry g = new GridGeometry(37, 23, GeoTransform.northUp(500000, 6000000, 25, 25), Crs.epsg(32637));
        int n = 4;
        List<FloatGrid> criteria = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            float[] d = new float[g.cellCount()];
            for (int i = 0; i < d.length; i++) {
                d[i] = rnd.nextInt(50) == 0 ? Float.NaN : (float) rnd.nextDouble();
            }
            criteria.add(new FloatGrid(g, d, null));
        }
        byte[] m = new byte[g.cellCount()];
        for (int i = 0; i < m.length; i++) {
            m[i] = (byte) (rnd.nextInt(5) == 0 ? 0 : 1);
        }
        List<ByteGrid> masks = List.of(new ByteGrid(g, m, null));
        Weights u = Weights.criteria(rnd.nextDouble() + 0.1, rnd.nextDouble() + 0.1, rnd.nextDouble() + 0.1,
                rnd.nextDouble() + 0.1);
        float[] wlc = new WeightedLinearCombination(criteria, u, masks).compute().data();
        float[] owa = new OrderedWeightedAverage(criteria, u, Weights.equal(n), masks).compute().data();
        float[] min = new OrderedWeightedAverage(criteria, u, OrderWeights.min(n), masks).compute().data();
        float[] max = new OrderedWeightedAverage(criteria, u, OrderWeights.max(n), masks).compute().data();
        for (int i = 0; i < wlc.length; i++) {
            // Slow reference: the definitions written out per cell.
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            double sum = 0;
            boolean nan = false;
            for (int k = 0; k < n; k++) {
                float z = criteria.get(k).data()[i];
                nan |= Float.isNaN(z);
                lo = Math.min(lo, z);
                hi = Math.max(hi, z);
                sum += u.get(k) * z;
            }
            boolean excluded = m[i] == 0;
            String at = "seed " + seed + " cell " + i;
            if (nan) {
                assertThat(wlc[i]).as(at).isNaN();
                assertThat(owa[i]).as(at).isNaN();
                continue;
            }
            assertThat(wlc[i]).as(at).isCloseTo(excluded ? 0f : (float) sum, within(1e-6f));
            assertThat(owa[i]).as(at).isCloseTo(wlc[i], within(1e-6f));
            assertThat(min[i]).as(at).isCloseTo(excluded ? 0f : (float) lo, within(1e-6f));
            assertThat(max[i]).as(at).isCloseTo(excluded ? 0f : (float) hi, within(1e-6f));
        }
    }

    @Test
    void wlcPerSiteForm() {
        double[] s = WeightedLinearCombination.evaluate(new double[][] {{1, 0}, {0.5, 0.5}, {0, Double.NaN}},
                Weights.criteria(1, 3));
        // 0.25·1 + 0.75·0 = 0.25; 0.25·0.5 + 0.75·0.5 = 0.5; NaN.
        assertThat(s[0]).isCloseTo(0.25, within(1e-12));
        assertThat(s[1]).isCloseTo(0.5, within(1e-12));
        assertThat(s[2]).isNaN();
        assertThatThrownBy(() -> WeightedLinearCombination.evaluate(new double[][] {{1}}, Weights.criteria(1, 3)))
                .hasMessage("alternative 1 must have 2 criterion scores, had 1");
    }
}
