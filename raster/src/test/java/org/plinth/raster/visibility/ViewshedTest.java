package org.plinth.raster.visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.plinth.raster.ByteGrid;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Tiny literal grids with hand-derived answers; grids from {@link TestGrids#literal} have 10 m cells. */
class ViewshedTest {
    private static final float N = Float.NaN;
    private static final int V = Viewshed.VISIBLE;
    private static final int I = Viewshed.NOT_VISIBLE;
    private static final int X = Viewshed.NO_DATA;

    private static ViewshedOptions at(FloatGrid g, int col, int row) {
        return ViewshedOptions.defaults().withObserver(TestGrids.x(g, col), TestGrids.y(g, row))
                .withCurvatureCoefficient(0);
    }

    private static int[][] visibility(FloatGrid g, ViewshedOptions o) {
        ByteGrid v = Viewshed.visibility(g, o);
        int[][] out = new int[g.rows()][g.cols()];
        for (int r = 0; r < g.rows(); r++) {
            for (int c = 0; c < g.cols(); c++) {
                out[r][c] = v.get(c, r);
            }
        }
        return out;
    }

    @Test
    void flatTerrainIsVisibleEverywhere() {
        // Eye 1.7 m above a flat plain: every crossing at distance j has slope −1.7/j, which is
        // below the target's −1.7/n for all j < n.
        FloatGrid g = TestGrids.literal(new float[][] {
            {5, 5, 5, 5, 5}, {5, 5, 5, 5, 5}, {5, 5, 5, 5, 5}, {5, 5, 5, 5, 5}, {5, 5, 5, 5, 5}});
        assertThat(visibility(g, at(g, 1, 3))).isDeepEqualTo(new int[][] {
                new int[] {V, V, V, V, V}, new int[] {V, V, V, V, V}, new int[] {V, V, V, V, V},
                new int[] {V, V, V, V, V}, new int[] {V, V, V, V, V}});
    }

    @Test
    void anExactTieIsVisibleThoughTheDoublesRoundAgainstIt() {
        // Eye 100 m at (0, 0), flat earth. Target (3, 1) at 102 m: slope 2/3 m per column. Its sight
        // line crosses column 1 a third of the way from row 0 (100 m) to row 1 (102 m), where the
        // terrain is 100 + 2/3 m: slope 2/3 as well, a tie, which the model counts as visible. In
        // doubles the crossing comes out 0.6666666666666714 and the target 0.6666666666666666, so a
        // plain double comparison would call the target hidden. Column 2 (90 m) blocks nothing.
        FloatGrid g = TestGrids.literal(new float[][] {{100, 100, 90, 90}, {90, 102, 90, 102}});
        ViewshedOptions o = at(g, 0, 0).withObserverHeight(0);
        assertThat(Viewshed.visibility(g, o).get(3, 1)).isEqualTo(V);
        ViewshedResult both = new Viewshed(g, o.withOutputs(ViewshedOutput.VISIBILITY,
                ViewshedOutput.MINIMUM_VISIBLE_HEIGHT)).compute();
        assertThat(both.visibility().orElseThrow().get(3, 1)).isEqualTo(V);
        assertThat(both.minimumVisibleHeight().orElseThrow().get(3, 1)).isCloseTo(0f, within(1e-4f));
        // A millimetre lower it is hidden, and needs that millimetre back.
        g.data()[7] = 101.999f;
        assertThat(Viewshed.visibility(g, o).get(3, 1)).isEqualTo(I);
        assertThat(Viewshed.minimumVisibleHeight(g, o).get(3, 1)).isCloseTo(0.001f, within(1e-4f));
    }

    @Test
    void eyeOnAFlatPlainTiesWithEveryCrossingAndSeesEverything() {
        // Eye height 0 on a plain at 7 m, flat earth: every crossing and every target has slope 0.
        float[][] rows = new float[9][11];
        for (float[] row : rows) {
            java.util.Arrays.fill(row, 7f);
        }
        FloatGrid g = TestGrids.literal(rows);
        ByteGrid v = Viewshed.visibility(g, at(g, 3, 5).withObserverHeight(0));
        assertThat(v.count(V)).isEqualTo(99);
    }

    @Test
    void observerOnAPeakSeesTheSlopesAround() {
        // A cone: height falls by 1 m per ring. Eye at 4 + 0 m. Along any ray the ground drops
        // linearly or faster, so every crossing is below the line to any farther target.
        FloatGrid g = TestGrids.literal(new float[][] {
            {2, 2, 2, 2, 2}, {2, 3, 3, 3, 2}, {2, 3, 4, 3, 2}, {2, 3, 3, 3, 2}, {2, 2, 2, 2, 2}});
        int[][] v = visibility(g, at(g, 2, 2).withObserverHeight(0));
        for (int[] row : v) {
            assertThat(row).containsOnly(V);
        }
    }

    @Test
    void aWallHidesTheCellsBehindItAndSetsTheirMinimumHeight() {
        // One row, 10 m cells, observer at column 0 (eye 1.7), a 10 m wall at column 3.
        // Wall slope from the eye: (10 − 1.7)/3 = 2.7667 per step. Target at n is hidden when
        // (0 − 1.7)/n < 2.7667; it needs elevation 1.7 + n·8.3/3: n=4 → 12.7667, n=5 → 15.5333, n=6 → 18.3.
        FloatGrid g = TestGrids.literal(new float[][] {{0, 0, 0, 10, 0, 0, 0}});
        ViewshedOptions o = at(g, 0, 0).withOutputs(ViewshedOutput.VISIBILITY, ViewshedOutput.MINIMUM_VISIBLE_HEIGHT);
        ViewshedResult res = new Viewshed(g, o).compute();
        ByteGrid vis = res.visibility().orElseThrow();
        FloatGrid need = res.minimumVisibleHeight().orElseThrow();
        assertThat(vis.data()).containsExactly(bytes(V, V, V, V, I, I, I));
        assertThat(need.data()).containsExactly(new float[] {0, 0, 0, 0, 12.7667f, 15.5333f, 18.3f}, within(1e-4f));
    }

    @Test
    void aTargetTallerThanItsMinimumHeightIsVisible() {
        // Same wall; a 13 m target is visible at n=4 (needs 12.77) but not at n=5 (needs 15.53).
        FloatGrid g = TestGrids.literal(new float[][] {{0, 0, 0, 10, 0, 0, 0}});
        assertThat(Viewshed.visibility(g, at(g, 0, 0).withTargetHeight(13)).data())
                .containsExactly(bytes(V, V, V, V, V, I, I));
    }

    @Test
    void aDiagonalWallHidesTheCornerBehindIt() {
        // Observer at (0,0), eye 1.7. The anti-diagonal cells (2,0), (1,1), (0,2) are 20 m high.
        // Target (2,2): its ray crosses column 1 at row 1 exactly (a wall cell): slope 18.3 > −1.7/2 → hidden.
        // Target (3,1): crosses column 1 at row 1/3 (between 0 m and 20 m → 6.667, slope 4.97) and
        // column 2 at row 2/3 (between 20 m and 0 m → 6.667, slope 2.48): hidden.
        // Target (1,0) and (0,1): adjacent, always visible.
        FloatGrid g = TestGrids.literal(new float[][] {
            {0, 0, 20, 0}, {0, 20, 0, 0}, {20, 0, 0, 0}, {0, 0, 0, 0}});
        assertThat(visibility(g, at(g, 0, 0))).isDeepEqualTo(new int[][] {
                new int[] {V, V, V, I}, new int[] {V, V, I, I}, new int[] {V, I, I, I}, new int[] {I, I, I, I}});
    }

    @Test
    void zeroMaxDistanceKeepsOnlyTheObserverCell() {
        FloatGrid g = TestGrids.literal(new float[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
        assertThat(visibility(g, at(g, 1, 1).withMaxDistance(0))).isDeepEqualTo(new int[][] {
                new int[] {X, X, X}, new int[] {X, V, X}, new int[] {X, X, X}});
    }

    @Test
    void maxDistanceCutsAtTheCellCentreDistance() {
        // 10 m cells; max distance 10 m keeps the 4 edge neighbours (10 m) but not the corners (14.1 m).
        FloatGrid g = TestGrids.literal(new float[][] {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}});
        assertThat(visibility(g, at(g, 1, 1).withMaxDistance(10))).isDeepEqualTo(new int[][] {
                new int[] {X, V, X}, new int[] {V, V, V}, new int[] {X, V, X}});
    }

    /**
     * A reach of more cells than an int counts (1e12 m over 10 m cells, 1e300 m) is as unlimited; it
     * used to overflow the largest in-reach offset and sweep forever.
     */
    @Test
    void aReachBeyondAnyGridIsUnlimitedAndEnds() {
        FloatGrid g = TestGrids.literal(new float[][] {{1, 9, 1, 1}, {1, 1, 1, 5}, {3, 1, 1, 1}});
        int[][] unlimited = visibility(g, at(g, 0, 0));
        assertThat(unlimited[0][3]).isEqualTo(I);
        for (double m : new double[] {2.2e10, 1e12, 1e300, Double.MAX_VALUE}) {
            assertThat(visibility(g, at(g, 0, 0).withMaxDistance(m))).as("max distance %s", m).isDeepEqualTo(unlimited);
        }
    }

    @Test
    void noDataCellsDoNotBlockAndAreNoData() {
        // The 10 m wall of the wall test replaced by NoData: nothing blocks any more.
        FloatGrid g = TestGrids.literal(new float[][] {{0, 0, 0, N, 0, 0, 0}});
        assertThat(Viewshed.visibility(g, at(g, 0, 0)).data()).containsExactly(bytes(V, V, V, X, V, V, V));
    }

    @Test
    void aCellBetweenNoDataStillBlocksAtItsCentre() {
        // Column 2 (rows 0..2) is NoData except a 30 m cell at row 1. Target (4,1) is on the
        // observer's row: its ray crosses column 2 exactly at that cell's centre → hidden.
        // Target (4,2): crosses column 2 at row 1.5, between the 30 m cell and NoData → no obstacle;
        // column 1 at row 1.25 and column 3 at row 1.75 are flat → visible.
        FloatGrid g = TestGrids.literal(new float[][] {
            {0, 0, N, 0, 0}, {0, 0, 30, 0, 0}, {0, 0, N, 0, 0}});
        int[][] v = visibility(g, at(g, 0, 1));
        assertThat(v[1][4]).isEqualTo(I);
        assertThat(v[2][4]).isEqualTo(V);
    }

    @Test
    void earthCurvatureHidesFlatGroundBeyondTheHorizon() {
        // Flat ground, 100 m cells, eye 1.7 m, cc = 1, a = 6378137: the geometric horizon is at
        // sqrt(2·a·1.7) = 4657 m. On a ray the slope of ground at n cells is −1.7/n − c·n·100²
        // (c = 1/(2a)), largest at n = 46.57: cells up to 47 are visible, 48 onwards hidden
        // (f(46) = −0.073016 < f(47) = −0.073013 > f(48) = −0.073044).
        float[] d = new float[60];
        GridGeometry geo = new GridGeometry(60, 1, GeoTransform.northUp(500000, 6000000, 100, 100), TestGrids.UTM);
        FloatGrid g = new FloatGrid(geo, d, null);
        ByteGrid v = Viewshed.visibility(g, ViewshedOptions.defaults().withObserver(500050, 5999950)
                .withCurvatureCoefficient(1));
        for (int c = 0; c < 60; c++) {
            assertThat(v.get(c, 0)).as("column %d", c).isEqualTo(c <= 47 ? V : I);
        }
    }

    @Test
    void theObserverIsSnappedToTheCellThatContainsIt() {
        FloatGrid g = TestGrids.literal(new float[][] {{0, 0, 0, 10, 0, 0, 0}});
        // 4 m east and 3 m north of the centre of cell 0: same cell, same answer.
        ViewshedOptions off = at(g, 0, 0).withObserver(TestGrids.x(g, 0) + 4, TestGrids.y(g, 0) + 3);
        assertThat(Viewshed.visibility(g, off).data()).containsExactly(bytes(V, V, V, V, I, I, I));
    }

    @Test
    void anObserverOutsideTheGridIsRejectedWithItsCoordinates() {
        FloatGrid g = TestGrids.literal(new float[][] {{0, 0}, {0, 0}});
        assertThatThrownBy(() -> new Viewshed(g, ViewshedOptions.defaults().withObserver(499990, 5999995)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("observer (499990.0, 5999995.0)")
                .hasMessageContaining("outside the DEM");
    }

    @Test
    void anObserverOnNoDataIsRejected() {
        FloatGrid g = TestGrids.literal(new float[][] {{N, 0}, {0, 0}});
        assertThatThrownBy(() -> new Viewshed(g, at(g, 0, 0)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("NoData");
    }

    @Test
    void aDemWithoutCrsIsRejected() {
        FloatGrid g = new FloatGrid(new GridGeometry(2, 2, GeoTransform.northUp(0, 2, 1, 1), Crs.unknown()),
                new float[4], null);
        assertThatThrownBy(() -> new Viewshed(g, ViewshedOptions.defaults().withObserver(0.5, 0.5)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("CRS");
    }

    @Test
    void badOptionsAreRejectedWithTheValue() {
        assertThatThrownBy(() -> ViewshedOptions.defaults().withObserverHeight(-2))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("observer height must be >= 0 and finite, was -2.0");
        assertThatThrownBy(() -> ViewshedOptions.defaults().withTargetHeight(Double.NaN))
                .hasMessageContaining("target height");
        assertThatThrownBy(() -> ViewshedOptions.defaults().withMaxDistance(-1))
                .hasMessage("max distance must be >= 0, was -1.0");
        assertThatThrownBy(() -> ViewshedOptions.defaults().withCurvatureCoefficient(-0.1))
                .hasMessageContaining("curvature coefficient");
        FloatGrid g = TestGrids.literal(new float[][] {{0}});
        assertThatThrownBy(() -> new Viewshed(g, ViewshedOptions.defaults()))
                .hasMessageContaining("needs an observer");
    }

    @Test
    void defaultsAreDocumented() {
        ViewshedOptions d = ViewshedOptions.defaults();
        assertThat(d.observerHeight()).isEqualTo(1.7);
        assertThat(d.targetHeight()).isZero();
        assertThat(d.isDistanceLimited()).isFalse();
        assertThat(d.curvatureCoefficient()).isEqualTo(0.85714);
        assertThat(d.outputs()).containsExactly(ViewshedOutput.VISIBILITY);
    }

    @Test
    void geographicDemsAreMeasuredInMetresAtTheObserverLatitude() {
        // 0.001° cells at 60° N on WGS 84: a cell is 55.8 m wide and 111.4 m tall, so a max
        // distance of 100 m reaches one cell east/west (55.8 m) but not north/south (111.4 m).
        GridGeometry geo = new GridGeometry(5, 5, GeoTransform.northUp(10, 60.0025, 0.001, 0.001), Crs.epsg(4326));
        FloatGrid g = new FloatGrid(geo, new float[25], null);
        ByteGrid v = Viewshed.visibility(g, ViewshedOptions.defaults().withObserver(10.0025, 60.0).withMaxDistance(100));
        assertThat(v.get(2, 2)).isEqualTo(V);
        assertThat(v.get(1, 2)).isEqualTo(V);
        assertThat(v.get(3, 2)).isEqualTo(V);
        assertThat(v.get(2, 1)).isEqualTo(X);
        assertThat(v.get(2, 3)).isEqualTo(X);
        assertThat(v.get(0, 2)).isEqualTo(X);
    }

    private static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) v[i];
        }
        return b;
    }
}
