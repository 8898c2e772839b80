package org.plinth.decision.robustness;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.plinth.raster.FloatGrid;

/**
 * The per-row kernel of {@link SuitabilitySpread}: shared read-only inputs, output arrays that each
 * row writes disjointly, and per-thread {@link Worker} buffers.
 */
final class SpreadRows {
    private final List<FloatGrid> grids;
    private final float[][] weights;
    private final double[] meanWeight;
    private final double[] minWeight;
    private final double[] maxWeight;
    private final int draws;
    private final int cols;
    private final int[] ranks;
    private final Interpolation low;
    private final Interpolation high;
    private final float[] mean;
    private final float[] lower;
    private final float[] upper;
    private final float[] range;

    /** Scratch buffers of one thread. */
    static final class Worker {
        final float[] sums;
        final float[] x;
        final int[] byValue;
        final float[] picked;
        final OrderStatistics stats;

        Worker(int draws, int criteria, int ranks) {
            this.sums = new float[draws];
            this.x = new float[criteria];
            this.byValue = new int[criteria];
            this.picked = new float[ranks];
            this.stats = new OrderStatistics(draws);
        }
    }

    /**
     * @param weights {@code weights[j][d]}: weight of criterion j in draw d (one array per criterion
     *                so that the accumulation loop has a single index and vectorises)
     */
    SpreadRows(List<FloatGrid> grids, float[][] weights, int draws, double pLow, double pHigh) {
        this.grids = grids;
        this.weights = weights;
        this.draws = draws;
        int m = weights.length;
        this.meanWeight = new double[m];
        this.minWeight = new double[m];
        this.maxWeight = new double[m];
        for (int j = 0; j < m; j++) {
            double sum = 0;
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (float w : weights[j]) {
                sum += w;
                lo = Math.min(lo, w);
                hi = Math.max(hi, w);
            }
            meanWeight[j] = sum / draws;
            minWeight[j] = lo;
            maxWeight[j] = hi;
        }
        this.cols = grids.get(0).cols();
        int cells = grids.get(0).geometry().cellCount();
        this.mean = new float[cells];
        this.lower = new float[cells];
        this.upper = new float[cells];
        this.range = new float[cells];
        TreeSet<Integer> wanted = new TreeSet<>();
        for (double p : new double[] {pLow, pHigh}) {
            int k = (int) Math.floor((draws - 1) * p);
            wanted.add(k);
            wanted.add(Math.min(k + 1, draws - 1));
        }
        this.ranks = wanted.stream().mapToInt(Integer::intValue).toArray();
        this.low = new Interpolation(pLow, draws, ranks);
        this.high = new Interpolation(pHigh, draws, ranks);
    }

    /**
     * Type 7 quantile {@code p} of {@code n} values as positions in the selected order statistics:
     * {@code x_(k) + frac (x_(k+1) - x_(k))} with {@code h = (n - 1) p}, {@code k = floor(h)}.
     */
    private record Interpolation(int at, int next, double frac) {
        Interpolation(double p, int n, int[] ranks) {
            this(Arrays.binarySearch(ranks, (int) Math.floor((n - 1) * p)),
                    Arrays.binarySearch(ranks, Math.min((int) Math.floor((n - 1) * p) + 1, n - 1)),
                    (n - 1) * p - Math.floor((n - 1) * p));
        }

        float of(float[] picked) {
            return (float) (picked[at] + frac * (picked[next] - picked[at]));
        }
    }

    Worker newWorker() {
        return new Worker(draws, grids.size(), ranks.length);
    }

    void run(Worker w, int row) {
        for (int c = row * cols, end = c + cols; c < end; c++) {
            if (!load(c, w.x)) {
                mean[c] = lower[c] = upper[c] = range[c] = Float.NaN;
                continue;
            }
            cell(c, w);
        }
    }

    /** Reads the cell's criterion values; false when any is NoData or infinite. */
    private boolean load(int c, float[] x) {
        for (int j = 0; j < x.length; j++) {
            FloatGrid g = grids.get(j);
            float v = g.data()[c];
            if (g.isNoData(v) || Float.isInfinite(v)) {
                return false;
            }
            x[j] = v;
        }
        return true;
    }

    private void cell(int c, Worker w) {
        float[] s = w.sums;
        float[] x = w.x;
        accumulate(x, s);
        double average = 0;
        for (int j = 0; j < x.length; j++) {
            average += x[j] * meanWeight[j];
        }
        double lo = bound(x, w.byValue, false);
        double hi = bound(x, w.byValue, true);
        double largest = 0;
        for (float v : x) {
            largest = Math.max(largest, Math.abs(v));
        }
        // weights rounded to float (their sum off 1 by up to m 2^-24) and m float products summed in
        // float move a sum by at most (2m + 1) 2^-24 max|x|: well inside this margin
        double margin = (x.length + 2) * 0x1p-22 * largest + 0x1p-30;
        w.stats.select(s, draws, (float) (lo - margin), (float) (hi + margin), ranks, w.picked);
        float[] p = w.picked;
        mean[c] = (float) average;
        lower[c] = low.of(p);
        upper[c] = high.of(p);
        range[c] = w.stats.max() - w.stats.min();
    }

    /** {@code s[d] = sum_j x_j w_j[d]}, two criteria per pass to halve the loads and stores of s. */
    private void accumulate(float[] x, float[] s) {
        int m = x.length;
        int j;
        if ((m & 1) == 0) {
            float a = x[0];
            float b = x[1];
            float[] wa = weights[0];
            float[] wb = weights[1];
            for (int d = 0; d < draws; d++) {
                s[d] = a * wa[d] + b * wb[d];
            }
            j = 2;
        } else {
            float a = x[0];
            float[] wa = weights[0];
            for (int d = 0; d < draws; d++) {
                s[d] = a * wa[d];
            }
            j = 1;
        }
        for (; j < m; j += 2) {
            float a = x[j];
            float b = x[j + 1];
            float[] wa = weights[j];
            float[] wb = weights[j + 1];
            for (int d = 0; d < draws; d++) {
                s[d] += a * wa[d] + b * wb[d];
            }
        }
    }

    /**
     * Largest (or smallest) {@code sum_j x_j w_j} over weights in the box
     * {@code [minWeight, maxWeight]} summing to 1, which contains every draw: start from the minimum
     * weights and give the remaining mass to the best (worst) criteria first, up to their maxima
     * (the greedy optimum of this linear programme).
     */
    private double bound(float[] x, int[] byValue, boolean upperBound) {
        int m = x.length;
        for (int j = 0; j < m; j++) {
            int k = j;
            while (k > 0 && (upperBound ? x[byValue[k - 1]] < x[j] : x[byValue[k - 1]] > x[j])) {
                byValue[k] = byValue[k - 1];
                k--;
            }
            byValue[k] = j;
        }
        double value = 0;
        double mass = 1;
        for (int j = 0; j < m; j++) {
            value += minWeight[j] * x[j];
            mass -= minWeight[j];
        }
        for (int q = 0; q < m && mass > 0; q++) {
            int j = byValue[q];
            double add = Math.min(mass, maxWeight[j] - minWeight[j]);
            value += add * x[j];
            mass -= add;
        }
        return value;
    }

    float[] mean() {
        return mean;
    }

    float[] lower() {
        return lower;
    }

    float[] upper() {
        return upper;
    }

    float[] range() {
        return range;
    }
}
