package org.plinth.raster.io;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.InvalidInputException;
import org.plinth.raster.Monitor;
import org.plinth.raster.PixelAnchor;

/**
 * Joins rasters that lie on one grid (same CRS, same cell size, origins a whole number of cells apart,
 * north-up) into one grid covering the union of their extents, as {@code gdalbuildvrt} +
 * {@code gdal_translate} would for such tiles.
 *
 * <p>NoData rule: cells no tile covers are NoData. Where tiles overlap (SRTM neighbours share their
 * edge row or column) the first tile in the list with a valid value wins, so a void on one tile's
 * edge is filled from its neighbour. The result keeps the tiles' common NoData value when they all
 * have the same one, else NaN marks NoData; its data type is the tiles' common type, else Float32.
 */
final class Mosaic {
    /** Origins may differ from a whole number of cells by this fraction of a cell (rounding in headers). */
    private static final double ALIGNMENT_TOLERANCE = 1e-6;

    private Mosaic() {
    }

    /**
     * Reads the tiles one after another into the joined grid: their headers first, for the extent, then
     * each tile's cells, pasted and let go before the next is read, so that the join holds the result and
     * one tile, not every tile at once. A single raster is read as it is.
     */
    static RasterFile of(List<Path> paths) {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("mosaic needs at least one raster");
        }
        List<RasterHeader> headers = paths.stream().map(RasterFiles::header).toList();
        if (paths.size() == 1) {
            GridGeometry g = headers.get(0).geometry();
            check(g, g, paths.get(0).getFileName().toString()); // a rotated or south-up grid, named
            return RasterFiles.read(paths.get(0), Monitor.NONE);
        }
        RasterHeader first = headers.get(0);
        GeoTransform t0 = first.geometry().transform();
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < headers.size(); i++) {
            GridGeometry g = headers.get(i).geometry();
            check(g, first.geometry(), paths.get(i).getFileName().toString());
            minX = Math.min(minX, g.minX());
            maxX = Math.max(maxX, g.maxX());
            minY = Math.min(minY, g.minY());
            maxY = Math.max(maxY, g.maxY());
        }
        double cw = t0.cellWidth();
        double ch = t0.cellHeight();
        int cols = (int) Math.round((maxX - minX) / cw);
        int rows = (int) Math.round((maxY - minY) / ch);
        Float noData = commonNoData(headers);
        float fill = noData == null ? Float.NaN : noData;
        String name = "mosaic of " + headers.size() + " rasters";
        float[] out = HeapCheck.allocateFloats(name, cols, rows);
        Arrays.fill(out, fill);
        GridGeometry geometry = new GridGeometry(cols, rows, GeoTransform.northUp(minX, maxY, cw, ch),
                first.geometry().crs());
        FloatGrid result = new FloatGrid(geometry, out, noData);
        for (Path path : paths) {
            paste(RasterFiles.read(path, Monitor.NONE).grid(), result);
        }
        boolean sameType = headers.stream().allMatch(h -> h.dataType() == first.dataType());
        boolean sameAnchor = headers.stream().allMatch(h -> h.anchor() == first.anchor());
        return new RasterFile(result, sameType ? first.dataType() : RasterDataType.FLOAT32,
                sameAnchor ? first.anchor() : PixelAnchor.CORNER, 1, Optional.empty());
    }

    private static void check(GridGeometry g, GridGeometry ref, String name) {
        GeoTransform t = g.transform();
        GeoTransform r = ref.transform();
        if (!t.isNorthUp()) {
            throw new InvalidInputException(name + ": cannot mosaic a rotated or south-up raster");
        }
        if (!g.crs().equals(ref.crs())) {
            throw new InvalidInputException(name + ": CRS " + g.crs() + " differs from the first raster's " + ref.crs());
        }
        if (!sameSize(t.cellWidth(), r.cellWidth()) || !sameSize(t.cellHeight(), r.cellHeight())) {
            throw new InvalidInputException(name + ": cells of " + size(t, g) + " differ from the first raster's "
                    + size(r, ref) + "; give tiles of one resolution (SRTM 1″ or 3″, not both), or warp them onto one grid"
                    + " first (gdalwarp -tr)");
        }
        double dx = (t.originX() - r.originX()) / r.cellWidth();
        double dy = (t.originY() - r.originY()) / r.cellHeight();
        if (Math.abs(dx - Math.rint(dx)) > ALIGNMENT_TOLERANCE || Math.abs(dy - Math.rint(dy)) > ALIGNMENT_TOLERANCE) {
            throw new InvalidInputException(name + ": cells are not aligned with the first raster's (offset "
                    + dx + ", " + dy + " cells)");
        }
    }

    /** A cell size as a user knows it: arc-seconds in a geographic CRS (SRTM's 1″, 3″), else CRS units. */
    private static String size(GeoTransform t, GridGeometry g) {
        if (g.crs().isGeographic()) {
            return String.format(java.util.Locale.ROOT, "%.4g″ x %.4g″", t.cellWidth() * 3600, t.cellHeight() * 3600);
        }
        return String.format(java.util.Locale.ROOT, "%.6g x %.6g", t.cellWidth(), t.cellHeight());
    }

    private static boolean sameSize(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(a, b);
    }

    private static Float commonNoData(List<RasterHeader> headers) {
        Float nd = headers.get(0).noData();
        for (RasterHeader h : headers) {
            if (!Objects.equals(nd, h.noData())) {
                return null;
            }
        }
        return nd;
    }

    private static void paste(FloatGrid src, FloatGrid dst) {
        GeoTransform d = dst.geometry().transform();
        GeoTransform s = src.geometry().transform();
        int c0 = (int) Math.round((s.originX() - d.originX()) / d.cellWidth());
        int r0 = (int) Math.round((d.originY() - s.originY()) / d.cellHeight());
        float[] in = src.data();
        float[] out = dst.data();
        for (int r = 0; r < src.rows(); r++) {
            int si = r * src.cols();
            int di = (r0 + r) * dst.cols() + c0;
            for (int c = 0; c < src.cols(); c++) {
                float v = in[si + c];
                if (!src.isNoData(v) && dst.isNoData(out[di + c])) {
                    out[di + c] = v;
                }
            }
        }
    }
}
