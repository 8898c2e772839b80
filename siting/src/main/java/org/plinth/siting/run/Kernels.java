package org.plinth.siting.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.Point;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.Monitor;
import org.plinth.raster.Window;
import org.plinth.raster.crs.Resample;
import org.plinth.raster.crs.Warp;
import org.plinth.raster.crs.WarpOptions;
import org.plinth.raster.distance.DistanceOptions;
import org.plinth.raster.distance.FeatureRasterizer;
import org.plinth.raster.distance.PointDistance;
import org.plinth.raster.focal.Decay;
import org.plinth.raster.focal.FocalOptions;
import org.plinth.raster.focal.FocalSum;
import org.plinth.raster.io.RasterFiles;
import org.plinth.raster.terrain.Hillshade;
import org.plinth.raster.terrain.Slope;
import org.plinth.raster.visibility.CumulativeVisibility;
import org.plinth.raster.visibility.Viewpoint;
import org.plinth.raster.visibility.ViewshedOptions;
import org.plinth.siting.BadInputException;
import org.plinth.siting.layers.Feature;
import org.plinth.siting.layers.FeatureDistance;
import org.plinth.siting.layers.GeometryBurner;
import org.plinth.siting.layers.VectorLayer;
import org.plinth.siting.scenario.CriterionSpec;
import org.plinth.siting.scenario.Scenario;

/**
 * The siting pipeline's bridge to the raster engine: converts JTS geometries to the engine's
 * inputs and calls the kernels. No arithmetic of its own beyond masks and minima.
 */
final class Kernels {
    private Kernels() {
    }

    /** 1 for cells whose centre lies inside the area polygon(s), else 0. */
    static ByteGrid areaMask(StudyArea area) {
        FeatureRasterizer r = new FeatureRasterizer(area.grid());
        new GeometryBurner(r).burn(area.geometry());
        return r.grid();
    }

    /**
     * Distance in metres from each cell centre to the nearest geometry: exact to point coordinates,
     * to the centres of the rasterised cells for lines and polygons, which count also where they lie
     * outside the grid ({@link FeatureDistance}); {@code notes} receives a sentence if some could not.
     */
    static FloatGrid distanceTo(GridGeometry grid, List<Geometry> geoms, Monitor monitor, Consumer<String> notes) {
        List<Point> points = new ArrayList<>();
        List<Feature> others = new ArrayList<>();
        for (Geometry g : geoms) {
            List<Geometry> parts = new ArrayList<>();
            flatten(g, parts);
            for (Geometry part : parts) {
                if (part instanceof Point p) {
                    points.add(p);
                } else {
                    others.add(new Feature(part, Map.of()));
                }
            }
        }
        FloatGrid fromPoints = null;
        if (!points.isEmpty()) {
            double[] xy = new double[points.size() * 2];
            for (int i = 0; i < points.size(); i++) {
                xy[2 * i] = points.get(i).getX();
                xy[2 * i + 1] = points.get(i).getY();
            }
            fromPoints = new PointDistance(grid, xy, DistanceOptions.defaults()).compute(monitor);
        }
        if (others.isEmpty()) {
            return fromPoints;
        }
        VectorLayer lines = new VectorLayer("lines and polygons", Path.of(""), grid.crs(), others);
        FeatureDistance.Result r = FeatureDistance.compute(lines, grid, DistanceOptions.defaults(), monitor);
        if (r.distance().isEmpty()) {
            String why = r.note().orElse("none of its lines or polygons burns a cell on the grid or near it");
            if (fromPoints == null) {
                throw new BadInputException(why);
            }
            notes.accept(why + " (only its points are measured)");
            return fromPoints;
        }
        r.note().ifPresent(notes);
        FloatGrid fromCells = r.distance().get();
        return fromPoints == null ? fromCells : min(fromPoints, fromCells);
    }

    private static void flatten(Geometry g, List<Geometry> out) {
        if (g instanceof GeometryCollection c) {
            for (int i = 0; i < c.getNumGeometries(); i++) {
                flatten(c.getGeometryN(i), out);
            }
        } else if (!g.isEmpty()) {
            out.add(g);
        }
    }

    private static FloatGrid min(FloatGrid a, FloatGrid b) {
        float[] x = a.data();
        float[] y = b.data();
        float[] out = new float[x.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.min(x[i], y[i]);
        }
        return new FloatGrid(a.geometry(), out, null);
    }

    /** Sum of point weights within {@code radius} of each cell centre with the named decay. */
    static FloatGrid pointSum(GridGeometry grid, CriterionRasters.WeightedPoints pts, double radius, String decay,
                              Monitor monitor) {
        return FocalSum.ofPoints(grid, pts.xy(), pts.weights(), radius, decay(decay, radius), monitor);
    }

