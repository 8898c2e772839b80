package org.plinth.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code plinth raster ...}: GDAL-like commands over the raster engine (added by {@link CommandTree}). */
@Command(name = "raster", mixinStandardHelpOptions = true,
        description = "Raster tools: info, warp, slope, aspect, hillshade, viewshed, distance, visibility.")
public final class RasterCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
