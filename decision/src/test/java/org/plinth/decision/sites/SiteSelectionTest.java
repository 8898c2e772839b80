package org.plinth.decision.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
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
import org.plinth.raster.Monitor;

class SiteSelectionTest {
    private static final float N = Float.NaN;
    // 6 x 5, 10 m cells, top-left corner at (1000, 2000): centre x = 1005 + 10 col, y = 1995 - 10 row.
    private static final GridGeometry G = new GridGeometry(6, 5, GeoTransform.northUp(1000, 2000, 10, 10),
            Crs.epsg(32637));
    private static final FloatGrid GRID = new FloatGrid(G, new float[] {
        0.9f, 0.9f, 0.1f, 0.1f, 0.1f, 0.8f,
        0.9f, 0.95f, 0.1f, 0.1f, 0.1f, 0.1f,
        0.1f, 0.1f, 0.1f, 0.7f, 0.7f, 0.1f,
        0.1f, 0.1f, 0.1f, 0.7f, 0.75f, 0.1f,
        0.6f, 0.1f, 0.1f, 0.1f, 0.1f, N,
    }, null);

    @Test
    void regionsAreEightConnectedAndNumberedInScanOrder() {
        // At 0.6: the 2 x 2 block top-left (id 1, 400 m²), the lone 0.8 top-right (id 2), the 2 x 2
        // block in the middle (id 3) and the lone 0.6 bottom-left (id 4; all its neighbours score 0.1).
        SuitableRegions r = SuitableRegions.label(GRID, 0.6, Monitor.NONE);
        assertThat(r.count()).isEqualTo(4);
        assertThat(r.labels()).containsExactly(
                1, 1, 0, 0, 0, 2,
                1, 1, 0, 0, 0, 0,
                0, 0, 0, 3, 3, 0,
                0, 0, 0, 3, 3, 0,
                4, 0, 0, 0, 0, 0);
        assertThat(r.area(1)).isEqualTo(400.0);
        assertThat(r.area(2)).isEqualTo(100.0);
        assertThat(r.cellCount(3)).isEqualTo(4);
    }