    private static Decay decay(String name, double radius) {
        return switch (name) {
            case "linear" -> Decay.linear();
            case "gaussian" -> Decay.gaussian(radius / 2);
            default -> Decay.none();
        };
    }

    static FloatGrid slopeDegrees(FloatGrid dem, Monitor monitor) {
        return new Slope(dem, org.plinth.raster.terrain.SlopeOptions.defaults()).compute(monitor);
    }

    static FloatGrid hillshade(FloatGrid dem, Monitor monitor) {
        return new Hillshade(dem, org.plinth.raster.terrain.HillshadeOptions.defaults()).compute(monitor).toFloat();
    }

    /**
     * Elevation minus the mean elevation within {@code radius}: NoData where fewer than
     * {@link #PROMINENCE_COVER} of the window's cells have a height (at the DEM's edge or beside voids a
     * mean over part of the window is not the surroundings' mean, and would favour the edge).
     */
    static FloatGrid prominence(FloatGrid dem, double radius, Monitor monitor) {
        FloatGrid sum = new FocalSum(dem, FocalOptions.defaults(radius)).compute(monitor);
        float[] ones = new float[dem.data().length];
        for (int i = 0; i < ones.length; i++) {
            ones[i] = dem.isNoData(dem.data()[i]) ? Float.NaN : 1f;
        }
        FloatGrid count = new FocalSum(new FloatGrid(dem.geometry(), ones, null), FocalOptions.defaults(radius))
                .compute(monitor);
        GeoTransform t = dem.geometry().transform();
        double needed = PROMINENCE_COVER * FocalSum.windowCells(radius, t.cellWidth(), t.cellHeight());
        float[] out = new float[ones.length];
        for (int i = 0; i < out.length; i++) {
            float n = count.data()[i];
            float z = dem.data()[i];
            out[i] = dem.isNoData(z) || !(n > 0) || n < needed ? Float.NaN : z - sum.data()[i] / n;
        }
        return new FloatGrid(dem.geometry(), out, null);
    }

    /** Share of a prominence window's cells that must have a height. */
    static final double PROMINENCE_COVER = 0.9;

    /**
     * Cumulative weighted visibility of a target above each cell, from the observers that stand on
     * DEM data cells of the grid: those on NoData are left out and counted in {@code dropped[0]}, those off
     * the grid (widened by the reach, so too far to see into the area) are left out silently;
     * {@code dropped[1]} counts the observers on the grid.
     */
    static FloatGrid cumulativeVisibility(FloatGrid dem, CriterionRasters.WeightedPoints obs, double observerHeight,
                                          double targetHeight, double maxDistance, double curvature, int[] dropped,
                                          Monitor monitor) {
        List<Viewpoint> vps = new ArrayList<>();
        GridGeometry g = dem.geometry();
        for (int i = 0; i < obs.size(); i++) {
            double x = obs.xy()[2 * i];
            double y = obs.xy()[2 * i + 1];
            int c = (int) Math.floor(g.transform().colOf(x));
            int r = (int) Math.floor(g.transform().rowOf(y));
            if (!g.contains(c, r) || !(obs.weights()[i] > 0)) {
                continue; // off the (widened) grid: too far from the area to see into it
            }
            dropped[1]++;
            if (dem.isNoData(c, r)) {
                dropped[0]++;
            } else {
                vps.add(new Viewpoint(x, y, obs.weights()[i]));
            }
        }
        ViewshedOptions opts = ViewshedOptions.defaults().withObserverHeight(observerHeight)
                .withTargetHeight(targetHeight).withMaxDistance(maxDistance).withCurvatureCoefficient(curvature);
        if (vps.isEmpty()) {
            return FloatGrid.filled(g, 0f, null);
        }
        return new CumulativeVisibility(dem, vps, opts, monitor).compute();
    }

    /**
     * The DEM tiles mosaicked and resampled (bilinear) onto the study grid: warped from
     * longitude/latitude (SRTM, Copernicus) onto the UTM grid, or resampled within the grid's CRS. The warp
     * interpolates the transformation along each row (as gdalwarp's default error threshold of 0.125
     * cells), so heights can differ by centimetres with the grid's extent, which the terrain margin sets.
     */
    static FloatGrid demOnGrid(List<Path> tiles, GridGeometry grid, Monitor monitor) {
        FloatGrid dem = RasterFiles.mosaic(tiles).grid();
        Crs crs = dem.geometry().crs();
        if (!crs.isKnown()) {
            throw new BadInputException(tiles.get(0) + ": the DEM has no CRS; plinth needs an EPSG code"
                    + " (assign one with gdal_translate -a_srs EPSG:<code>)");
        }
        if (crs.isGeographic()) {
            return new Warp(dem, WarpOptions.defaults().withTargetGrid(grid)
                    .withResampling(org.plinth.raster.crs.Resampling.BILINEAR)).compute(monitor).withNaNNoData();
        }
        if (!crs.equals(grid.crs()) && crs.epsgCode().isEmpty()) {
            throw new BadInputException(tiles.get(0) + ": the DEM's CRS has no EPSG code, so plinth cannot match it"
                    + " to the grid's " + grid.crs() + "; assign one with gdal_translate -a_srs EPSG:<code>");
        }
        if (!crs.equals(grid.crs())) {
            throw new BadInputException(tiles.get(0) + ": the DEM is in " + crs + " but the grid is in " + grid.crs()
                    + "; warp the DEM to the grid's CRS or to longitude/latitude (gdalwarp -t_srs " + grid.crs()
                    + " or EPSG:4326), or set grid.crs to the DEM's CRS if that CRS keeps distances true");
        }
        if (dem.geometry().sameGridAs(grid)) {
            return dem.withNaNNoData();
        }
        return onLattice(dem, grid) ? shifted(dem, grid) : Resample.bilinear(dem, grid);
    }

