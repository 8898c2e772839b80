package org.plinth.raster.terrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.InvalidInputException;

class SlopeTest {

    @Test
    void flatSurfaceHasZeroSlopeEverywhereIncludingEdges() {
        FloatGrid dem = Grids.of(30, new float[][] {{5, 5, 5}, {5, 5, 5}, {5, 5, 5}});
        FloatGrid s = Slope.of(dem);
        for (float v : s.data()) {
            assertThat(v).isEqualTo(0f);
        }
        assertThat(s.noData()).isEqualTo(-9999f);
    }

    @Test
    void planeFallingEastOneMetrePerMetreIs45DegreesAnd100Percent() {
        // z = -10 * col on 10 m cells: dz/dx = -1, dz/dy = 0, so slope = atan(1) = 45 deg = 100 %.
        // Interior rows extrapolate the missing column linearly (exact on a plane). In the first and
        // last row gdaldem repeats the centre column instead, so the corner cells see half the x
        // difference: atan(0.5) = 26.565 deg (checked against gdaldem 3.6.2, plane_6x5_slope.tif).
        FloatGrid dem = Grids.plane(5, 4, 10, -10, 0);
        FloatGrid deg = Slope.of(dem);
        FloatGrid pct = new Slope(dem, SlopeOptions.defaults().withUnits(SlopeUnits.PERCENT)).compute();
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 5; c++) {
                boolean corner = (r == 0 || r == 3) && (c == 0 || c == 4);
                assertThat(deg.get(c, r)).as("deg at %d,%d", c, r)
                        .isCloseTo(corner ? 26.565051f : 45f, within(1e-4f));
                assertThat(pct.get(c, r)).isCloseTo(corner ? 50f : 100f, within(1e-3f));
            }
        }
    }

    @Test
    void tiltedPlaneMatchesGdaldemIncludingCorners() {
        // z = 10 col + 3 row on 10 m cells: dz/dx = 1, dz/dy = -0.3 -> atan(hypot(1, 0.3)) = 46.234023 deg;
        // corners of the first/last row: atan(hypot(0.5, 0.3)) = 30.246256 deg (gdaldem 3.6.2 gives the same).
        FloatGrid s = Slope.of(Grids.plane(6, 5, 10, 10, 3));
        assertThat(s.get(2, 2)).isCloseTo(46.234023f, within(1e-4f));
        assertThat(s.get(0, 2)).isCloseTo(46.234023f, within(1e-4f));
        assertThat(s.get(3, 0)).isCloseTo(46.234023f, within(1e-4f));
        assertThat(s.get(0, 0)).isCloseTo(30.246256f, within(1e-4f));
        assertThat(s.get(5, 4)).isCloseTo(30.246256f, within(1e-4f));
    }

    @Test
    void withoutEdgesTheBorderIsNoData() {
        FloatGrid s = new Slope(Grids.plane(4, 4, 10, 10, 0), SlopeOptions.defaults().withComputeEdges(false))
                .compute();
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                boolean border = r == 0 || r == 3 || c == 0 || c == 3;
                assertThat(s.get(c, r)).isCloseTo(border ? -9999f : 45f, within(1e-4f));
            }
        }
    }

    @Test
    void noDataNeighbourIsReplacedByTheCentreWithEdgesAndPoisonsWithout() {
        // 10 m cells, z8 (south-east) is NoData (-1). With edges it becomes the centre, 5:
        // gx = (3 + 2*6 + 5) - (1 + 2*4 + 7) = 4, gy = (1 + 2*2 + 3) - (7 + 2*8 + 5) = -20,
        // p = 4/80, q = -20/80, slope = atan(hypot(0.05, 0.25)) = atan(0.254951) = 14.30 deg.
        float[][] z = {{1, 2, 3}, {4, 5, 6}, {7, 8, -1}};
        FloatGrid dem = Grids.of(10, Grids.UTM36N, -1f, z);
        FloatGrid with = Slope.of(dem);
        assertThat(with.get(1, 1)).isCloseTo((float) Math.toDegrees(Math.atan(Math.hypot(0.05, 0.25))), within(1e-4f));
        assertThat(with.get(2, 2)).isEqualTo(-9999f);
        FloatGrid without = new Slope(dem, SlopeOptions.defaults().withComputeEdges(false)).compute();
        assertThat(without.data()).containsOnly(-9999f);
    }

    @Test
    void nanIsNoDataEvenWithoutADeclaredValue() {
        FloatGrid dem = Grids.of(10, new float[][] {{1, 2, 3}, {4, Float.NaN, 6}, {7, 8, 9}});
        FloatGrid s = new Slope(dem, SlopeOptions.defaults().withNoData(Float.NaN)).compute();
        assertThat(s.get(1, 1)).isNaN();
        assertThat(s.get(0, 0)).isNotNaN();
    }

    @Test
    void gridsNarrowerThanTwoCellsAreAllNoData() {
        assertThat(Slope.of(Grids.of(10, new float[][] {{1, 2, 3, 4}})).data()).containsOnly(-9999f);
        assertThat(Slope.of(Grids.of(10, new float[][] {{1}, {2}, {3}})).data()).containsOnly(-9999f);
    }

    @Test
    void scaleMultipliesTheCellSize() {
        // 10-unit cells with scale 2 are 20 m: z = 20 col -> dz/dx = 1 -> 45 deg.
        FloatGrid s = new Slope(Grids.plane(3, 3, 10, 20, 0), SlopeOptions.defaults().withScale(2)).compute();
        assertThat(s.get(1, 1)).isCloseTo(45f, within(1e-4f));
    }

    @Test
    void demWithoutCrsIsRefusedUnlessAScaleIsGiven() {
        FloatGrid dem = Grids.of(10, Crs.unknown(), null, new float[][] {{1, 2}, {3, 4}});
        assertThatThrownBy(() -> Slope.of(dem)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no CRS");
        assertThat(new Slope(dem, SlopeOptions.defaults().withScale(1)).compute().get(0, 0)).isNotEqualTo(-9999f);
    }

    @Test
    void badOptionsAreRejectedWithTheValue() {
        assertThatThrownBy(() -> SlopeOptions.defaults().withScale(-3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-3.0");
        assertThatThrownBy(() -> SlopeOptions.defaults().withScale(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
    }
}