    @Test
    void diagonalNeighboursJoinARegion() {
        GridGeometry g = new GridGeometry(3, 3, GeoTransform.northUp(0, 30, 10, 10), Crs.epsg(32637));
        FloatGrid diag = new FloatGrid(g, new float[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, null);
        SuitableRegions r = SuitableRegions.label(diag, 0.5, Monitor.NONE);
        assertThat(r.count()).isEqualTo(1);
        assertThat(r.area(1)).isEqualTo(300.0);
    }

    @Test
    void separationAndAreaByHand() {
        // Eligible (area >= 200 m²): blocks 1 and 3. Order: 0.95 (1,1); 0.9 (0,0), (1,0), (0,1); 0.75 (4,3);
        // 0.7 (3,2), (4,2), (3,3). At 15 m the block neighbours (10 m, 14.1 m) are all too close.
        List<CandidateSite> s = SiteSelection.select(GRID, SiteSelectionOptions.defaults().withThreshold(0.6)
                .withMinSeparation(15).withMinArea(200));
        assertThat(s).containsExactly(
                new CandidateSite(1, 1, 1, 1015, 1985, 0.95f, 1, 400),
                new CandidateSite(2, 4, 3, 1045, 1965, 0.75f, 3, 400));
    }

    @Test
    void diagonalAtExactlyTheSeparationIsAllowedAndTiesGoNorthWest() {
        // At 14 m the diagonal neighbour (√200 = 14.14 m) is far enough: (1,1), then (0,0) wins the 0.9 tie
        // over (1,0) and (0,1) (10 m from (1,1)); (4,3); then (3,2), 14.14 m from (4,3). Count 4 stops it.
        List<CandidateSite> s = SiteSelection.select(GRID, SiteSelectionOptions.defaults().withThreshold(0.6)
                .withMinSeparation(14).withMinArea(200).withCount(4));
        assertThat(s).extracting(c -> c.col() + "," + c.row()).containsExactly("1,1", "0,0", "4,3", "3,2");
    }

    @Test
    void withoutMinimumAreaSmallRegionsCount() {
        List<CandidateSite> s = SiteSelection.select(GRID, SiteSelectionOptions.defaults().withThreshold(0.6)
                .withMinSeparation(15));
        assertThat(s).extracting(c -> c.col() + "," + c.row() + "@" + c.score() + "#" + c.regionId())
                .containsExactly("1,1@0.949999988079071#1", "5,0@0.800000011920929#2", "4,3@0.75#3",
                        "0,4@0.6000000238418579#4");
    }

    @Test
    void refusesGeographicGrids() {
        GridGeometry geo = new GridGeometry(2, 2, GeoTransform.northUp(6, 50, 0.01, 0.01), Crs.epsg(4326));
        assertThatThrownBy(() -> new SiteSelection(new FloatGrid(geo, new float[4], null),
                SiteSelectionOptions.defaults()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("needs a projected CRS, was EPSG:4326");
        assertThatThrownBy(() -> SiteSelectionOptions.defaults().withMinSeparation(-1))
                .hasMessage("minimum separation must be finite and >= 0 m, was -1.0");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3L, 77L, 1234L, 98765L, 5L, 6L, 7L, 8L})
    void matchesBruteForceOnRandomGrids(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int cols = 5 + rnd.nextInt(30);
        int rows = 5 + rnd.nextInt(30);
        double cell = 5 + rnd.nextInt(20);
        GridGeometry g = new GridGeometry(cols, rows, GeoTransform.northUp(400000, 5000000, cell, cell),
                Crs.epsg(32637));
        float[] d = new float[cols * rows];
        for (int i = 0; i < d.length; i++) {
            // Coarse values make ties common; some NoData.
            d[i] = rnd.nextInt(40) == 0 ? Float.NaN : rnd.nextInt(21) / 20f;
        }
        FloatGrid grid = new FloatGrid(g, d, null);
        SiteSelectionOptions o = new SiteSelectionOptions(1 + rnd.nextInt(40), 0.4 + rnd.nextInt(5) / 10.0,
                rnd.nextInt(10) * cell * 0.9, rnd.nextInt(8) * cell * cell);
        List<CandidateSite> fast = SiteSelection.select(grid, o);
        System.out.println("seed " + seed + ": " + fast.size() + " sites, " + o);
        assertThat(fast).as("seed %d options %s", seed, o).isEqualTo(bruteForce(grid, o));
    }

    /** Obviously correct reference: labels by repeated min-propagation, sites by repeated full scans. */
    private static List<CandidateSite> bruteForce(FloatGrid grid, SiteSelectionOptions o) {
        int cols = grid.cols();
        int rows = grid.rows();
        float[] d = grid.data();
        int[] lab = new int[d.length];
        for (int i = 0; i < d.length; i++) {
            lab[i] = !Float.isNaN(d[i]) && d[i] >= o.threshold() ? i + 1 : 0;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < d.length; i++) {
                if (lab[i] == 0) {
                    continue;
                }
                for (int dr = -1; dr <= 1; dr++) {
                    for (int dc = -1; dc <= 1; dc++) {
                        int r = i / cols + dr;
                        int c = i % cols + dc;
                        if (r >= 0 && r < rows && c >= 0 && c < cols && lab[r * cols + c] != 0
                                && lab[r * cols + c] < lab[i]) {
                            lab[i] = lab[r * cols + c];
                            changed = true;
                        }
                    }
                }
            }
        }
        // Renumber by first appearance in scan order; count cells.
        int[] id = new int[d.length + 1];
        int next = 0;
        int[] count = new int[d.length + 1];
        for (int i = 0; i < d.length; i++) {
            if (lab[i] != 0) {
                if (id[lab[i]] == 0) {
                    id[lab[i]] = ++next;
                }
                count[id[lab[i]]]++;
            }
        }
        GeoTransform t = grid.geometry().transform();
        double cellArea = t.cellWidth() * t.cellHeight();
        List<CandidateSite> out = new ArrayList<>();
        boolean[] used = new boolean[d.length];
        while (out.size() < o.count()) {
            int best = -1;
            for (int i = 0; i < d.length; i++) {
                if (lab[i] == 0 || used[i] || count[id[lab[i]]] * cellArea < o.minArea()) {
                    continue;
                }
                boolean far = true;
                for (CandidateSite s : out) {
                    far &= Math.hypot(s.x() - t.centreX(i % cols), s.y() - t.centreY(i / cols)) >= o.minSeparation();
                }
                if (far && (best < 0 || d[i] > d[best])) {
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            used[best] = true;
            int r = best / cols;
            int c = best % cols;
            int region = id[lab[best]];
            out.add(new CandidateSite(out.size() + 1, c, r, t.centreX(c), t.centreY(r), d[best], region,
                    count[region] * cellArea));
        }
        return out;
    }
}
