package org.plinth.raster.algebra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.InvalidInputException;
import org.plinth.raster.Monitor;

class MapAlgebraTest {
    private static final GridGeometry G22 = grid(2, 2);

    private static GridGeometry grid(int w, int h) {
        return new GridGeometry(w, h, GeoTransform.northUp(600000, 3500000, 30, 30), Crs.epsg(32636));
    }

    private static FloatGrid g(Float noData, float... v) {
        return new FloatGrid(G22, v, noData);
    }

    @Test
    void rescaleMapsMinToZeroAndMaxToOne() {
        // Valid values 10, 20, 30 (the -1 is NoData): (v - 10) / 20 -> 0, 0.5, 1.
        FloatGrid r = MapAlgebra.rescale(g(-1f, 10, 20, -1, 30));
        assertThat(r.data()).containsExactly(0f, 0.5f, Float.NaN, 1f);
        assertThat(r.noData()).isNull();
    }

    @Test
    void rescaleOfAConstantGridIsZeroAndOfAnEmptyGridIsNaN() {
        assertThat(MapAlgebra.rescale(g(null, 7, 7, Float.NaN, 7)).data()).containsExactly(0f, 0f, Float.NaN, 0f);
        assertThat(MapAlgebra.rescale(g(null, Float.NaN, Float.NaN, Float.NaN, Float.NaN)).data())
                .containsOnly(Float.NaN);
    }

    @Test
    void weightedSumUsesTheWeightsAsGivenAndPropagatesNoData() {
        // 0.25*a + 0.75*b: (0.25*4 + 0.75*8) = 7, (0.25*8 + 0.75*0) = 2; NoData in b (-9) -> NaN, even
        // where a weight is zero (third grid).
        FloatGrid a = g(null, 4, 8, 1, 1);
        FloatGrid b = g(-9f, 8, 0, -9, 1);
        FloatGrid c = g(null, 0, 0, 0, Float.NaN);
        FloatGrid s = MapAlgebra.weightedSum(List.of(a, b, c), new double[] {0.25, 0.75, 0});
        assertThat(s.data()).containsExactly(7f, 2f, Float.NaN, Float.NaN);
    }

    @Test
    void minMaxAndMaskFollowTheNoDataRule() {
        FloatGrid a = g(null, 1, 5, Float.NaN, 3);
        FloatGrid b = g(null, 2, 4, 9, -3);
        assertThat(MapAlgebra.min(List.of(a, b)).data()).containsExactly(1f, 4f, Float.NaN, -3f);
        assertThat(MapAlgebra.max(List.of(a, b)).data()).containsExactly(2f, 5f, Float.NaN, 3f);
        FloatGrid m = g(255f, 1, 0, 1, 255);
        assertThat(MapAlgebra.mask(b, m, MaskFill.NO_DATA).data()).containsExactly(2f, Float.NaN, 9f, Float.NaN);
        assertThat(MapAlgebra.mask(b, m, MaskFill.ZERO).data()).containsExactly(2f, 0f, 9f, Float.NaN);
        ByteGrid bm = new ByteGrid(G22, new byte[] {1, 0, 2, 0}, null);
        assertThat(MapAlgebra.mask(b, bm, MaskFill.ZERO).data()).containsExactly(2f, 0f, 9f, 0f);
        // in place: the same values, in the grid's own array
        FloatGrid own = g(-3f, 2, 4, 9, -3);
        FloatGrid masked = MapAlgebra.maskInPlace(own, m, MaskFill.NO_DATA, Monitor.NONE);
        assertThat(masked.data()).isSameAs(own.data()).containsExactly(2f, Float.NaN, 9f, Float.NaN);
        assertThat(masked.noData()).isNull();
    }

