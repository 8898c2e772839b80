package org.plinth.raster.terrain;

import java.util.Arrays;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.Monitor;
import org.plinth.raster.RowBands;

/**
 * Horn's 3×3 finite differences over a DEM (or Zevenbergen–Thorne's, see {@link Gradient}), one row at
 * a time, with gdaldem's rules for edges and NoData. Shared by {@link Slope}, {@link Aspect} and
 * {@link Hillshade}.
 *
 * <p>For the window {@code z0 z1 z2 / z3 z4 z5 / z6 z7 z8} (row above, centre row, row below) a row
 * yields, per cell, the raw Horn sums
 * <pre>
 *   gx = (z2 + 2 z5 + z8) − (z0 + 2 z3 + z6)      east minus west, so dz/dx = gx / (8 Δx)
 *   gy = (z0 + 2 z1 + z2) − (z6 + 2 z7 + z8)      north minus south, so dz/dy = gy / (8 Δy)
 * </pre>
 * or NaN in {@code gx} where the output is NoData.
 *
 * <p><b>Edges</b> (as {@code gdaldem -compute_edges}, GDAL 3.6 {@code GDALGeneric3x3Processing}):
 * a missing neighbour line is extrapolated linearly from the two nearest, {@code 2·a − b}. In the
 * first and last row, the missing row is extrapolated and a missing column is replaced by the centre
 * column itself; in the other rows, the missing column is extrapolated. Without edges, the one-cell
 * border is NoData.
 *
 * <p><b>NoData</b>: a NoData centre gives NoData. With edges, each NoData neighbour (or an
 * extrapolated value made from one) is replaced by the centre value; without edges, any NoData
 * neighbour makes the cell NoData. NaN and the grid's declared NoData value are both NoData. Grids
 * with fewer than two rows or columns are NoData throughout, as in gdaldem.
 *
 * <p>A {@link Cursor} keeps three source rows as padded double lines; it is not thread-safe, so each
 * band of rows uses its own.
 */
final class HornStencil {
    private final float[] src;
    private final int cols;
    private final int rows;
    private final boolean edges;
    private final boolean zevenbergenThorne;
    private final boolean hasDeclaredNoData;
    private final float declaredNoData;

    HornStencil(FloatGrid dem, boolean computeEdges) {
        this(dem, computeEdges, Gradient.HORN);
    }

    /**
     * With {@link Gradient#ZEVENBERGEN_THORNE} the sums are 4 (z5 − z3) and 4 (z1 − z7), the central
     * differences scaled (exactly, by a power of two) so that the callers' {@code / (8 Δ)} gives
     * {@code (z5 − z3) / (2 Δx)}; edges and NoData follow the same rules (gdaldem applies them to the
     * whole window before either algorithm).
     */
    HornStencil(FloatGrid dem, boolean computeEdges, Gradient gradient) {
        this.src = dem.data();
        this.cols = dem.cols();
        this.rows = dem.rows();
        this.edges = computeEdges;
        this.zevenbergenThorne = gradient == Gradient.ZEVENBERGEN_THORNE;
        Float nd = dem.noData();
        this.hasDeclaredNoData = nd != null && !Float.isNaN(nd);
        this.declaredNoData = hasDeclaredNoData ? nd : Float.NaN;
    }

    int cols() {
        return cols;
    }

    int rows() {
        return rows;
    }

    private Cursor cursor() {
        return new Cursor();
    }

    /** What a kernel makes of one row's sums (see {@link #eachRow}). */
    interface RowSums {
        /** Row {@code row}'s sums, {@code gx} NaN where the output is NoData; the arrays are reused for the next row. */
        void accept(int row, double[] gx, double[] gy);
    }

    /**
     * Hands every row's sums to {@code kernel}, rows in parallel bands ({@link RowBands}), each band with
     * its own cursor and sum lines; progress and cancellation per row through {@code monitor}.
     */
    void eachRow(Monitor monitor, RowSums kernel) {
        RowBands.run(rows, monitor, (rowStart, rowStop, ticker) -> {
            Cursor cursor = cursor();
            double[] gx = new double[cols];
            double[] gy = new double[cols];
            for (int r = rowStart; r < rowStop; r++) {
                cursor.row(r, gx, gy);
                kernel.accept(r, gx, gy);
                ticker.rowDone();
            }
        });
    }

    /** Per-thread state: a ring of three loaded rows plus a scratch line for extrapolated rows. */
    final class Cursor {
        private final double[][] ring = new double[3][cols + 2];
        private final boolean[] ringNaN = new boolean[3];
        private final int[] ringRow = {-1, -1, -1};
        private final double[] synth = new double[cols + 2];
        private boolean synthNaN;

