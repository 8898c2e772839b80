package org.plinth.raster.focal;

/**
 * The circular neighbourhood on a grid of {@code width × height} metre cells: for each row offset
 * {@code j} in {@code -rows..rows}, the half-width {@code halfWidth(|j|)} of its chord (columns
 * {@code -w..w}), and the decay weight of each offset.
 */
final class Kernel {
    /** Relative tolerance on the squared radius (see {@link FocalOptions#radius()}). */
    static final double TOLERANCE = 1e-9;
    private final int rows;
    private final int[] halfWidth;
    private final double cellWidth;
    private final double cellHeight;
    private final double radius;
    private final Decay decay;

    Kernel(double radius, Decay decay, double cellWidth, double cellHeight, int maxRows, int maxCols) {
        this.radius = radius;
        this.decay = decay;
        this.cellWidth = cellWidth;
        this.cellHeight = cellHeight;
        double r2 = limit(radius);
        rows = (int) Math.min(maxRows, Math.floor(Math.sqrt(r2) / cellHeight) + 1);
        int[] w = new int[rows + 1];
        int count = 0;
        for (int j = 0; j <= rows; j++) {
            double dy = j * cellHeight;
            double rest = r2 - dy * dy;
            if (rest < 0) {
                break;
            }
            int i = (int) Math.min(maxCols, Math.floor(Math.sqrt(rest) / cellWidth) + 1);
            while (i >= 0 && !inside(i * cellWidth, dy, r2)) {
                i--;
            }
            w[j] = i;
            count = j + 1;
        }
        this.halfWidth = java.util.Arrays.copyOf(w, count);
    }

    /** Squared radius with the tolerance applied. */
    static double limit(double radius) {
        return radius * radius * (1 + TOLERANCE);
    }

    static boolean inside(double dx, double dy, double limit) {
        return dx * dx + dy * dy <= limit;
    }

    /** Cells of the neighbourhood, the centre included. */
    int cells() {
        int n = 0;
        for (int j = -rows(); j <= rows(); j++) {
            n += 2 * halfWidth(j) + 1;
        }
        return n;
    }

    /** Largest row offset with a non-empty chord. */
    int rows() {
        return halfWidth.length - 1;
    }

    int halfWidth(int j) {
        return halfWidth[Math.abs(j)];
    }

    /** Weights of row offset {@code j}, index {@code i + halfWidth(j)} for column offset {@code i}. */
    double[] weights(int j) {
        int w = halfWidth(j);
        double[] out = new double[2 * w + 1];
        for (int i = -w; i <= w; i++) {
            out[i + w] = decay.weight(Math.hypot(i * cellWidth, j * cellHeight), radius);
        }
        return out;
    }
}
