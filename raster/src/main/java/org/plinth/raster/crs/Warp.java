package org.plinth.raster.crs;

import java.util.Objects;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.InvalidInputException;
import org.plinth.raster.Monitor;
import org.plinth.raster.RowBands;

/**
 * Resamples a grid in geographic coordinates (EPSG:4326 or another longitude/latitude CRS) onto a
 * WGS 84 / UTM grid, as {@code gdalwarp -t_srs EPSG:326zz -r near|bilinear}.
 *
 * <p>Algorithm: inverse mapping. Each target cell centre is unprojected with
 * {@link TransverseMercator#inverse} (exactly, or interpolated along the row within
 * {@link WarpOptions#maxError()} source cells, see {@link RowMapping}) to a fractional source
 * position, where the source is sampled:
 * <ul>
 *   <li>nearest: the source cell containing the point;</li>
 *   <li>bilinear: the four nearest source cell centres weighted by {@code (1−fx)(1−fy)} etc., with
 *       gdalwarp's wider tent where the target is coarser than the source and its NoData rules
 *       ({@link BilinearSampler}).</li>
 * </ul>
 * Target cells whose centre falls outside the source grid are NoData. The target grid is given
 * ({@link WarpOptions#targetGrid()}) or chosen by {@link WarpExtent}.
 *
 * <p>NoData: a NoData source cell (NaN or the declared value) never contributes; output NoData
 * cells hold {@link WarpOptions#noData()}, which the result declares.
 *
 * <p>Agreement with gdalwarp {@code -et 0}: same grid, same NoData cells, values within float
 * rounding (see WarpTest). gdalwarp splits large warps into chunks and derives the bilinear
 * widening from each chunk's cell ratio, whereas plinth uses the whole target's; where that ratio
 * differs between chunks, values near the ratio's 0.95 threshold can differ slightly.
 *
 * <p>Limits: no datum shift (the source's longitudes and latitudes are taken as WGS 84); north-up
 * source grids only; longitudes are not wrapped across ±180°. Rows run in parallel bands.
 */
public final class Warp {
    private final FloatGrid source;
    private final WarpOptions options;

    public Warp(FloatGrid source, WarpOptions options) {
        this.source = Objects.requireNonNull(source, "source");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Warps onto the UTM zone of the source's centre with the default options. */
    public static FloatGrid toUtm(FloatGrid source) {
        return new Warp(source, WarpOptions.defaults()).compute();
    }

    /** The grid {@link #compute} will fill. */
    public GridGeometry targetGrid() {
        GridGeometry g = source.geometry();
        Crs crs = g.crs();
        if (!crs.isKnown() || !crs.isGeographic()) {
            throw new InvalidInputException("warp needs a source grid in longitude/latitude, but its CRS is "
                    + (!crs.isKnown() ? "unknown" : crs.epsgCode().isPresent()
                            ? "EPSG:" + crs.epsgCode().getAsInt() + ", projected" : "projected"));
        }
        if (!g.transform().isNorthUp()) {
            throw new InvalidInputException("warp needs a north-up source grid");
        }
        if (options.targetGrid().isPresent()) {
            GridGeometry t = options.targetGrid().get();
            if (t.crs().epsgCode().isEmpty() || !t.transform().isNorthUp()) {
                throw new InvalidInputException("the target grid must be north-up in a WGS 84 / UTM CRS, was "
                        + t.crs());
            }
            utmOf(t);
            return t;
        }
        // a grid of posts on a pole (SRTM's) reaches half a cell past it, which the extent clamps; farther is no latitude
        double halfCell = g.transform().cellHeight() / 2;
        if (!(g.maxY() <= 90 + halfCell && g.minY() >= -90 - halfCell)) {
            throw new InvalidInputException("the DEM spans latitudes " + g.minY() + " to " + g.maxY()
                    + ", past a pole; its CRS is geographic but its grid is not in degrees");
        }
        double lon = (g.minX() + g.maxX()) / 2;
        double lat = (g.minY() + g.maxY()) / 2;
        if (options.utm().isEmpty() && !(lat >= -80 && lat <= 84)) {
            throw new InvalidInputException("the DEM's centre lies at latitude " + lat + ", outside UTM's 80°S to 84°N, "
                    + "so no UTM zone can be chosen for it; name one (EPSG:326zz or 327zz), or use a polar CRS with GDAL");
        }
        Utm utm = options.utm().orElseGet(() -> Utm.zoneFor(lon, lat));
        return WarpExtent.suggest(g, utm, options.cellSize());
    }

    public FloatGrid compute() {
        return compute(Monitor.NONE);
    }

    public FloatGrid compute(Monitor monitor) {
        GridGeometry target = targetGrid();
        TransverseMercator tm = utmOf(target).projection();
        int cols = target.cols();
        float[] out = new float[target.cellCount()];
        float noData = options.noData();
        boolean bilinear = options.resampling() == Resampling.BILINEAR;
        BilinearSampler prototype = bilinear ? samplerFor(target, tm) : null;
        RowBands.run(target.rows(), monitor, (rowStart, rowStop, ticker) -> {
            RowMapping mapping = new RowMapping(tm, target.transform(), source.geometry().transform(),
                    options.maxError());
            BilinearSampler sampler = bilinear ? prototype.copy() : null;
            double[] sx = new double[cols];
            double[] sy = new double[cols];
            for (int r = rowStart; r < rowStop; r++) {
                mapping.map(r, cols, sx, sy);
                int base = r * cols;
                for (int c = 0; c < cols; c++) {
                    out[base + c] = bilinear ? sampler.sample(sx[c], sy[c], noData) : nearest(sx[c], sy[c], noData);
                }
                ticker.rowDone();
            }
        });
        return new FloatGrid(target, out, noData);
    }

    /**
     * A bilinear sampler whose kernel scale is the target's cells per source cell over the part of
     * the source the target covers (GDAL computes it the same way for a warp done in one chunk).
     */
    private BilinearSampler samplerFor(GridGeometry target, TransverseMercator tm) {
        double[] window = SourceWindow.of(target, tm, source.geometry());
        double spanX = Math.ceil(window[2]) - Math.floor(window[0]);
        double spanY = Math.ceil(window[3]) - Math.floor(window[1]);
        double scaleX = spanX > 0 ? target.cols() / spanX : 1;
        double scaleY = spanY > 0 ? target.rows() / spanY : 1;
        return new BilinearSampler(source, scaleX, scaleY);
    }

    private static Utm utmOf(GridGeometry target) {
        int code = target.crs().epsgCode().orElse(0);
        try {
            return Utm.fromEpsg(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("the target grid must be in a WGS 84 / UTM CRS (EPSG 326zz or 327zz), was "
                    + target.crs(), e);
        }
    }

    private float nearest(double x, double y, float noData) {
        if (!(x >= 0 && y >= 0 && x < source.cols() && y < source.rows())) {
            return noData;
        }
        float v = source.get((int) x, (int) y);
        return source.isNoData(v) ? noData : v;
    }
}