    /**
     * Cells of terrain the criteria need beyond the study grid: the largest exposure radius (observers that
     * far outside can see into the area) or prominence radius (its window), in whole cells of
     * {@code cellSize} metres; 0 without such criteria.
     */
    static int terrainMargin(Scenario scenario, double cellSize) {
        double reach = 0;
        for (CriterionSpec c : scenario.criteria().values()) {
            if (c.kind() == CriterionSpec.Kind.EXPOSURE
                    || c.kind() == CriterionSpec.Kind.PROMINENCE) {
                reach = Math.max(reach, c.radius());
            }
        }
        return (int) Math.min(Integer.MAX_VALUE / 4, Math.ceil(reach / cellSize));
    }

    /**
     * The cells of {@code grid} cut from a grid computed on {@link #widened widened(grid, margin)}, on
     * {@code grid} itself (its corner exactly, not one moved out and back in floating point).
     */
    static FloatGrid cutBack(FloatGrid wide, GridGeometry grid, int margin) {
        FloatGrid cut = margin == 0 ? wide : wide.crop(new Window(margin, margin, margin + grid.cols(),
                margin + grid.rows()));
        return new FloatGrid(grid, cut.data(), cut.noData());
    }

    /**
     * The study grid widened by {@code margin} cells on every side: terrain beyond the area that its
     * criteria look at (observers up to the exposure radius away, the prominence window).
     */
    static GridGeometry widened(GridGeometry grid, int margin) {
        GeoTransform t = grid.transform();
        return new GridGeometry(grid.cols() + 2 * margin, grid.rows() + 2 * margin,
                GeoTransform.northUp(t.originX() - margin * t.cellWidth(), t.originY() + margin * t.cellHeight(),
                        t.cellWidth(), t.cellHeight()), grid.crs());
    }

    /** Whether {@code dem}'s cells are {@code grid}'s cells, shifted by whole cells (no resampling needed). */
    private static boolean onLattice(FloatGrid dem, GridGeometry grid) {
        GeoTransform s = dem.geometry().transform();
        GeoTransform t = grid.transform();
        if (!s.isNorthUp() || !t.isNorthUp() || Math.abs(s.cellWidth() - t.cellWidth()) > 1e-9 * t.cellWidth()
                || Math.abs(s.cellHeight() - t.cellHeight()) > 1e-9 * t.cellHeight()) {
            return false;
        }
        double dx = (t.originX() - s.originX()) / t.cellWidth();
        double dy = (s.originY() - t.originY()) / t.cellHeight();
        return Math.abs(dx - Math.rint(dx)) < 1e-6 && Math.abs(dy - Math.rint(dy)) < 1e-6;
    }

    /** {@code dem}'s values on {@code grid}, whose cells are the DEM's shifted by whole cells; NaN off the DEM. */
    private static FloatGrid shifted(FloatGrid dem, GridGeometry grid) {
        GeoTransform s = dem.geometry().transform();
        GeoTransform t = grid.transform();
        int dc = (int) Math.rint((t.originX() - s.originX()) / t.cellWidth());
        int dr = (int) Math.rint((s.originY() - t.originY()) / t.cellHeight());
        float[] out = new float[grid.cellCount()];
        Arrays.fill(out, Float.NaN);
        for (int r = 0; r < grid.rows(); r++) {
            int sr = r + dr;
            if (sr < 0 || sr >= dem.rows()) {
                continue;
            }
            for (int c = 0; c < grid.cols(); c++) {
                int sc = c + dc;
                if (sc >= 0 && sc < dem.cols()) {
                    float v = dem.get(sc, sr);
                    out[r * grid.cols() + c] = dem.isNoData(v) ? Float.NaN : v;
                }
            }
        }
        return new FloatGrid(grid, out, null);
    }
}
