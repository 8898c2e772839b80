package org.plinth.raster.crs;

import java.util.stream.IntStream;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.InvalidInputException;

/**
 * Resamples a north-up grid onto another north-up grid in the same CRS by bilinear interpolation
 * between the four nearest source cell centres (as {@code gdalwarp -r bilinear} when the cell
 * sizes are similar).
 *
 * <p>NoData: a target cell is NaN when its centre lies outside the source grid's cell centres'
 * hull widened by half a cell, or when any of the four neighbours with a non-zero weight is NoData.
 * At the outer half cell the edge value is extended. Rows run in parallel.
 */
public final class Resample {
    private Resample() {
    }

    /** {@code source} resampled onto {@code target}; both north-up and in the same CRS. */
    public static FloatGrid bilinear(FloatGrid source, GridGeometry target) {
        GridGeometry s = source.geometry();
        if (!s.transform().isNorthUp() || !target.transform().isNorthUp()) {
            throw new InvalidInputException("resampling needs north-up grids");
        }
        if (!s.crs().equals(target.crs())) {
            throw new InvalidInputException("resampling needs both grids in one CRS, was " + s.crs() + " and "
                    + target.crs());
        }
        float[] out = new float[target.cellCount()];
        IntStream.range(0, target.rows()).parallel().forEach(r -> row(source, target, r, out));
        return new FloatGrid(target, out, null);
    }

    private static void row(FloatGrid source, GridGeometry target, int r, float[] out) {
        GridGeometry s = source.geometry();
        double fy = s.transform().rowOf(target.transform().centreY(r)) - 0.5;
        int base = r * target.cols();
        if (fy < -0.5 || fy > s.rows() - 0.5) {
            java.util.Arrays.fill(out, base, base + target.cols(), Float.NaN);
            return;
        }
        double cy = Math.max(0, Math.min(s.rows() - 1, fy));
        int y0 = Math.min((int) Math.floor(cy), s.rows() - 1);
        int y1 = Math.min(y0 + 1, s.rows() - 1);
        double wy = cy - y0;
        for (int c = 0; c < target.cols(); c++) {
            double fx = s.transform().colOf(target.transform().centreX(c)) - 0.5;
            if (fx < -0.5 || fx > s.cols() - 0.5) {
                out[base + c] = Float.NaN;
                continue;
            }
            double cx = Math.max(0, Math.min(s.cols() - 1, fx));
            int x0 = Math.min((int) Math.floor(cx), s.cols() - 1);
            int x1 = Math.min(x0 + 1, s.cols() - 1);
            double wx = cx - x0;
            out[base + c] = (float) blend(source, x0, x1, y0, y1, wx, wy);
        }
    }

    private static double blend(FloatGrid g, int x0, int x1, int y0, int y1, double wx, double wy) {
        double sum = 0;
        double[] w = {(1 - wx) * (1 - wy), wx * (1 - wy), (1 - wx) * wy, wx * wy};
        int[] xs = {x0, x1, x0, x1};
        int[] ys = {y0, y0, y1, y1};
        for (int k = 0; k < 4; k++) {
            if (w[k] == 0) {
                continue;
            }
            float v = g.get(xs[k], ys[k]);
            if (g.isNoData(v)) {
                return Double.NaN;
            }
            sum += w[k] * v;
        }
        return sum;
    }
}
