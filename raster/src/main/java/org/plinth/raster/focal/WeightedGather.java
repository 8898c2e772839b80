package org.plinth.raster.focal;

/**
 * Weighted sum over the circle for every cell, offset by offset: for each kernel offset the whole
 * row is multiplied and added at once (a loop the JIT vectorises). {@code O(n·K)} for {@code K}
 * kernel cells; used for dense inputs with a decay.
 */
final class WeightedGather {
    private final float[] values;
    private final int cols;
    private final int rows;
    private final Kernel kernel;
    private final double[][] weights;

    WeightedGather(float[] values, int cols, int rows, Kernel kernel) {
        this.values = values;
        this.cols = cols;
        this.rows = rows;
        this.kernel = kernel;
        this.weights = new double[kernel.rows() + 1][];
        for (int j = 0; j <= kernel.rows(); j++) {
            weights[j] = kernel.weights(j);
        }
    }

    void band(int r0, int r1, float[] out) {
        double[] acc = new double[cols];
        int reach = kernel.rows();
        for (int r = r0; r < r1; r++) {
            java.util.Arrays.fill(acc, 0);
            for (int rr = Math.max(0, r - reach); rr <= Math.min(rows - 1, r + reach); rr++) {
                addRow(rr, weights[Math.abs(rr - r)], acc);
            }
            int base = r * cols;
            for (int c = 0; c < cols; c++) {
                out[base + c] = (float) acc[c];
            }
        }
    }

    private void addRow(int rr, double[] wts, double[] acc) {
        int w = wts.length / 2;
        int base = rr * cols;
        for (int i = -w; i <= w; i++) {
            double wt = wts[i + w];
            if (wt == 0) {
                continue;
            }
            int from = Math.max(0, -i);
            int to = Math.min(cols, cols - i);
            int src = base + i;
            for (int c = from; c < to; c++) {
                acc[c] += wt * values[src + c];
            }
        }
    }
}