        /**
         * Fills {@code gx[0..cols)} and {@code gy[0..cols)} for row {@code r}; {@code gx[c]} is NaN where
         * the output is NoData.
         */
        void row(int r, double[] gx, double[] gy) {
            if (rows < 2 || cols < 2 || (!edges && (r == 0 || r == rows - 1))) {
                Arrays.fill(gx, 0, cols, Double.NaN);
                return;
            }
            double[] mid = line(r);
            boolean nan = ringNaN[r % 3];
            double[] up;
            double[] down;
            boolean edgeRow = r == 0 || r == rows - 1;
            if (r == 0) {
                down = line(1);
                nan |= ringNaN[1];
                up = extrapolate(mid, down);
                nan |= synthNaN;
            } else if (r == rows - 1) {
                up = line(r - 1);
                nan |= ringNaN[(r - 1) % 3];
                down = extrapolate(mid, up);
                nan |= synthNaN;
            } else {
                up = line(r - 1);
                down = line(r + 1);
                nan |= ringNaN[(r - 1) % 3] | ringNaN[(r + 1) % 3];
            }
            pad(up, edgeRow);
            pad(mid, edgeRow);
            pad(down, edgeRow);
            if (nan) {
                rowWithNoData(up, mid, down, gx, gy);
            } else {
                rowDense(up, mid, down, gx, gy);
            }
            if (!edges) {
                gx[0] = Double.NaN;
                gx[cols - 1] = Double.NaN;
            }
        }

        private void rowDense(double[] up, double[] mid, double[] down, double[] gx, double[] gy) {
            if (zevenbergenThorne) {
                for (int c = 0; c < cols; c++) {
                    gx[c] = 4 * (mid[c + 2] - mid[c]);
                    gy[c] = 4 * (up[c + 1] - down[c + 1]);
                }
                return;
            }
            for (int c = 0; c < cols; c++) {
                double z0 = up[c];
                double z1 = up[c + 1];
                double z2 = up[c + 2];
                double z3 = mid[c];
                double z5 = mid[c + 2];
                double z6 = down[c];
                double z7 = down[c + 1];
                double z8 = down[c + 2];
                gx[c] = (z2 + 2 * z5 + z8) - (z0 + 2 * z3 + z6);
                gy[c] = (z0 + 2 * z1 + z2) - (z6 + 2 * z7 + z8);
            }
        }

        private void sums(double z0, double z1, double z2, double z3, double z5, double z6, double z7, double z8,
                          double[] gx, double[] gy, int c) {
            if (zevenbergenThorne) {
                gx[c] = 4 * (z5 - z3);
                gy[c] = 4 * (z1 - z7);
            } else {
                gx[c] = (z2 + 2 * z5 + z8) - (z0 + 2 * z3 + z6);
                gy[c] = (z0 + 2 * z1 + z2) - (z6 + 2 * z7 + z8);
            }
        }

        private void rowWithNoData(double[] up, double[] mid, double[] down, double[] gx, double[] gy) {
            for (int c = 0; c < cols; c++) {
                double z4 = mid[c + 1];
                if (Double.isNaN(z4)) {
                    gx[c] = Double.NaN;
                    continue;
                }
                double z0 = up[c];
                double z1 = up[c + 1];
                double z2 = up[c + 2];
                double z3 = mid[c];
                double z5 = mid[c + 2];
                double z6 = down[c];
                double z7 = down[c + 1];
                double z8 = down[c + 2];
                double any = z0 + z1 + z2 + z3 + z5 + z6 + z7 + z8;
                if (Double.isNaN(any)) {
                    if (!edges) {
                        gx[c] = Double.NaN;
                        continue;
                    }
                    z0 = Double.isNaN(z0) ? z4 : z0;
                    z1 = Double.isNaN(z1) ? z4 : z1;
                    z2 = Double.isNaN(z2) ? z4 : z2;
                    z3 = Double.isNaN(z3) ? z4 : z3;
                    z5 = Double.isNaN(z5) ? z4 : z5;
                    z6 = Double.isNaN(z6) ? z4 : z6;
                    z7 = Double.isNaN(z7) ? z4 : z7;
                    z8 = Double.isNaN(z8) ? z4 : z8;
                }
                sums(z0, z1, z2, z3, z5, z6, z7, z8, gx, gy, c);
            }
        }

        /** Source row {@code r} as a padded line (index c + 1 holds column c), loaded into the ring once. */
        private double[] line(int r) {
            int slot = r % 3;
            double[] buf = ring[slot];
            if (ringRow[slot] != r) {
                ringNaN[slot] = load(r, buf);
                ringRow[slot] = r;
            }
            return buf;
        }

        private boolean load(int r, double[] buf) {
            int base = r * cols;
            boolean nan = false;
            for (int c = 0; c < cols; c++) {
                float v = src[base + c];
                if (hasDeclaredNoData && v == declaredNoData) {
                    v = Float.NaN;
                }
                nan |= v != v;
                buf[c + 1] = v;
            }
            return nan;
        }

        /** The line beyond {@code near}, extrapolated away from {@code far}: 2·near − far (NaN if either is). */
        private double[] extrapolate(double[] near, double[] far) {
            boolean nan = false;
            for (int i = 1; i <= cols; i++) {
                double v = 2 * near[i] - far[i];
                nan |= v != v;
                synth[i] = v;
            }
            synthNaN = nan;
            return synth;
        }

        /** Sets the two pad cells: a copy of the end column in the first and last row, else extrapolated. */
        private void pad(double[] line, boolean edgeRow) {
            if (edgeRow) {
                line[0] = line[1];
                line[cols + 1] = line[cols];
            } else {
                line[0] = 2 * line[1] - line[2];
                line[cols + 1] = 2 * line[cols] - line[cols - 1];
            }
        }
    }
}
