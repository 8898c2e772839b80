package org.plinth.siting.layers;

import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.Monitor;
import org.plinth.raster.Window;
import org.plinth.raster.distance.DistanceOptions;
import org.plinth.raster.distance.EuclideanDistance;
import org.plinth.raster.distance.RasterizeOptions;

/**
 * Distance from each cell of a grid to the nearest feature of a layer, the features rasterized as
 * {@code gdal_rasterize} + {@code gdal_proximity} (or GRASS {@code r.grow.distance}) would, but
 * counting the features that lie outside the grid too. Those tools see only what falls on the grid,
 * so near its edge they measure to a farther feature than the true nearest one (a river 50 m beyond
 * the edge is ignored, and the edge cells get the distance to some feature inside).
 *
 * <p>How: the features are rasterized on the grid extended, on the same lattice of cells, toward
 * the outside features that can be nearest to some cell of the grid: those within the reach, which
 * is the max distance when there is one, else the largest distance the features on the grid leave
 * (a first pass), else (no feature on the grid) the distance from the grid's farthest corner to the
 * one feature vertex that makes it smallest. The distances are computed on the extended grid and
 * cropped back. Exact for the rasterized features, like the peers inside the grid, and identical to
 * them when every feature lies within it.
 *
 * <p>On a geographic grid the reach (metres) is turned into degrees generously, so the extension may
 * be a little larger than needed, never smaller. Where the extension would hold more than
 * {@link #MAX_GROWTH} times the grid's cells (and more than {@link #SMALL_CELLS}), only the features on
 * the grid count, and {@link Result#note()} says so.
 */
public final class FeatureDistance {
    /** The extended grid may hold at most this many times the cells of the grid itself ... */
    public static final int MAX_GROWTH = 4;
    /** ... or at most this many cells (16 MB of distances), whichever is more. */
    public static final long SMALL_CELLS = 1L << 22;

    private FeatureDistance() {
    }

    /**
     * @param distance metres, on the grid asked for; NoData (NaN) as {@link EuclideanDistance} writes it
     * @param extended whether features outside the grid were rasterized
     * @param note a sentence for the user when features outside the grid could not be counted
     */
    public record Result(FloatGrid distance, boolean extended, Optional<String> note) {
    }

    /**
     * The distance grid, or empty when no feature falls on the grid or within reach of it.
     *
     * @param layer the features, in any CRS {@link VectorLayer#reprojectedTo} handles
     */
    public static Optional<Result> compute(VectorLayer layer, GridGeometry grid, DistanceOptions options,
                                           Monitor monitor) {
        VectorLayer local = layer.reprojectedTo(grid.crs());
        ByteGrid onGrid = GeometryBurner.rasterize(local, grid, RasterizeOptions.defaults());
        boolean inside = onGrid.count(0) < grid.cellCount();
        Envelope extent = new Envelope(grid.minX(), grid.maxX(), grid.minY(), grid.maxY());
        Envelope features = local.envelope();
        if (features.isNull() || extent.contains(features)) {
            return inside ? Optional.of(new Result(new EuclideanDistance(onGrid, options).compute(monitor), false,
                    Optional.empty())) : Optional.empty();
        }
        FloatGrid own = inside ? new EuclideanDistance(onGrid, options).compute(monitor) : null;
        double reach = Double.isFinite(options.maxDistance()) ? options.maxDistance()
                : own != null ? largest(own) : cornerBound(local, extent, grid.crs());
        Window w = extension(grid, extent, local, reach);
        if (w.width() == grid.cols() && w.height() == grid.rows()) {
            return Optional.ofNullable(own).map(d -> new Result(d, false, Optional.empty()));
        }
        long cells = (long) w.width() * w.height();
        if (cells > Math.max((long) MAX_GROWTH * grid.cellCount(), SMALL_CELLS)) {
            String note = "features outside the grid are not counted: reaching them would take a grid of "
                    + w.width() + " x " + w.height() + " cells, more than " + MAX_GROWTH + " times its size";
            return Optional.ofNullable(own).map(d -> new Result(d, false, Optional.of(note)));
        }
        own = null; // only its largest distance was needed; let the extended pass have the memory
        GeoTransform t = grid.transform();
        GridGeometry big = new GridGeometry(w.width(), w.height(), new GeoTransform(
                t.originX() + w.colStart() * t.pixelWidth(), t.pixelWidth(), 0,
                t.originY() + w.rowStart() * t.pixelHeight(), 0, t.pixelHeight()), grid.crs());
        ByteGrid burned = GeometryBurner.rasterize(local, big, RasterizeOptions.defaults());
        FloatGrid all = new EuclideanDistance(burned, options).compute(monitor);
        // the grid's cells sit at (-colStart, -rowStart) in the extended grid
        Window back = new Window(-w.colStart(), -w.rowStart(), -w.colStart() + grid.cols(), -w.rowStart() + grid.rows());
        FloatGrid cropped = all.crop(back);
        return Optional.of(new Result(new FloatGrid(grid, cropped.data(), cropped.noData()), true, Optional.empty()));
    }

