package org.plinth.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.DoublePredicate;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.InvalidInputException;
import org.plinth.raster.Monitor;
import org.plinth.raster.distance.DistanceOptions;
import org.plinth.raster.distance.EuclideanDistance;
import org.plinth.raster.distance.FeatureRasterizer;
import org.plinth.raster.distance.PointDistance;
import org.plinth.raster.io.RasterFiles;
import org.plinth.siting.layers.FeatureDistance;
import org.plinth.siting.layers.GeometryBurner;
import org.plinth.siting.layers.VectorLayer;
import org.plinth.siting.layers.VectorLayerReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plinth raster distance LIKE OUT --to FEATURES}: the distance in metres from every cell of
 * LIKE's grid to the nearest feature, like {@code gdal_proximity.py -distunits GEO} but exact.
 * Vector features are reprojected to LIKE's CRS and burned (points in their cell, lines through
 * every cell they cross, polygons by cell centre); raster features are the non-zero cells (or the
 * {@code --values}) of a raster on LIKE's grid or, in the same CRS, resampled onto it.
 */
@Command(name = "distance", mixinStandardHelpOptions = true,
        description = {"Euclidean distance in metres from every cell of LIKE's grid to the nearest feature.",
            "Output: Float32 GeoTIFF on LIKE's grid, NoData = nan beyond --max-distance. Exact (GDAL's "
                + "gdal_proximity overestimates slightly); geographic grids are measured on the ellipsoid.",
            "Vector features outside LIKE's extent count too (gdal_proximity and r.grow.distance see only what "
                + "falls on the grid): on a projected grid the features are rasterized on the grid extended "
                + "toward those that can be nearest to some cell (at most 4 times its cells)."})
