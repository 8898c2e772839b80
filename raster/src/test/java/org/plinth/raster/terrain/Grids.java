package org.plinth.raster.terrain;

import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;

/** Literal grids for terrain tests: rows top (north) to bottom, on square cells in UTM 36N. */
final class Grids {
    static final Crs UTM36N = Crs.epsg(32636);

    private Grids() {
    }

    static FloatGrid of(double cell, float[][] rows) {
        return of(cell, UTM36N, null, rows);
    }

    static FloatGrid of(double cell, Crs crs, Float noData, float[][] rows) {
        int h = rows.length;
        int w = rows[0].length;
        float[] d = new float[w * h];
        for (int r = 0; r < h; r++) {
            System.arraycopy(rows[r], 0, d, r * w, w);
        }
        GridGeometry g = new GridGeometry(w, h, GeoTransform.northUp(500000, 4000000, cell, cell), crs);
        return new FloatGrid(g, d, noData);
    }

    /** A w × h grid with z = a·col + b·row. */
    static FloatGrid plane(int w, int h, double cell, double a, double b) {
        float[][] rows = new float[h][w];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                rows[r][c] = (float) (a * c + b * r);
            }
        }
        return of(cell, rows);
    }
}
