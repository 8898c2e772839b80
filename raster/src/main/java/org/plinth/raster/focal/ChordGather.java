package org.plinth.raster.focal;

/**
 * Plain sum over the circle for every cell, as a sum over its chords: each chord is the difference
 * of two entries of its row's prefix sum, so a cell costs {@code 2·rows + 1} lookups, i.e.
 * {@code O(R / cell height)}. Prefix rows are kept in a ring per band, each computed once per band.
 */
final class ChordGather {
    private final float[] values;
    private final int cols;
    private final int rows;
    private final Kernel kernel;

    ChordGather(float[] values, int cols, int rows, Kernel kernel) {
        this.values = values;
        this.cols = cols;
        this.rows = rows;
        this.kernel = kernel;
    }

    void band(int r0, int r1, float[] out) {
        int reach = kernel.rows();
        int lo = Math.max(0, r0 - reach);
        int hi = Math.min(rows, r1 + reach);
        int ringSize = Math.min(hi - lo, 2 * reach + 1);
        double[][] ring = new double[ringSize][cols + 1];
        double[] acc = new double[cols];
        int ready = lo;
        for (int r = r0; r < r1; r++) {
            int last = Math.min(rows - 1, r + reach);
            for (; ready <= last; ready++) {
                prefix(ready, ring[ready % ringSize]);
            }
            java.util.Arrays.fill(acc, 0);
            for (int rr = Math.max(0, r - reach); rr <= last; rr++) {
                addChords(ring[rr % ringSize], kernel.halfWidth(rr - r), acc);
            }
            int base = r * cols;
            for (int c = 0; c < cols; c++) {
                out[base + c] = (float) acc[c];
            }
        }
    }

    private void prefix(int r, double[] p) {
        int base = r * cols;
        double s = 0;
        p[0] = 0;
        for (int c = 0; c < cols; c++) {
            s += values[base + c];
            p[c + 1] = s;
        }
    }

    /** acc[c] += sum of the row over columns c-w..c+w clipped to the grid. */
    private void addChords(double[] p, int w, double[] acc) {
        int leftClipped = Math.min(cols, w);
        int rightStart = Math.max(leftClipped, cols - w);
        for (int c = 0; c < leftClipped; c++) {
            acc[c] += p[Math.min(cols, c + w + 1)] - p[0];
        }
        for (int c = leftClipped; c < rightStart; c++) {
            acc[c] += p[c + w + 1] - p[c - w];
        }
        for (int c = rightStart; c < cols; c++) {
            acc[c] += p[cols] - p[Math.max(0, c - w)];
        }
    }
}
