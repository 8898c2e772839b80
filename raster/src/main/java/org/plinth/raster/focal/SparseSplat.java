package org.plinth.raster.focal;

/**
 * Focal sum for mostly-zero inputs: each non-zero cell spreads its value over the circle around it,
 * so the cost is proportional to the non-zero cells, not the grid. Without decay each chord is two
 * entries of a row difference array ({@code O(R / cell)} per source); with a decay every kernel cell
 * is added ({@code O(K)} per source). Each band owns its rows of the output, so bands never write
 * to the same cell and run in parallel.
 */
final class SparseSplat {
    private final float[] values;
    private final int cols;
    private final Kernel kernel;
    private final int[] sources;
    private final double[][] weights;

    /** {@code sources}: indices of the non-zero cells, ascending. */
    SparseSplat(float[] values, int cols, Kernel kernel, int[] sources, boolean uniform) {
        this.values = values;
        this.cols = cols;
        this.kernel = kernel;
        this.sources = sources;
        if (uniform) {
            weights = null;
        } else {
            weights = new double[kernel.rows() + 1][];
            for (int j = 0; j <= kernel.rows(); j++) {
                weights[j] = kernel.weights(j);
            }
        }
    }

    void band(int r0, int r1, float[] out) {
        int reach = kernel.rows();
        int first = firstSourceAtOrAfter((long) Math.max(0, r0 - reach) * cols);
        long stop = (long) (r1 + reach) * cols;
        double[] acc = new double[(r1 - r0) * (cols + 1)];
        for (int s = first; s < sources.length && sources[s] < stop; s++) {
            int index = sources[s];
            int rs = index / cols;
            int cs = index - rs * cols;
            double v = values[index];
            int from = Math.max(r0, rs - reach);
            int to = Math.min(r1 - 1, rs + reach);
            for (int r = from; r <= to; r++) {
                int rowBase = (r - r0) * (cols + 1);
                if (weights == null) {
                    int w = kernel.halfWidth(r - rs);
                    acc[rowBase + Math.max(0, cs - w)] += v;
                    acc[rowBase + Math.min(cols, cs + w + 1)] -= v;
                } else {
                    spread(acc, rowBase, cs, v, weights[Math.abs(r - rs)]);
                }
            }
        }
        for (int r = r0; r < r1; r++) {
            int rowBase = (r - r0) * (cols + 1);
            double running = 0;
            for (int c = 0; c < cols; c++) {
                double a = acc[rowBase + c];
                if (weights == null) {
                    running += a;
                    a = running;
                }
                out[r * cols + c] = (float) a;
            }
        }
    }

    private void spread(double[] acc, int rowBase, int cs, double v, double[] wts) {
        int w = wts.length / 2;
        int from = Math.max(0, cs - w);
        int to = Math.min(cols - 1, cs + w);
        for (int c = from; c <= to; c++) {
            acc[rowBase + c] += v * wts[c - cs + w];
        }
    }

    private int firstSourceAtOrAfter(long index) {
        int lo = 0;
        int hi = sources.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sources[mid] < index) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
