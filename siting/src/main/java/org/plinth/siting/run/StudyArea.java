package org.plinth.siting.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.plinth.raster.Crs;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;
import org.plinth.siting.BadInputException;
import org.plinth.siting.layers.Feature;
import org.plinth.siting.layers.Reprojection;
import org.plinth.siting.layers.VectorLayer;
import org.plinth.siting.layers.VectorLayerReader;
import org.plinth.siting.scenario.Scenario;

/**
 * The area of interest in the grid CRS and the grid that covers it.
 *
 * <p>The CRS is the scenario's EPSG code, or with {@code crs: auto} the WGS 84 UTM zone holding the
 * area's centroid (EPSG 326zz north, 327zz south). The grid covers the area's bounding box with its
 * edges on multiples of the cell size, so runs at the same cell size share cell boundaries.
 *
 * @param geometry the area polygon(s) in the grid CRS
 * @param grid the grid covering it
 * @param areaKm2 the polygon's planar area in km²
 */
public record StudyArea(Geometry geometry, GridGeometry grid, double areaKm2) {

    /** The area's extent in longitude and latitude (degrees). */
    public Envelope lonLatEnvelope() {
        return new VectorLayer("area", null, grid.crs(), List.of(new Feature(geometry, Map.of())))
                .reprojectedTo(Crs.epsg(4326)).features().get(0).geometry().getEnvelopeInternal();
    }

    /** Bytes per cell that a run keeps at once, for the memory check (criteria, scores, strategies, masks). */
    static long bytesPerCell(Scenario s) {
        return 4L * (2L * s.criteria().size() + 2L * s.strategies().size() + 4) + 2;
    }

    public static StudyArea of(Scenario s) {
        Geometry lonLat = lonLatArea(s);
        Crs crs = s.grid().epsg().map(Crs::epsg).orElseGet(() -> utmFor(lonLat.getCentroid()));
        checkGridCrs(s, crs, lonLat.getCentroid());
        Geometry projected = new VectorLayer("area", s.file(), Crs.epsg(4326),
                List.of(new Feature(lonLat, Map.of()))).reprojectedTo(crs).features().get(0).geometry();
        double cell = s.grid().cellSize();
        Envelope e = projected.getEnvelopeInternal();
        double minX = Math.floor(e.getMinX() / cell) * cell;
        double maxY = Math.ceil(e.getMaxY() / cell) * cell;
        double cols = Math.ceil((e.getMaxX() - minX) / cell);
        double rows = Math.ceil((maxY - e.getMinY()) / cell);
        checkSize(s, cols, rows);
        GridGeometry grid = new GridGeometry((int) cols, (int) rows, GeoTransform.northUp(minX, maxY, cell, cell), crs);
        return new StudyArea(projected, grid, projected.getArea() / 1e6);
    }

    /**
     * The grid's CRS must be projected, in metres and nearly true to scale over the area: plinth
     * measures every distance in the grid's own metres.
     */
    private static void checkGridCrs(Scenario s, Crs crs, Point centre) {
        String where = s.file().getFileName() + ": grid.crs: ";
        double unit;
        double[] k;
        try {
            unit = Reprojection.metresPerUnit(crs);
            k = crs.isGeographic() ? null : Reprojection.scaleAt(crs, centre.getX(), centre.getY());
        } catch (BadInputException e) {
            throw new BadInputException(where + e.getMessage(), e);
        }
        if (crs.isGeographic() || Math.abs(unit - 1) > 1e-12) {
            throw new BadInputException(where + "must be a projected CRS in metres, was " + crs
                    + (crs.isGeographic() ? " (degrees)" : " (" + unit + " m per unit)"));
        }
        if (!Reprojection.trueToScale(k)) {
            throw new BadInputException(where + String.format(java.util.Locale.ROOT, "%s distorts distances at the"
                    + " area's centre (east-west x%.3f, north-south x%.3f), and plinth measures in the grid's metres;"
                    + " use a CRS true to within %.0f %% there, such as the area's UTM zone (grid.crs: auto)",
                    crs, k[0], k[1], 100 * Reprojection.SCALE_TOLERANCE));
        }
    }

    private static void checkSize(Scenario s, double cols, double rows) {
        double cells = cols * rows;
        long heap = Runtime.getRuntime().maxMemory();
        double need = cells * bytesPerCell(s);
        if (s.hasDem()) {
            // terrain criteria work on the grid widened by their largest radius: the DEM there, and the
            // cumulative viewshed or the prominence's focal sums on it
            int margin = Kernels.terrainMargin(s, s.grid().cellSize());
            double wide = (cols + 2.0 * margin) * (rows + 2.0 * margin);
            need += wide * 4 * 3;
            if (margin > 0 && (wide > Integer.MAX_VALUE || need > heap * 0.8)) {
                throw new BadInputException(String.format(java.util.Locale.ROOT,
                        "%s: grid.cell_size: %s m with terrain criteria reaching %.1f km past the area (the largest exposure"
                                + " or prominence radius) makes a grid of %.0f x %.0f cells needing about %,.0f MB, more than"
                                + " 80 %% of the %,.0f MB Java heap; use a larger cell size or a smaller radius, or raise -Xmx"
                                + " (PLINTH_JAVA_OPTS)", s.file().getFileName(), fmt(s.grid().cellSize()),
                        margin * s.grid().cellSize() / 1000, cols + 2.0 * margin, rows + 2.0 * margin, need / 1e6, heap / 1e6));
            }
        }
        if (cells > Integer.MAX_VALUE || need > heap * 0.8) {
            throw new BadInputException(String.format(java.util.Locale.ROOT,
                    "%s: grid.cell_size: %s m makes a grid of %.0f x %.0f cells needing about %,.0f MB, more than"
                            + " 80 %% of the %,.0f MB Java heap; use a larger cell size or raise -Xmx (PLINTH_JAVA_OPTS)",
                    s.file().getFileName(), fmt(s.grid().cellSize()), cols, rows, need / 1e6, heap / 1e6));
        }
    }

    /** A number as a person writes it: "100", "0.5". */
    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** The WGS 84 UTM zone holding {@code p} (lon, lat). */
    public static Crs utmFor(Point p) {
        int zone = (int) Math.floor((p.getX() + 180) / 6) + 1;
        zone = Math.max(1, Math.min(60, zone));
        return Crs.epsg((p.getY() >= 0 ? 32600 : 32700) + zone);
    }

    private static Geometry lonLatArea(Scenario s) {
        GeometryFactory gf = new GeometryFactory();
        if (s.area().bbox() != null) {
            double[] b = s.area().bbox();
            return gf.toGeometry(new Envelope(b[0], b[2], b[1], b[3]));
        }
        VectorLayer layer = VectorLayerReader.read(s.area().file()).reprojectedTo(Crs.epsg(4326));
        List<Geometry> polys = new ArrayList<>();
        for (Feature f : layer.features()) {
            if (f.geometry() instanceof Polygonal) {
                polys.add(f.geometry());
            }
        }
        if (polys.isEmpty()) {
            throw new BadInputException(s.file().getFileName() + ": area.file: " + s.area().file().getFileName()
                    + " has no polygon features");
        }
        return gf.buildGeometry(polys).union();
    }
}
