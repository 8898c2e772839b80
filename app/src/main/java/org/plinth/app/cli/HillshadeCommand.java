package org.plinth.app.cli;

import org.plinth.raster.ByteGrid;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.io.RasterFiles;
import org.plinth.raster.terrain.Hillshade;
import org.plinth.raster.terrain.HillshadeMode;
import org.plinth.raster.terrain.HillshadeOptions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code plinth raster hillshade}: shaded relief like {@code gdaldem hillshade -compute_edges}. */
@Command(name = "hillshade", mixinStandardHelpOptions = true,
        description = {"Shaded relief of a DEM by Horn's method (or --alg ZevenbergenThorne), as gdaldem hillshade "
                + "-compute_edges, with one light or in one of gdaldem's other modes: --multidirectional, "
                + "--combined or --igor.",
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
            + "clockwise from north (default: ${DEFAULT-VALUE}). Not with --multidirectional.")
    double azimuth = 315;

    @Option(names = "--altitude", paramLabel = "DEG", description = "Height of the light above the horizon, "
            + "0-90 degrees (default: ${DEFAULT-VALUE}). Not with --igor.")
    double altitude = 45;

    @Option(names = "--z-factor", paramLabel = "Z", description = "Vertical exaggeration (default: ${DEFAULT-VALUE}).")
    double zFactor = 1;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Mode mode;

    /** gdaldem's mode switches; at most one. */
    static final class Mode {
        @Option(names = "--multidirectional", description = "Lights from 225, 270, 315 and 360 degrees, each "
                + "weighted by how the slope faces it (gdaldem -multidirectional).")
        boolean multidirectional;

        @Option(names = "--combined", description = "Oblique shading darkened by slope (gdaldem -combined).")
        boolean combined;

        @Option(names = "--igor", description = "Igor's hillshading: darkens only slopes facing away from the light, "
                + "by their steepness (gdaldem -igor).")
        boolean igor;

        HillshadeMode value() {
            return multidirectional ? HillshadeMode.MULTIDIRECTIONAL
                    : combined ? HillshadeMode.COMBINED
                    : igor ? HillshadeMode.IGOR : HillshadeMode.STANDARD;
        }
    }

    @Override
    public void run() {
        HillshadeMode shading = mode == null ? HillshadeMode.STANDARD : mode.value();
        checkLightFits(shading);
        paths.checkOutput();
        HillshadeOptions options = FlagValues.check(spec, () -> {
            HillshadeOptions o = HillshadeOptions.defaults().withAzimuth(azimuth).withAltitude(altitude)
                    .withZFactor(zFactor).withComputeEdges(!terrain.noEdges).withGradient(terrain.gradient)
                    .withMode(shading);
            return terrain.scale == null ? o : o.withScale(terrain.scale);
        });
        try (ConsoleMonitor monitor = ConsoleMonitor.open("hillshade", common.quiet)) {
            FloatGrid dem = terrain.read(paths.dem, paths.band, true, new MonitorPhase(monitor, 0, 0.3), spec.commandLine().getErr());
            ByteGrid shade = DemArgument.about(paths.dem,
                    () -> new Hillshade(dem, options).compute(new MonitorPhase(monitor, 0.3, 0.8)));
            RasterFiles.write(paths.out, shade, paths.writeOptions(), new MonitorPhase(monitor, 0.8, 1));
        }
    }

    /** Refuses, as gdaldem does, a light setting that the mode would silently ignore. */
    private void checkLightFits(HillshadeMode shading) {
        var parsed = spec.commandLine().getParseResult();
        if (shading == HillshadeMode.MULTIDIRECTIONAL && parsed.hasMatchedOption("--azimuth")) {
            throw new ParameterException(spec.commandLine(), "--azimuth cannot be used with --multidirectional, "
                    + "which always lights from 225, 270, 315 and 360 degrees");
        }
        if (shading == HillshadeMode.IGOR && parsed.hasMatchedOption("--altitude")) {
            throw new ParameterException(spec.commandLine(), "--altitude cannot be used with --igor, "
                    + "which does not depend on the light's altitude");
        }
    }
}
