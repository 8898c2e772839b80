package org.plinth.raster.crs;

import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;

/** The part of a geographic source grid that a UTM target grid covers, in source cell coordinates. */
final class SourceWindow {
    private SourceWindow() {
    }

    /**
     * {@code {minCol, minRow, maxCol, maxRow}}: the bounding box of the target's outline (every cell
     * corner along its four edges) unprojected into the source, clipped to the source grid.
     */
    static double[] of(GridGeometry target, TransverseMercator tm, GridGeometry source) {
        GeoTransform t = target.transform();
        GeoTransform s = source.transform();
        double[] ll = new double[2];
        double[] box = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        int w = target.cols();
        int h = target.rows();
        for (int i = 0; i <= w; i++) {
            add(box, tm, t, s, i, 0, ll);
            add(box, tm, t, s, i, h, ll);
        }
        for (int j = 0; j <= h; j++) {
            add(box, tm, t, s, 0, j, ll);
            add(box, tm, t, s, w, j, ll);
        }
        box[0] = Math.max(0, box[0]);
        box[1] = Math.max(0, box[1]);
        box[2] = Math.min(source.cols(), box[2]);
        box[3] = Math.min(source.rows(), box[3]);
        return box;
    }

    private static void add(double[] box, TransverseMercator tm, GeoTransform t, GeoTransform s,
                            double col, double row, double[] ll) {
        tm.inverse(t.originX() + col * t.pixelWidth(), t.originY() + row * t.pixelHeight(), ll);
        double x = s.colOf(ll[0]);
        double y = s.rowOf(ll[1]);
        box[0] = Math.min(box[0], x);
        box[1] = Math.min(box[1], y);
        box[2] = Math.max(box[2], x);
        box[3] = Math.max(box[3], y);
    }
}
