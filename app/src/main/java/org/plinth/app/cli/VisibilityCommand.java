package org.plinth.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.InvalidInputException;
import org.plinth.raster.io.RasterFiles;
import org.plinth.raster.visibility.CumulativeVisibility;
import org.plinth.raster.visibility.ViewshedOptions;
import org.plinth.raster.visibility.Viewpoint;
import org.plinth.siting.layers.Feature;
import org.plinth.siting.layers.VectorLayer;
import org.plinth.siting.layers.VectorLayerReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code plinth raster visibility DEM OUT --observers POINTS}: cumulative viewshed, how many
 * observers (or how much of their weight, e.g. population) see each cell. Each observer's viewshed
 * is the one {@code plinth raster viewshed} computes with the same options.
 */
@Command(name = "visibility", mixinStandardHelpOptions = true,
        description = {"Cumulative viewshed: the number of observers, or the sum of their weights, that see each cell.",
            "Output: Float32 GeoTIFF on DEM's grid, NoData nan on DEM NoData cells. Observers outside the DEM or on "
                + "NoData are skipped with a warning."})
public final class VisibilityCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Mixin
    RasterPaths paths;

    @Option(names = "--observers", required = true, paramLabel = "POINTS",
            description = "Observer points: GeoJSON, GeoPackage or lon/lat CSV, in any CRS (reprojected to the DEM's).")
    Path observers;

    @Option(names = "--weight-field", paramLabel = "F",
            description = "Numeric attribute to sum instead of counting observers (e.g. population).")
    String weightField;

    @Mixin
    SightLineOptions sight;

    @Override
    public Integer call() {
        ViewshedOptions options = FlagValues.check(spec, sight::viewshedOptions);
        paths.checkOutput(observers);
        FloatGrid sum;
        List<Viewpoint> onDem;
        try (ConsoleMonitor monitor = ConsoleMonitor.open("visibility", common.quiet)) {
            FloatGrid grid = DemArgument.read(paths.dem, paths.band, "a cumulative viewshed", new MonitorPhase(monitor, 0, 0.1));
            ScaleWarning.check(paths.dem, grid.geometry(), spec.commandLine().getErr());
            VectorLayer read = VectorLayerReader.read(observers);
            DemArgument.requireReprojectable(read, grid.geometry(), paths.dem);
            VectorLayer layer = read.reprojectedTo(grid.geometry().crs());
            List<Viewpoint> all = viewpoints(layer);
            onDem = all.stream().filter(v -> standsOnData(grid, v)).toList();
            if (onDem.isEmpty()) {
                throw new InvalidInputException(observers + ": none of its " + all.size()
                        + " observers stands on a data cell of " + paths.dem);
            }
            if (onDem.size() < all.size()) {
                spec.commandLine().getErr().println("plinth: warning: " + (all.size() - onDem.size()) + " of "
                        + all.size() + " observers lie outside " + paths.dem + " or on NoData and were skipped");
            }
            List<Viewpoint> standing = onDem;
            sum = DemArgument.about(paths.dem, () -> new CumulativeVisibility(grid, standing, options,
                    new MonitorPhase(monitor, 0.1, 0.9)).compute());
            RasterFiles.write(paths.out, sum, paths.writeOptions(),
                    new MonitorPhase(monitor, 0.9, 1));
        }
        spec.commandLine().getOut().printf("visibility: %d observers, largest %s %s, written to %s%n", onDem.size(),
                weightField == null ? "count" : "sum of " + weightField, format(max(sum)), paths.out);
        return PlinthCommand.OK;
    }

    private List<Viewpoint> viewpoints(VectorLayer layer) {
        List<Viewpoint> out = new ArrayList<>();
        for (int i = 0; i < layer.features().size(); i++) {
            Feature f = layer.features().get(i);
            double weight = weightOf(f, i);
            Geometry g = f.geometry();
            for (int p = 0; p < g.getNumGeometries(); p++) {
                if (!(g.getGeometryN(p) instanceof Point pt) || pt.isEmpty()) {
                    throw new InvalidInputException(observers + ": feature #" + (i + 1) + " is a " + g.getGeometryType()
                            + "; observers must be points");
                }
                out.add(new Viewpoint(pt.getX(), pt.getY(), weight));
            }
        }
        if (out.isEmpty()) {
            throw new InvalidInputException(observers + ": no observer points");
        }
        return out;
    }

    private double weightOf(Feature f, int index) {
        if (weightField == null) {
            return 1;
        }
        if (!f.properties().containsKey(weightField)) {
            throw new InvalidInputException(observers + ": feature #" + (index + 1) + " has no field '" + weightField
                    + "' (--weight-field)");
        }
        double w = f.number(weightField);
        if (!(w >= 0) || Double.isInfinite(w)) {
            throw new InvalidInputException(observers + ": feature #" + (index + 1) + " has no non-negative number in '"
                    + weightField + "', was '" + f.properties().get(weightField) + "'");
        }
        return w;
    }

    private static boolean standsOnData(FloatGrid grid, Viewpoint v) {
        GridGeometry g = grid.geometry();
        double c = g.transform().colOf(v.x());
        double r = g.transform().rowOf(v.y());
        if (!(c >= 0 && r >= 0 && c < g.cols() && r < g.rows())) {
            return false;
        }
        return !grid.isNoData((int) c, (int) r);
    }

    private static float max(FloatGrid g) {
        float m = 0;
        for (float v : g.data()) {
            if (v > m) {
                m = v;
            }
        }
        return m;
    }

    private static String format(float v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Float.toString(v);
    }
}