    @Test
    void badWeightsAndMismatchedGridsAreRejectedWithTheValue() {
        FloatGrid a = g(null, 1, 2, 3, 4);
        assertThatThrownBy(() -> MapAlgebra.weightedSum(List.of(a, a), new double[] {1, -0.5}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight 1").hasMessageContaining("-0.5");
        assertThatThrownBy(() -> MapAlgebra.weightedSum(List.of(a, a), new double[] {1, Double.POSITIVE_INFINITY}))
                .hasMessageContaining("Infinity");
        assertThatThrownBy(() -> MapAlgebra.weightedSum(List.of(a, a), new double[] {0, 0}))
                .hasMessageContaining("sum to more than 0");
        assertThatThrownBy(() -> MapAlgebra.weightedSum(List.of(a, a), new double[] {1}))
                .hasMessageContaining("2 grids, was 1 weights");
        FloatGrid other = new FloatGrid(grid(4, 1), new float[4], null);
        assertThatThrownBy(() -> MapAlgebra.max(List.of(a, other)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("grid 1 (4 x 1");
        assertThatThrownBy(() -> MapAlgebra.min(List.of())).hasMessageContaining("was 0");
    }

    static LongStream seeds() {
        return LongStream.range(1, 21);
    }

    /** Every operation against plain per-cell loops on random grids with random NoData. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void operationsMatchASlowReference(long seed) {
        System.out.println("map algebra random seed " + seed);
        SplittableRandom rnd = new SplittableRandom(seed);
        int w = 1 + rnd.nextInt(70);
        int h = 1 + rnd.nextInt(70);
        GridGeometry geo = grid(w, h);
        int n = 1 + rnd.nextInt(5);
        List<FloatGrid> grids = new ArrayList<>();
        double[] weights = new double[n];
        for (int k = 0; k < n; k++) {
            float[] d = new float[w * h];
            Float nd = rnd.nextBoolean() ? -9999f : null;
            for (int i = 0; i < d.length; i++) {
                double u = rnd.nextDouble();
                d[i] = u < 0.05 ? Float.NaN : u < 0.1 && nd != null ? nd : (float) (rnd.nextDouble() * 2000 - 500);
            }
            grids.add(new FloatGrid(geo, d, nd));
            weights[k] = rnd.nextInt(4) == 0 ? 0 : rnd.nextDouble();
        }
        weights[0] += 0.1;
        FloatGrid sum = MapAlgebra.weightedSum(grids, weights);
        FloatGrid min = MapAlgebra.min(grids);
        FloatGrid max = MapAlgebra.max(grids);
        FloatGrid rescaled = MapAlgebra.rescale(grids.get(0));
        FloatGrid masked = MapAlgebra.mask(grids.get(0), grids.get(n - 1), MaskFill.ZERO);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        FloatGrid first = grids.get(0);
        for (int i = 0; i < w * h; i++) {
            float v = first.data()[i];
            if (!first.isNoData(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        for (int i = 0; i < w * h; i++) {
            boolean anyNoData = false;
            double s = 0;
            double mn = Double.POSITIVE_INFINITY;
            double mx = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < n; k++) {
                float v = grids.get(k).data()[i];
                if (grids.get(k).isNoData(v)) {
                    anyNoData = true;
                } else {
                    s += weights[k] * v;
                    mn = Math.min(mn, v);
                    mx = Math.max(mx, v);
                }
            }
            String at = "seed " + seed + " cell " + i;
            if (anyNoData) {
                assertThat(sum.data()[i]).as(at).isNaN();
                assertThat(min.data()[i]).as(at).isNaN();
                assertThat(max.data()[i]).as(at).isNaN();
            } else {
                assertThat(sum.data()[i]).as(at).isEqualTo((float) s);
                assertThat(min.data()[i]).as(at).isEqualTo((float) mn);
                assertThat(max.data()[i]).as(at).isEqualTo((float) mx);
            }
            float v = first.data()[i];
            if (first.isNoData(v)) {
                assertThat(rescaled.data()[i]).as(at).isNaN();
            } else {
                double expected = hi > lo ? (v - lo) / (hi - lo) : 0;
                assertThat((double) rescaled.data()[i]).as(at).isCloseTo(expected, within(1e-6))
                        .isBetween(0.0, 1.0);
            }
            FloatGrid last = grids.get(n - 1);
            float m = last.data()[i];
            if (first.isNoData(v) || last.isNoData(m)) {
                assertThat(masked.data()[i]).as(at).isNaN();
            } else {
                assertThat(masked.data()[i]).as(at).isEqualTo(m != 0 ? v : 0f);
            }
        }
    }
}
