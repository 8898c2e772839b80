package org.plinth.app.cli;

import org.plinth.raster.FloatGrid;
import org.plinth.raster.io.RasterFiles;
import org.plinth.raster.terrain.Aspect;
import org.plinth.raster.terrain.AspectOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plinth raster aspect}: Horn aspect like {@code gdaldem aspect -compute_edges}. */
@Command(name = "aspect", mixinStandardHelpOptions = true,
        description = {"Aspect of a DEM by Horn's method (or --alg ZevenbergenThorne), as gdaldem aspect -compute_edges: "
                + "the direction the slope faces, in degrees clockwise from north (0-360; east = 90).",
            "Writes a Float32 GeoTIFF with NoData -9999, also on flat cells (as gdaldem). Cell width and height "
                    + "come from the CRS; a DEM in degrees is measured in metres per row from its latitude."})
public final class AspectCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    RasterPaths paths;

    @Mixin
    TerrainOptions terrain;

    @Mixin
    CommonOptions common;

    @Option(names = "--zero-for-flat", description = "Write 0 instead of NoData on flat cells (gdaldem -zero_for_flat; "
            + "NoData input cells stay NoData, where gdaldem 3.6 writes 0 there too and declares no NoData).")
    boolean zeroForFlat;

    @Override
    public void run() {
        paths.checkOutput();
        AspectOptions options = FlagValues.check(spec, () -> {
            AspectOptions o = AspectOptions.defaults().withComputeEdges(!terrain.noEdges)
                    .withZeroForFlat(zeroForFlat).withGradient(terrain.gradient);
            return terrain.scale == null ? o : o.withScale(terrain.scale);
        });
        try (ConsoleMonitor monitor = ConsoleMonitor.open("aspect", common.quiet)) {
            FloatGrid dem = terrain.read(paths.dem, paths.band, false, new MonitorPhase(monitor, 0, 0.3), null);
            FloatGrid aspect = DemArgument.about(paths.dem,
                    () -> new Aspect(dem, options).compute(new MonitorPhase(monitor, 0.3, 0.8)));
            RasterFiles.write(paths.out, aspect, paths.writeOptions(), new MonitorPhase(monitor, 0.8, 1));
        }
    }
}
