package org.plinth.raster.crs;

import org.plinth.raster.GeoTransform;

/**
 * Maps the cell centres of one target (UTM) row to fractional source cell positions (column, row
 * measured from the source's outer corner), exactly or by linear interpolation between exactly
 * transformed points.
 *
 * <p>Approximation (as GDAL's approximate transformer): transform the row's two ends and its middle
 * exactly; if the middle lies within {@code maxError} source cells of the straight line between
 * the ends, interpolate the whole span linearly, otherwise split it in two and repeat. With
 * {@code maxError = 0} every cell is transformed exactly. Not thread-safe: one per worker.
 */
final class RowMapping {
    private final TransverseMercator tm;
    private final GeoTransform target;
    private final GeoTransform source;
    private final double maxError;
    private final double[] scratch = new double[2];
    private double northing;

    RowMapping(TransverseMercator tm, GeoTransform target, GeoTransform source, double maxError) {
        this.tm = tm;
        this.target = target;
        this.source = source;
        this.maxError = maxError;
    }

    /** Fills {@code sx[0..n)} and {@code sy[0..n)} for target row {@code row}. */
    void map(int row, int n, double[] sx, double[] sy) {
        northing = target.centreY(row);
        if (maxError == 0 || n < 3) {
            for (int c = 0; c < n; c++) {
                exact(c, sx, sy);
            }
            return;
        }
        exact(0, sx, sy);
        exact(n - 1, sx, sy);
        refine(0, n - 1, sx, sy);
    }

    private void refine(int i0, int i1, double[] sx, double[] sy) {
        if (i1 - i0 < 2) {
            return;
        }
        int im = (i0 + i1) >>> 1;
        exact(im, sx, sy);
        double t = (im - i0) / (double) (i1 - i0);
        double ex = sx[im] - (sx[i0] + t * (sx[i1] - sx[i0]));
        double ey = sy[im] - (sy[i0] + t * (sy[i1] - sy[i0]));
        if (Math.abs(ex) <= maxError && Math.abs(ey) <= maxError) {
            double dx = (sx[i1] - sx[i0]) / (i1 - i0);
            double dy = (sy[i1] - sy[i0]) / (i1 - i0);
            for (int i = i0 + 1; i < i1; i++) {
                if (i != im) {
                    sx[i] = sx[i0] + (i - i0) * dx;
                    sy[i] = sy[i0] + (i - i0) * dy;
                }
            }
            return;
        }
        refine(i0, im, sx, sy);
        refine(im, i1, sx, sy);
    }

    private void exact(int col, double[] sx, double[] sy) {
        tm.inverse(target.centreX(col), northing, scratch);
        sx[col] = source.colOf(scratch[0]);
        sy[col] = source.rowOf(scratch[1]);
    }
}
