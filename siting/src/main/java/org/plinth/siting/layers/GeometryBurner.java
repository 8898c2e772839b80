package org.plinth.siting.layers;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.distance.FeatureRasterizer;
import org.plinth.raster.distance.RasterizeOptions;

/**
 * Feeds JTS geometries to the raster module's {@link FeatureRasterizer} (which takes plain
 * coordinate arrays): points and multipoints burn their cells, line strings (and linear rings)
 * every cell they pass through, polygons by cell centre with their holes; collections are taken
 * apart. Empty geometries burn nothing; Z and M are ignored. Geometries must already be in the
 * grid's CRS; {@link #rasterize} reprojects a whole layer first.
 */
public final class GeometryBurner {
    private final FeatureRasterizer rasterizer;

    public GeometryBurner(FeatureRasterizer rasterizer) {
        this.rasterizer = Objects.requireNonNull(rasterizer, "rasterizer");
    }

    /** The features of {@code layer}, reprojected to the grid's CRS, burned into a new grid. */
    public static ByteGrid rasterize(VectorLayer layer, GridGeometry grid, RasterizeOptions options) {
        VectorLayer local = layer.reprojectedTo(grid.crs());
        GeometryBurner burner = new GeometryBurner(new FeatureRasterizer(ByteGrid.zeros(grid, null), options));
        for (Feature f : local.features()) {
            burner.burn(f.geometry());
        }
        return burner.rasterizer.grid();
    }

    /**
     * The features of {@code layer} (already in {@code lattice}'s CRS) burned into a new grid of
     * geometry {@code onto}, whose cell (0, 0) is cell ({@code colOffset}, {@code rowOffset}) of
     * {@code lattice}: each cell is decided in the lattice's own indices, so the cells agree with a
     * rasterization on the lattice grid itself, however {@code onto}'s origin rounds.
     */
    public static ByteGrid rasterizeOnLattice(VectorLayer layer, GridGeometry lattice, GridGeometry onto, int colOffset,
                                              int rowOffset) {
        GeometryBurner burner = new GeometryBurner(new FeatureRasterizer(ByteGrid.zeros(onto, null),
                RasterizeOptions.defaults(), lattice.transform(), colOffset, rowOffset));
        for (Feature f : layer.features()) {
            burner.burn(f.geometry());
        }
        return burner.rasterizer.grid();
    }

    /**
     * The coordinates {@code x0, y0, x1, y1, ...} of every point when the layer holds only points and
     * multipoints (for exact point distances), or null when it holds anything else.
     */
    public static double[] pointCoordinates(VectorLayer layer) {
        List<Coordinate> all = new ArrayList<>();
        for (Feature f : layer.features()) {
            if (!collectPoints(f.geometry(), all)) {
                return null;
            }
        }
        double[] xy = new double[2 * all.size()];
        for (int i = 0; i < all.size(); i++) {
            xy[2 * i] = all.get(i).x;
            xy[2 * i + 1] = all.get(i).y;
        }
        return xy;
    }

    private static boolean collectPoints(Geometry g, List<Coordinate> out) {
        if (g instanceof Point p) {
            if (!p.isEmpty()) {
                out.add(p.getCoordinate());
            }
            return true;
        }
        if (g instanceof GeometryCollection c) {
            for (int i = 0; i < c.getNumGeometries(); i++) {
                if (!collectPoints(c.getGeometryN(i), out)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** Burns one geometry. */
    public GeometryBurner burn(Geometry g) {
        if (g.isEmpty()) {
            return this;
        }
        if (g instanceof Point p) {
            rasterizer.burnPoints(new double[] {p.getX(), p.getY()});
        } else if (g instanceof LineString line) {
            rasterizer.burnLine(xy(line.getCoordinates()));
        } else if (g instanceof Polygon polygon) {
            List<double[]> rings = new ArrayList<>(1 + polygon.getNumInteriorRing());
            rings.add(xy(polygon.getExteriorRing().getCoordinates()));
            for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                rings.add(xy(polygon.getInteriorRingN(i).getCoordinates()));
            }
            rasterizer.burnPolygon(rings);
        } else if (g instanceof GeometryCollection c) {
            for (int i = 0; i < c.getNumGeometries(); i++) {
                burn(c.getGeometryN(i));
            }
        } else {
            throw new IllegalArgumentException("cannot rasterize geometry type " + g.getGeometryType());
        }
        return this;
    }

    private static double[] xy(Coordinate[] cs) {
        double[] out = new double[2 * cs.length];
        for (int i = 0; i < cs.length; i++) {
            out[2 * i] = cs[i].x;
            out[2 * i + 1] = cs[i].y;
        }
        return out;
    }
}
