package org.plinth.raster.focal;

import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;

/**
 * Spreads point weights over the cell centres within the radius of each point's exact position.
 * Points are sorted north to south so that each band visits only the points within reach.
 */
final class PointSplat {
    private final GeoTransform t;
    private final int cols;
    private final double radius;
    private final double limit;
    private final Decay decay;
    private final double[] px;
    private final double[] py;
    private final double[] w;

    PointSplat(GridGeometry grid, double[] xy, double[] weights, double radius, Decay decay) {
        if (xy.length % 2 != 0 || weights.length != xy.length / 2) {
            throw new IllegalArgumentException("need one weight per x, y pair, had " + weights.length
                    + " weights for " + xy.length + " coordinates");
        }
        this.t = grid.transform();
        this.cols = grid.cols();
        this.radius = radius;
        this.limit = Kernel.limit(radius);
        this.decay = decay;
        int m = weights.length;
        px = new double[m];
        py = new double[m];
        w = new double[m];
        for (int i = 0; i < m; i++) {
            if (!Double.isFinite(xy[2 * i]) || !Double.isFinite(xy[2 * i + 1]) || !Double.isFinite(weights[i])) {
                throw new IllegalArgumentException("point " + i + " must have finite coordinates and weight, was ("
                        + xy[2 * i] + ", " + xy[2 * i + 1] + ") weight " + weights[i]);
            }
            px[i] = xy[2 * i];
            py[i] = xy[2 * i + 1];
            w[i] = weights[i];
        }
    }

    void band(int r0, int r1, float[] out) {
        double[] acc = new double[(r1 - r0) * cols];
        double reachRows = Math.sqrt(limit) / t.cellHeight();
        for (int i = 0; i < px.length; i++) {
            double row = t.rowOf(py[i]) - 0.5;
            int from = (int) Math.max(r0, Math.ceil(row - reachRows));
            int to = (int) Math.min(r1 - 1, Math.floor(row + reachRows));
            for (int r = from; r <= to; r++) {
                spreadRow(acc, (r - r0) * cols, r, i);
            }
        }
        System.arraycopy(toFloat(acc), 0, out, r0 * cols, acc.length);
    }

    private void spreadRow(double[] acc, int rowBase, int r, int i) {
        double dy = t.centreY(r) - py[i];
        double rest = limit - dy * dy;
        if (rest < 0) {
            return;
        }
        double half = Math.sqrt(rest) / t.cellWidth();
        double col = t.colOf(px[i]) - 0.5;
        int from = (int) Math.max(0, Math.ceil(col - half) - 1);
        int to = (int) Math.min(cols - 1, Math.floor(col + half) + 1);
        for (int c = from; c <= to; c++) {
            double dx = t.centreX(c) - px[i];
            if (Kernel.inside(dx, dy, limit)) {
                acc[rowBase + c] += w[i] * decay.weight(Math.min(radius, Math.sqrt(dx * dx + dy * dy)), radius);
            }
        }
    }

    private static float[] toFloat(double[] a) {
        float[] f = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            f[i] = (float) a[i];
        }
        return f;
    }
}
