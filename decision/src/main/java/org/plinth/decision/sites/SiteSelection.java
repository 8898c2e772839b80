package org.plinth.decision.sites;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.InvalidInputException;
import org.plinth.raster.Monitor;

/**
 * Picks the top N candidate sites from a suitability grid.
 *
 * <p>Algorithm: label the suitable regions (cells scoring at or above the threshold, 8-connected;
 * {@link SuitableRegions}); keep the cells whose region area is at least the minimum area; sort
 * them by score, highest first; then walk that order greedily, taking a cell when its centre lies
 * at least the minimum separation from every site already taken, until N are taken or the cells
 * run out. Ties in score go to the smaller row, then the smaller column (north-west first), so the
 * result is deterministic. Several sites may fall in one region when they are far enough apart.
 * Greedy best-first is not a maximum-total-score packing: it is the usual, explainable rule.
 *
 * <p>Distances and areas use cell centres and cell sizes in the grid CRS, which must be projected
 * in metres: geographic, unknown-CRS and rotated grids are refused. NoData cells are never
 * suitable. Cost: O(cells) labelling plus sorting the eligible cells; the separation test uses a
 * hash of buckets one separation wide.
 */
public final class SiteSelection {
    private final FloatGrid suitability;
    private final SiteSelectionOptions options;

    public SiteSelection(FloatGrid suitability, SiteSelectionOptions options) {
        this.suitability = Objects.requireNonNull(suitability, "suitability");
        this.options = Objects.requireNonNull(options, "options");
        GeoTransform t = suitability.geometry().transform();
        if (!t.isNorthUp()) {
            throw new InvalidInputException("site selection needs a north-up grid without rotation, was "
                    + Arrays.toString(t.toArray()));
        }
        if (suitability.geometry().crs().isGeographic() || !suitability.geometry().crs().isKnown()) {
            throw new InvalidInputException("site selection measures separation and area in metres and needs a"
                    + " projected CRS, was " + suitability.geometry().crs() + "; reproject the suitability grid first");
        }
    }

    /** Convenience: {@code new SiteSelection(suitability, options).select()}. */
    public static List<CandidateSite> select(FloatGrid suitability, SiteSelectionOptions options) {
        return new SiteSelection(suitability, options).select();
    }

    public List<CandidateSite> select() {
        return select(Monitor.NONE);
    }

    public List<CandidateSite> select(Monitor monitor) {
        SuitableRegions regions = SuitableRegions.label(suitability, options.threshold(), monitor);
        long[] order = eligibleByScore(regions);
        monitor.checkCancelled();
        GeoTransform t = suitability.geometry().transform();
        int cols = suitability.cols();
        SeparationIndex taken = new SeparationIndex(options.minSeparation());
        List<CandidateSite> sites = new ArrayList<>();
        for (int k = 0; k < order.length && sites.size() < options.count(); k++) {
            int i = (int) order[k];
            int row = i / cols;
            int col = i - row * cols;
            double x = t.centreX(col);
            double y = t.centreY(row);
            if (!taken.farFromAll(x, y)) {
                continue;
            }
            taken.add(x, y);
            int id = regions.labelAt(i);
            sites.add(new CandidateSite(sites.size() + 1, col, row, x, y, suitability.data()[i], id, regions.area(id)));
        }
        return List.copyOf(sites);
    }

    /**
     * Eligible cells as sort keys: high 32 bits the score flipped so larger sorts first, low 32 bits
     * the row-major index so ties go north-west first; one primitive sort.
     */
    private long[] eligibleByScore(SuitableRegions regions) {
        float[] d = suitability.data();
        boolean[] bigEnough = new boolean[regions.count() + 1];
        for (int id = 1; id <= regions.count(); id++) {
            bigEnough[id] = regions.area(id) >= options.minArea();
        }
        int n = 0;
        long[] keys = new long[64];
        for (int i = 0; i < d.length; i++) {
            int id = regions.labelAt(i);
            if (id == 0 || !bigEnough[id]) {
                continue;
            }
            if (n == keys.length) {
                keys = Arrays.copyOf(keys, keys.length * 2);
            }
            keys[n++] = ((long) ~orderedBits(d[i]) << 32) | i;
        }
        keys = Arrays.copyOf(keys, n);
        Arrays.parallelSort(keys);
        return keys;
    }

    /** An int whose signed order is the float's numeric order (-0 counted as +0). */
    private static int orderedBits(float f) {
        int bits = Float.floatToIntBits(f + 0.0f);
        return bits ^ ((bits >> 31) & 0x7fffffff);
    }

    /** Sites taken so far, bucketed on a square lattice one separation wide. */
    private static final class SeparationIndex {
        private final double sep;
        private final Map<Long, List<double[]>> buckets = new HashMap<>();

        SeparationIndex(double sep) {
            this.sep = sep;
        }

        boolean farFromAll(double x, double y) {
            if (sep == 0) {
                return true;
            }
            long bx = (long) Math.floor(x / sep);
            long by = (long) Math.floor(y / sep);
            for (long i = bx - 1; i <= bx + 1; i++) {
                for (long j = by - 1; j <= by + 1; j++) {
                    for (double[] p : buckets.getOrDefault(key(i, j), List.of())) {
                        double dx = p[0] - x;
                        double dy = p[1] - y;
                        if (dx * dx + dy * dy < sep * sep) {
                            return false;
                        }
                    }
                }
            }
            return true;
        }

        void add(double x, double y) {
            if (sep == 0) {
                return;
            }
            long k = key((long) Math.floor(x / sep), (long) Math.floor(y / sep));
            buckets.computeIfAbsent(k, b -> new ArrayList<>()).add(new double[] {x, y});
        }

        private static long key(long i, long j) {
            return i * 0x9E3779B97F4A7C15L + j;
        }
    }
}
