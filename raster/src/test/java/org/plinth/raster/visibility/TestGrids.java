package org.plinth.raster.visibility;

import java.util.SplittableRandom;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;

/** Grids for the visibility tests: literal ones and seeded random terrain. */
final class TestGrids {
    static final double ORIGIN_X = 500_000;
    static final double ORIGIN_Y = 6_000_000;
    /** WGS 84 / UTM 33N: projected metres on an ellipsoid with a = 6378137. */
    static final Crs UTM = Crs.epsg(32633);

    private TestGrids() {
    }

    /** A grid of 10 m cells from literal rows (row 0 north). */
    static FloatGrid literal(float[][] rows) {
        int h = rows.length;
        int w = rows[0].length;
        float[] d = new float[w * h];
        for (int r = 0; r < h; r++) {
            System.arraycopy(rows[r], 0, d, r * w, w);
        }
        return new FloatGrid(geometry(w, h, 10, 10), d, null);
    }

    static GridGeometry geometry(int cols, int rows, double cw, double ch) {
        return new GridGeometry(cols, rows, GeoTransform.northUp(ORIGIN_X, ORIGIN_Y, cw, ch), UTM);
    }

    /** x of the centre of column c for grids from this class. */
    static double x(FloatGrid g, int c) {
        return g.geometry().transform().centreX(c);
    }

    static double y(FloatGrid g, int r) {
        return g.geometry().transform().centreY(r);
    }

    /**
     * Rough random terrain: a few random waves, a random ramp and white noise, with a fraction of
     * NoData cells (as NaN or as a declared value).
     */
    static FloatGrid randomTerrain(SplittableRandom rnd, int cols, int rows, double cw, double ch, double noDataShare) {
        float[] d = new float[cols * rows];
        double[] fx = new double[3];
        double[] fy = new double[3];
        double[] amp = new double[3];
        for (int i = 0; i < 3; i++) {
            fx[i] = rnd.nextDouble(0.05, 1.2);
            fy[i] = rnd.nextDouble(0.05, 1.2);
            amp[i] = rnd.nextDouble(0, 30);
        }
        double rampX = rnd.nextDouble(-3, 3);
        double rampY = rnd.nextDouble(-3, 3);
        double noise = rnd.nextDouble(0, 15);
        boolean declared = rnd.nextBoolean();
        float nd = -9999f;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double v = 100 + rampX * c + rampY * r + noise * rnd.nextDouble();
                for (int i = 0; i < 3; i++) {
                    v += amp[i] * Math.sin(fx[i] * c + fy[i] * r + i);
                }
                d[r * cols + c] = rnd.nextDouble() < noDataShare ? (declared ? nd : Float.NaN) : (float) v;
            }
        }
        return new FloatGrid(geometry(cols, rows, cw, ch), d, declared ? nd : null);
    }
}
