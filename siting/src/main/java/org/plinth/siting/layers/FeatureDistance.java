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
 * (a first pass). Without a feature on the grid the reach starts from a bound through the features'
 * vertices and is checked afterwards: the result is kept only when no cell's distance exceeds the
 * reach (a polygon's vertices need not be cells it burns), else the reach grows and the pass is
 * repeated. The distances are computed on the extended grid and cropped back: exact for the
 * rasterized features, like the peers inside the grid, and identical to them when every feature
 * lies on it. Windows are worked out in cell indices, so north-up, south-up and east-west mirrored
 * grids are extended on the right side, and a feature on the east or south edge (which belongs to the
 * next, half-open cell) counts as outside.
 *
 * <p>On a geographic grid the reach (metres) is turned into degrees generously (the extension may be a
 * little larger than needed, never smaller), up to ±89.9° of latitude. Where the extension would hold
 * more than {@link #MAX_GROWTH} times the grid's cells (and more than {@link #SMALL_CELLS}), only the
 * features on the grid count, and {@link Result#note()} says so.
 */
public final class FeatureDistance {
    /** The extended grid may hold at most this many times the cells of the grid itself ... */
    public static final int MAX_GROWTH = 4;
    /** ... or at most this many cells (16 MB of distances), whichever is more. */
    public static final long SMALL_CELLS = 1L << 22;
    /** Geographic grids are extended up to this latitude (degrees) north and south, no farther. */
    private static final double POLAR_LIMIT = 89.9;
    /** Passes with a grown reach when the first one's bound did not hold. */
    private static final int MAX_PASSES = 4;

    private FeatureDistance() {
    }

    /**
     * @param distance metres on the grid asked for, NoData (NaN) as {@link EuclideanDistance} writes it;
     *                 empty when no feature counts (none on the grid, and those outside out of reach)
     * @param extended whether features outside the grid were rasterized
     * @param note a sentence for the user when features outside the grid could not be counted
     */
    public record Result(Optional<FloatGrid> distance, boolean extended, Optional<String> note) {
    }

    /** @param layer the features, in any CRS {@link VectorLayer#reprojectedTo} handles */
    public static Result compute(VectorLayer layer, GridGeometry grid, DistanceOptions options, Monitor monitor) {
        VectorLayer local = layer.reprojectedTo(grid.crs());
        ByteGrid onGrid = GeometryBurner.rasterize(local, grid, RasterizeOptions.defaults());
        boolean inside = onGrid.count(0) < grid.cellCount();
        if (isWholeGrid(window(grid, local, null, 0), grid)) {
            return new Result(inside ? Optional.of(new EuclideanDistance(onGrid, options).compute(monitor))
                    : Optional.empty(), false, Optional.empty());
        }
        FloatGrid own = inside ? new EuclideanDistance(onGrid, options).compute(monitor) : null;
        boolean bounded = Double.isFinite(options.maxDistance()) || own != null;
        double reach = Double.isFinite(options.maxDistance()) ? options.maxDistance()
                : own != null ? largest(own) : cornerBound(local, grid);
        onGrid = null; // the extended passes rasterize again
        Envelope all = local.envelope();
        Optional<String> polar = grid.crs().isGeographic() && (all.getMaxY() > POLAR_LIMIT || all.getMinY() < -POLAR_LIMIT)
                ? Optional.of("features beyond 89.9° of latitude are not counted") : Optional.empty();
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            // one cell of margin around each feature part: a line along a cell boundary may burn either side
            Window w = window(grid, local, near(grid, reach), 1);
            if (isWholeGrid(w, grid)) {
                return new Result(Optional.ofNullable(own), false, own != null ? polar
                        : polar.or(() -> Optional.of("no feature lies on the grid or within reach of it")));
            }
            long cells = (long) w.width() * w.height();
            if (cells > Math.max((long) MAX_GROWTH * grid.cellCount(), SMALL_CELLS) || cells > Integer.MAX_VALUE - 8) {
                return new Result(Optional.ofNullable(own), false, Optional.of("features outside the grid are not"
                        + " counted: reaching them would take a grid of " + w.width() + " x " + w.height()
                        + " cells, more than " + MAX_GROWTH + " times its size"));
            }
            FloatGrid d = extended(local, grid, w, options, monitor);
            double far = largestOrInfinite(d);
            if (bounded || far <= reach) {
                return new Result(Optional.of(d), true, polar);
            }
            // the vertex bound did not hold (a polygon burns cells by their centres): grow the reach and redo
            reach = Double.isFinite(far) ? far : 2 * reach + diagonal(grid);
        }
        return new Result(Optional.ofNullable(own), false, Optional.of("features outside the grid are not counted:"
                + " none of them burns a cell near enough to it"));
    }

    private static FloatGrid extended(VectorLayer local, GridGeometry grid, Window w, DistanceOptions options,
                                      Monitor monitor) {
        GeoTransform t = grid.transform();
        GridGeometry big = new GridGeometry(w.width(), w.height(), new GeoTransform(
                t.originX() + w.colStart() * t.pixelWidth(), t.pixelWidth(), 0,
                t.originY() + w.rowStart() * t.pixelHeight(), 0, t.pixelHeight()), grid.crs());
        ByteGrid burned = GeometryBurner.rasterizeOnLattice(local, grid, big, w.colStart(), w.rowStart());
        FloatGrid all = new EuclideanDistance(burned, options).compute(monitor);
        // the grid's cells sit at (-colStart, -rowStart) in the extended grid
        FloatGrid cropped = all.crop(new Window(-w.colStart(), -w.rowStart(), -w.colStart() + grid.cols(),
                -w.rowStart() + grid.rows()));
        return new FloatGrid(grid, cropped.data(), cropped.noData());
    }

    private static boolean isWholeGrid(Window w, GridGeometry grid) {
        return w.colStart() == 0 && w.rowStart() == 0 && w.colStop() == grid.cols() && w.rowStop() == grid.rows();
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

    /** The largest distance in {@code d}, infinite when some cell has no target at all (NaN). */
    private static double largestOrInfinite(FloatGrid d) {
        double max = 0;
        for (float v : d.data()) {
            if (!(v <= max)) {
                if (Float.isNaN(v) || Float.isInfinite(v)) {
                    return Double.POSITIVE_INFINITY;
                }
                max = v;
            }
        }
        return max;
    }

    private static double diagonal(GridGeometry grid) {
        Crs crs = grid.crs();
        return crs.isGeographic() ? greatCircle(crs.semiMajorAxis(), grid.minX(), grid.minY(), grid.maxX(), grid.maxY())
                : Math.hypot(grid.maxX() - grid.minX(), grid.maxY() - grid.minY());
    }

    /**
     * A first reach when no feature lies on the grid: for one vertex v the distance to any point of the
     * grid is at most its distance to the farthest corner (distance to a point is convex in projected
     * coordinates), so the smallest such bound over the vertices; on a geographic grid the great-circle
     * distance on a sphere of the semi-major axis, plus 1 %. Only a first guess: {@link #compute}
     * checks it afterwards, as a vertex need not lie in a cell its feature burns.
     */
    private static double cornerBound(VectorLayer local, GridGeometry grid) {
        Crs crs = grid.crs();
        double best = Double.POSITIVE_INFINITY;
        double[] xs = {grid.minX(), grid.maxX()};
        double[] ys = {grid.minY(), grid.maxY()};
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

    /** The grid's extent grown by the reach (metres) and one cell, in the grid's coordinates. */
    private static Envelope near(GridGeometry grid, double reach) {
        GeoTransform t = grid.transform();
        double cw = t.cellWidth();
        double ch = t.cellHeight();
        Envelope near = new Envelope(grid.minX(), grid.maxX(), grid.minY(), grid.maxY());
        if (grid.crs().isGeographic()) {
            // degrees that span at least the reach: a degree of latitude is at least 110.5 km on any
            // ellipsoid of the Earth's size, a degree of longitude at least that times the cosine of the
            // highest latitude the reach can get to
            double dLat = reach / 110_000.0;
            double highest = Math.min(POLAR_LIMIT, Math.max(Math.abs(grid.minY()), Math.abs(grid.maxY())) + dLat);
            double dLon = Math.min(360, reach / (110_000.0 * Math.cos(Math.toRadians(highest))));
            near.expandBy(dLon + cw, dLat + ch);
            return near.intersection(new Envelope(near.getMinX(), near.getMaxX(), -POLAR_LIMIT, POLAR_LIMIT));
        }
        near.expandBy(reach + cw, reach + ch);
        return near;
    }

    /**
     * The window, in the grid's cell indices (negative or beyond its size where it reaches out), that
     * holds the grid and the cells of every feature part within {@code near} (all parts when null),
     * each part's cell range widened by {@code margin} cells. A coordinate on a cell boundary belongs to
     * the half-open cell the rasterizer gives it (the floor of its fractional index).
     */
    private static Window window(GridGeometry grid, VectorLayer local, Envelope near, int margin) {
        GeoTransform t = grid.transform();
        double c0 = 0;
        double r0 = 0;
        double c1 = grid.cols();
        double r1 = grid.rows();
        for (Feature f : local.features()) {
            Geometry g = f.geometry();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Envelope e = g.getGeometryN(i).getEnvelopeInternal();
                if (near != null) {
                    e = e.intersection(near);
                }
                if (e.isNull()) {
                    continue;
                }
                double ca = t.colOf(e.getMinX());
                double cb = t.colOf(e.getMaxX());
                double ra = t.rowOf(e.getMinY());
                double rb = t.rowOf(e.getMaxY());
                c0 = Math.min(c0, Math.floor(Math.min(ca, cb)) - margin);
                c1 = Math.max(c1, Math.floor(Math.max(ca, cb)) + 1 + margin);
                r0 = Math.min(r0, Math.floor(Math.min(ra, rb)) - margin);
                r1 = Math.max(r1, Math.floor(Math.max(ra, rb)) + 1 + margin);
            }
        }
        // far beyond MAX_GROWTH where these clamp; they keep the window's arithmetic in range
        double limit = Integer.MAX_VALUE / 4.0;
        return new Window((int) Math.max(-limit, c0), (int) Math.max(-limit, r0),
                (int) Math.min(limit, c1), (int) Math.min(limit, r1));
    }
}