public final class DistanceCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "LIKE", description = "Raster whose grid the output takes (GeoTIFF, ASCII grid, .hgt, .hgt.zip, VRT).")
    Path like;

    @Parameters(index = "1", paramLabel = "OUT", description = RasterPaths.OUT_HELP)
    Path out;

    @Mixin
    OutputCompression compression;

    @Spec
    CommandSpec spec;

    @Option(names = "--to", required = true, paramLabel = "FEATURES",
            description = "Features: GeoJSON, GeoPackage or lon/lat CSV, or a raster (its non-zero cells that are not NoData are features; gdal_proximity without -values also takes NoData cells).")
    Path features;

    @Option(names = "--max-distance", paramLabel = "M", description = "Cells farther than M metres become NoData.")
    Double maxDistance;

    @Option(names = "--cap", description = "Write M instead of NoData beyond --max-distance.")
    boolean cap;

    @Option(names = "--values", split = ",", paramLabel = "V",
            description = "Raster FEATURES only: the cell values that are features (default: any non-zero).")
    double[] values;

    @Option(names = {"-b", "--band"}, paramLabel = "N", converter = BandNumberConverter.class, description = "Raster FEATURES only: the band whose cells "
            + "are features, numbered from 1 (gdal_proximity -srcband; default: ${DEFAULT-VALUE}).")
    int band = 1;

    @Option(names = "--exact-points",
            description = "Point FEATURES only: measure to the points themselves, not to the cells they fall in.")
    boolean exactPoints;

    @Override
    public Integer call() {
        DistanceOptions options = FlagValues.check(spec, this::options);
        boolean vector = isVector(features);
        if (values != null && vector) {
            throw new InvalidInputException("--values applies to raster features only, but " + features + " is a vector file");
        }
        if (band != 1 && vector) {
            throw new InvalidInputException("--band applies to raster features only, but " + features + " is a vector file");
        }
        if (exactPoints && !vector) {
            throw new InvalidInputException("--exact-points applies to point features only, but " + features + " is a raster");
        }
        DemArgument.requireOutputFolder(out, like, features);
        try (ConsoleMonitor monitor = ConsoleMonitor.open("distance", common.quiet)) {
            Monitor reading = new Phase(monitor, 0, 0.1);
            Monitor compute = new Phase(monitor, 0.1, 0.8);
            FloatGrid result = vector ? null : fromByteRaster(options, reading, compute);
            if (result == null) {
                // LIKE is often the features raster itself (gdal_proximity's usage): read it once. Otherwise
                // only LIKE's grid is needed, which its header gives without reading its cells.
                FloatGrid source = vector ? null : RasterFiles.read(features, band, null, reading).grid();
                GridGeometry grid = source != null && sameFile(like, features) ? source.geometry()
                        : RasterFiles.header(like).geometry();
                ScaleWarning.check(like, grid, spec.commandLine().getErr());
                result = vector ? fromVector(grid, options, compute) : fromRaster(source, grid, options, compute);
            }
            RasterFiles.write(out, result, compression.writeOptions(), new Phase(monitor, 0.8, 1));
        }
        return PlinthCommand.OK;
    }

    private DistanceOptions options() {
        DistanceOptions o = DistanceOptions.defaults();
        if (maxDistance != null) {
            o = o.withMaxDistance(maxDistance);
        }
        if (cap) {
            if (maxDistance == null) {
                throw new InvalidInputException("--cap needs --max-distance");
            }
            o = o.withBeyondMax(DistanceOptions.BeyondMax.CAP);
        }
        return o;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    static boolean isVector(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".geojson") || n.endsWith(".json") || n.endsWith(".gpkg") || n.endsWith(".csv");
    }

    private FloatGrid fromVector(GridGeometry grid, DistanceOptions options, Monitor monitor) {
        VectorLayer layer = VectorLayerReader.read(features);
        if (layer.isEmpty()) {
            throw new InvalidInputException(features + ": no features to measure the distance to");
        }
        DemArgument.requireReprojectable(layer, grid, like);
        if (exactPoints) {
            double[] xy = GeometryBurner.pointCoordinates(layer.reprojectedTo(grid.crs()));
            if (xy == null) {
                throw new InvalidInputException("--exact-points needs point features only, but " + features
                        + " holds lines or polygons");
            }
            return new PointDistance(grid, xy, options).compute(monitor);
        }
        FeatureDistance.Result r = FeatureDistance.compute(layer, grid, options, monitor);
        if (r.distance().isEmpty()) {
            throw new InvalidInputException(noFeatureOn(grid).getMessage()
                    + (maxDistance != null ? " or within --max-distance of it" : " or near enough to it")
                    + r.note().map(n -> " (" + n + ")").orElse(""));
        }
        r.note().ifPresent(n -> spec.commandLine().getErr().println("plinth: warning: " + n));
        return r.distance().get();
    }

    /**
     * Distances from a Byte raster (a mask, classes) on LIKE's grid, its cells used as they are: a
     * quarter of the memory of reading it as floats, and no conversion. Null when the features are not
     * such a raster, or {@code --values} holds a value no byte can (the float path then decides).
     */
    private FloatGrid fromByteRaster(DistanceOptions options, Monitor reading, Monitor compute) {
        int[] wanted = byteTargets();
        if (wanted == null) {
            return null;
        }
        Optional<ByteGrid> bytes = RasterFiles.readBytes(features, band, reading);
        if (bytes.isEmpty()) {
            return null;
        }
        GridGeometry grid = sameFile(like, features) ? bytes.get().geometry() : RasterFiles.header(like).geometry();
        if (!bytes.get().geometry().sameGridAs(grid)) {
            return null;
        }
        ScaleWarning.check(like, grid, spec.commandLine().getErr());
        return measured(EuclideanDistance.toValues(bytes.get(), wanted.length == 0 ? null : wanted, options), grid, compute);
    }

    private FloatGrid measured(EuclideanDistance distance, GridGeometry grid, Monitor monitor) {
        if (!distance.hasTargets()) {
            throw noFeatureOn(grid);
        }
        return distance.compute(monitor);
    }

    private FloatGrid fromRaster(FloatGrid source, GridGeometry grid, DistanceOptions options, Monitor monitor) {
        double[] wanted = values;
        DoublePredicate isFeature = wanted == null ? v -> v != 0 : v -> contains(wanted, v);
        if (source.geometry().sameGridAs(grid)) {
            return measured(EuclideanDistance.toCells(source, isFeature, options), grid, monitor);
        }
        if (!source.geometry().crs().equals(grid.crs())) {
            throw new InvalidInputException(features + " is in " + source.geometry().crs() + " but LIKE is in "
                    + grid.crs() + "; warp it onto LIKE's grid first (gdalwarp)");
        }
        ByteGrid burned = resample(source, isFeature, grid);
        requireTargets(burned, grid);
        return new EuclideanDistance(burned, options).compute(monitor);
    }

    /**
     * {@code --values} as byte values (empty: any non-zero value), or null when one of them is not an
     * integer in 0..255, which a Byte raster cannot hold (the float path then finds no such cell).
     */
    private int[] byteTargets() {
        if (values == null) {
            return new int[0];
        }
        int[] b = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (!(v >= 0 && v <= 255 && v == Math.rint(v))) {
                return null;
            }
            b[i] = (int) v;
        }
        return b;
    }

    private static boolean contains(double[] set, double v) {
        for (double s : set) {
            if (s == v) {
                return true;
            }
        }
        return false;
    }

    /**
     * Feature cells of a raster on another grid in the same CRS, onto LIKE's grid: each feature
     * cell burns the LIKE cells whose centre it covers, and the LIKE cell holding its centre (so
     * cells smaller than LIKE's are not lost).
     */
    private static ByteGrid resample(FloatGrid source, DoublePredicate isFeature, GridGeometry grid) {
        FeatureRasterizer r = new FeatureRasterizer(grid);
        GeoTransform t = source.geometry().transform();
        for (int row = 0; row < source.rows(); row++) {
            for (int col = 0; col < source.cols(); col++) {
                float v = source.get(col, row);
                if (!source.isNoData(v) && isFeature.test(v)) {
                    double x0 = t.originX() + col * t.pixelWidth();
                    double x1 = x0 + t.pixelWidth();
                    double y0 = t.originY() + row * t.pixelHeight();
                    double y1 = y0 + t.pixelHeight();
                    r.burnPolygon(java.util.List.of(new double[] {x0, y0, x1, y0, x1, y1, x0, y1}));
                    r.burnPoints(new double[] {t.centreX(col), t.centreY(row)});
                }
            }
        }
        return r.grid();
    }

    private void requireTargets(ByteGrid burned, GridGeometry grid) {
        for (byte b : burned.data()) {
            if (b != 0) {
                return;
            }
        }
        throw noFeatureOn(grid);
    }

    private InvalidInputException noFeatureOn(GridGeometry grid) {
        return new InvalidInputException("no feature of " + features + " falls on LIKE's grid (x " + grid.minX() + ".."
                + grid.maxX() + ", y " + grid.minY() + ".." + grid.maxY() + ", " + grid.crs() + ")");
    }

    /** Maps a step's progress 0..1 onto part of the whole command's bar. */
    private record Phase(Monitor whole, double from, double to) implements Monitor {
        @Override
        public void progress(double fraction) {
            whole.progress(from + (to - from) * Math.max(0, Math.min(1, fraction)));
        }

        @Override
        public boolean isCancelled() {
            return whole.isCancelled();
        }
    }
}
