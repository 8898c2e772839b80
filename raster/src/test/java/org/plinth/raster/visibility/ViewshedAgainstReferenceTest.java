package org.plinth.raster.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.FloatGrid;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The sweep against the per-cell exact line of sight on seeded random grids: every cell must agree. */
class ViewshedAgainstReferenceTest {

    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void sweepEqualsExactLineOfSightOnEveryCell(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int cols = rnd.nextInt(1, 60);
        int rows = rnd.nextInt(1, 60);
        double cw = rnd.nextBoolean() ? 30 : rnd.nextDouble(5, 60);
        double ch = rnd.nextBoolean() ? cw : rnd.nextDouble(5, 60);
        double noData = rnd.nextInt(3) == 0 ? rnd.nextDouble(0, 0.3) : 0;
        FloatGrid dem = TestGrids.randomTerrain(rnd, cols, rows, cw, ch, noData);
        int oc = pickEdgeOrAny(rnd, cols);
        int or = pickEdgeOrAny(rnd, rows);
        float[] d = dem.data();
        if (dem.isNoData(oc, or)) {
            d[or * cols + oc] = 100f;
        }
        double observerHeight = rnd.nextInt(4) == 0 ? 0 : rnd.nextDouble(0, 25);
        double targetHeight = rnd.nextBoolean() ? 0 : rnd.nextDouble(0, 10);
        // Large coefficients make the curvature term matter on small grids.
        double[] ccs = {0, 0.85714, 1, 500, 5000};
        double cc = ccs[rnd.nextInt(ccs.length)];
        double maxDistance = rnd.nextBoolean() ? Double.POSITIVE_INFINITY
                : rnd.nextDouble(0, Math.hypot(cols * cw, rows * ch));
        ViewshedOptions opt = ViewshedOptions.defaults()
                .withObserver(TestGrids.x(dem, oc), TestGrids.y(dem, or))
                .withObserverHeight(observerHeight).withTargetHeight(targetHeight)
                .withCurvatureCoefficient(cc).withMaxDistance(maxDistance)
                .withOutputs(ViewshedOutput.VISIBILITY, ViewshedOutput.MINIMUM_VISIBLE_HEIGHT);

        ViewshedResult res = new Viewshed(dem, opt).compute();
        ByteGrid vis = res.visibility().orElseThrow();
        // Visibility alone takes a shortcut through the horizon's coefficients: check it too.
        ViewshedResult visOnlyResult = new Viewshed(dem, opt.withOutputs(ViewshedOutput.VISIBILITY)).compute();
        ByteGrid visOnly = visOnlyResult.visibility().orElseThrow();
        FloatGrid need = res.minimumVisibleHeight().orElseThrow();
        ExactLineOfSight ref = new ExactLineOfSight(dem, oc, or, observerHeight, targetHeight, cw, ch,
                cc / (2 * 6378137.0), maxDistance);
        String ctx = "seed " + seed + " grid " + cols + "x" + rows + " observer (" + oc + "," + or + ")";
        // the counts the sweeps keep are those of the grid they wrote
        assertThat(res.visibleCells()).as(ctx + " visible cells").isEqualTo(vis.count(Viewshed.VISIBLE));
        assertThat(visOnlyResult.visibleCells()).as(ctx + " visible cells, visibility only")
                .isEqualTo(visOnly.count(Viewshed.VISIBLE));
        assertThat(visOnlyResult.cellsInReach()).isEqualTo(res.cellsInReach());
        assertThat(res.cellsInReach()).as(ctx + " cells in reach")
                .isEqualTo((long) cols * rows - vis.count(Viewshed.NO_DATA));
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                assertThat(vis.get(c, r)).as(ctx + " visibility at (%d,%d)", c, r).isEqualTo(ref.visibility(c, r));
                assertThat(visOnly.get(c, r)).as(ctx + " visibility only at (%d,%d)", c, r)
                        .isEqualTo(ref.visibility(c, r));
                // Float.valueOf so that NaN (NoData) equals NaN.
                assertThat(Float.valueOf(need.get(c, r))).as(ctx + " min height at (%d,%d)", c, r)
                        .isEqualTo(Float.valueOf(ref.minimumHeight(c, r)));
            }
        }
    }

    /**
     * Terraced terrain (whole metres, few levels, flat earth or not, observer height 0 or whole):
     * many sight lines graze a crossing exactly, where doubles alone would decide a tie either way
     * depending on how each implementation rounds. Both the sweep (with and without the
     * minimum-height output, which take different paths) and the reference decide ties exactly,
     * so every cell must agree.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void sweepEqualsExactLineOfSightOnTerracedTerrain(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
        int cols = rnd.nextInt(1, 50);
        int rows = rnd.nextInt(1, 50);
        double cw = rnd.nextBoolean() ? 30 : 25;
        double ch = rnd.nextBoolean() ? cw : 30;
        int levels = rnd.nextInt(1, 4);
        float[] d = new float[cols * rows];
        for (int i = 0; i < d.length; i++) {
            d[i] = rnd.nextInt(8) == 0 ? Float.NaN : 100 + rnd.nextInt(levels);
        }
        FloatGrid dem = new FloatGrid(TestGrids.geometry(cols, rows, cw, ch), d, null);
        int oc = pickEdgeOrAny(rnd, cols);
        int or = pickEdgeOrAny(rnd, rows);
        d[or * cols + oc] = 100f;
        double observerHeight = rnd.nextInt(3);
        double targetHeight = rnd.nextInt(2);
        double cc = rnd.nextBoolean() ? 0 : 0.85714;
        ViewshedOptions opt = ViewshedOptions.defaults()
                .withObserver(TestGrids.x(dem, oc), TestGrids.y(dem, or))
                .withObserverHeight(observerHeight).withTargetHeight(targetHeight).withCurvatureCoefficient(cc);
        ByteGrid visOnly = Viewshed.visibility(dem, opt);
        ByteGrid withHeights = new Viewshed(dem, opt.withOutputs(ViewshedOutput.VISIBILITY,
                ViewshedOutput.MINIMUM_VISIBLE_HEIGHT)).compute().visibility().orElseThrow();
        ExactLineOfSight ref = new ExactLineOfSight(dem, oc, or, observerHeight, targetHeight, cw, ch,
                cc / (2 * 6378137.0), Double.POSITIVE_INFINITY);
        String ctx = "seed " + seed + " grid " + cols + "x" + rows + " observer (" + oc + "," + or + ")";
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                assertThat(withHeights.get(c, r)).as(ctx + " visibility at (%d,%d)", c, r)
                        .isEqualTo(ref.visibility(c, r));
                assertThat(visOnly.get(c, r)).as(ctx + " visibility only at (%d,%d)", c, r)
                        .isEqualTo(ref.visibility(c, r));
            }
        }
    }

    private static int pickEdgeOrAny(SplittableRandom rnd, int size) {
        int choice = rnd.nextInt(4);
        return choice == 0 ? 0 : choice == 1 ? size - 1 : rnd.nextInt(size);
    }
}
