package org.plinth.app.cli;

import org.plinth.raster.FloatGrid;
import org.plinth.raster.io.RasterFiles;
import org.plinth.raster.terrain.Slope;
import org.plinth.raster.terrain.SlopeOptions;
import org.plinth.raster.terrain.SlopeUnits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code plinth raster slope}: Horn slope like {@code gdaldem slope -compute_edges}. */
@Command(name = "slope", mixinStandardHelpOptions = true,
        description = {"Slope of a DEM by Horn's method (or --alg ZevenbergenThorne), as gdaldem slope -compute_edges.",
            "Writes a Float32 GeoTIFF with NoData -9999. Horizontal units are metres from the CRS; a DEM in "
                    + "degrees is measured in metres per row from its latitude (gdaldem needs -s instead). "
                    + "Vertical units are taken as metres."})
public final class SlopeCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    RasterPaths paths;

    @Mixin
    TerrainOptions terrain;

    @Mixin
    CommonOptions common;

    @Option(names = "--units", paramLabel = "degrees|percent", converter = SlopeUnitsConverter.class,
            description = "Slope as an angle in degrees (default) or as rise over run x 100.")
    SlopeUnits units = SlopeUnits.DEGREES;

    @Override
    public void run() {
        paths.checkOutput();
        SlopeOptions options = FlagValues.check(spec, () -> {
            SlopeOptions o = SlopeOptions.defaults().withUnits(units).withComputeEdges(!terrain.noEdges)
                    .withGradient(terrain.gradient);
            return terrain.scale == null ? o : o.withScale(terrain.scale);
        });
        try (ConsoleMonitor monitor = ConsoleMonitor.open("slope", common.quiet)) {
            FloatGrid dem = terrain.read(paths.dem, paths.band, true, new MonitorPhase(monitor, 0, 0.3), spec.commandLine().getErr());
            FloatGrid slope = DemArgument.about(paths.dem,
                    () -> new Slope(dem, options).compute(new MonitorPhase(monitor, 0.3, 0.8)));
            RasterFiles.write(paths.out, slope, paths.writeOptions(), new MonitorPhase(monitor, 0.8, 1));
        }
    }
}
