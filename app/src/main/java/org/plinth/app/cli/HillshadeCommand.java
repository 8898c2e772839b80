package org.plinth.app.cli;

import org.plinth.raster.ByteGrid;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.io.RasterFiles;
import org.plinth.raster.terrain.Hillshade;
import org.plinth.raster.terrain.HillshadeOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code plinth raster hillshade}: shaded relief like {@code gdaldem hillshade -compute_edges}. */
@Command(name = "hillshade", mixinStandardHelpOptions = true,
        description = {"Shaded relief of a DEM by Horn's method (or --alg ZevenbergenThorne), as gdaldem hillshade "
                + "-compute_edges.",
            "Writes a Byte GeoTIFF: grey 1-255, NoData 0. Horizontal units are metres from the CRS; a DEM in "
                    + "degrees is measured in metres per row from its latitude (gdaldem needs -s instead)."})
public final class HillshadeCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    RasterPaths paths;

    @Mixin
    TerrainOptions terrain;

    @Mixin
    CommonOptions common;

    @Option(names = "--azimuth", paramLabel = "DEG", description = "Direction the light comes from, degrees "
            + "clockwise from north (default: ${DEFAULT-VALUE}).")
    double azimuth = 315;

    @Option(names = "--altitude", paramLabel = "DEG", description = "Height of the light above the horizon, "
            + "0-90 degrees (default: ${DEFAULT-VALUE}).")
    double altitude = 45;

    @Option(names = "--z-factor", paramLabel = "Z", description = "Vertical exaggeration (default: ${DEFAULT-VALUE}).")
    double zFactor = 1;

    @Override
    public void run() {
        paths.checkOutput();
        HillshadeOptions options = HillshadeOptions.defaults().withAzimuth(azimuth).withAltitude(altitude)
                .withZFactor(zFactor).withComputeEdges(!terrain.noEdges).withGradient(terrain.gradient);
        if (terrain.scale != null) {
            options = options.withScale(terrain.scale);
        }
        try (ConsoleMonitor monitor = ConsoleMonitor.open("hillshade", common.quiet)) {
            FloatGrid dem = terrain.read(paths.dem, paths.band, true, new MonitorPhase(monitor, 0, 0.3), spec.commandLine().getErr());
            ByteGrid shade = new Hillshade(dem, options).compute(new MonitorPhase(monitor, 0.3, 0.8));
            RasterFiles.write(paths.out, shade, paths.writeOptions(), new MonitorPhase(monitor, 0.8, 1));
        }
    }
}