    /** The largest finite distance in {@code d}. */
    private static double largest(FloatGrid d) {
        double max = 0;
        for (float v : d.data()) {
            if (v > max && Float.isFinite(v)) {
                max = v;
            }
        }
        return max;
    }

    /**
     * An upper bound, in metres, on every cell's distance to its nearest feature when none lies on the
     * grid: for one vertex v the distance to any point of the grid is at most its distance to the
     * farthest corner (distance to a point is convex in projected coordinates), so the smallest such
     * bound over the vertices. On a geographic grid: the great-circle distance to the farthest corner on
     * a sphere of the semi-major axis, plus 1 % for the ellipsoid and the curved edges.
     */
    private static double cornerBound(VectorLayer local, Envelope extent, Crs crs) {
        double best = Double.POSITIVE_INFINITY;
        double[] xs = {extent.getMinX(), extent.getMaxX()};
        double[] ys = {extent.getMinY(), extent.getMaxY()};
        for (Feature f : local.features()) {
            for (Coordinate c : f.geometry().getCoordinates()) {
                double far = 0;
                for (double x : xs) {
                    for (double y : ys) {
                        far = Math.max(far, crs.isGeographic() ? 1.01 * greatCircle(crs.semiMajorAxis(), c.x, c.y, x, y)
                                : Math.hypot(c.x - x, c.y - y));
                    }
                }
                best = Math.min(best, far);
            }
        }
        return best;
    }

    private static double greatCircle(double radius, double lon1, double lat1, double lon2, double lat2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double h = Math.pow(Math.sin((p2 - p1) / 2), 2)
                + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
        return 2 * radius * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /**
     * The window, in the grid's cell lattice (negative offsets reach beyond its first row and column),
     * that holds the grid and the parts of features (their bounding boxes) within {@code reach} of it.
     */
    private static Window extension(GridGeometry grid, Envelope extent, VectorLayer local, double reach) {
        GeoTransform t = grid.transform();
        double cw = t.cellWidth();
        double ch = t.cellHeight();
        Envelope near = new Envelope(extent);
        // one more cell than the reach, so that a feature cell at the reach's edge is not lost to rounding
        if (grid.crs().isGeographic()) {
            // degrees that span at least the reach: a degree of latitude is at least 110.5 km on any
            // ellipsoid of the Earth's size, a degree of longitude at least that times the cosine of the
            // highest latitude the reach can get to
            double dLat = reach / 110_000.0;
            double highest = Math.min(89.9, Math.max(Math.abs(extent.getMinY()), Math.abs(extent.getMaxY())) + dLat);
            double dLon = Math.min(360, reach / (110_000.0 * Math.cos(Math.toRadians(highest))));
            near.expandBy(dLon + cw, dLat + ch);
            near = near.intersection(new Envelope(near.getMinX(), near.getMaxX(), -89.9, 89.9));
        } else {
            near.expandBy(reach + cw, reach + ch);
        }
        Envelope wanted = new Envelope(extent);
        for (Feature f : local.features()) {
            Geometry g = f.geometry();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Envelope part = g.getGeometryN(i).getEnvelopeInternal().intersection(near);
                if (!part.isNull()) {
                    wanted.expandToInclude(part);
                }
            }
        }
        long left = (long) Math.ceil((extent.getMinX() - wanted.getMinX()) / cw);
        long right = (long) Math.ceil((wanted.getMaxX() - extent.getMaxX()) / cw);
        long top = (long) Math.ceil((wanted.getMaxY() - extent.getMaxY()) / ch);
        long bottom = (long) Math.ceil((extent.getMinY() - wanted.getMinY()) / ch);
        // far beyond MAX_GROWTH anyway where these clamp; they keep the window's arithmetic in range
        long limit = Integer.MAX_VALUE / 4;
        left = Math.min(left, limit);
        right = Math.min(right, limit);
        top = Math.min(top, limit);
        bottom = Math.min(bottom, limit);
        return new Window((int) -left, (int) -top, (int) (grid.cols() + right), (int) (grid.rows() + bottom));
    }
}
