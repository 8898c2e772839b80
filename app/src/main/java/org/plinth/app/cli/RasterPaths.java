package org.plinth.app.cli;

import java.nio.file.Path;
import java.util.Arrays;
import org.plinth.raster.io.GeoTiffWriteOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code DEM OUT [--compress C]} of the {@code plinth raster} commands that read a DEM and write one
 * raster (slope, aspect, hillshade, viewshed, visibility); a mixin, so that they name, check and
 * write their files alike.
 */
public final class RasterPaths {
    /** Help text of OUT, also for {@code plinth raster distance}, whose first parameter is not a DEM. */
    static final String OUT_HELP =
            "Output GeoTIFF; written to a temporary file beside it and moved into place when complete.";

    @Parameters(index = "0", paramLabel = "DEM", description = "Elevation raster in metres: GeoTIFF, ESRI ASCII grid, "
            + "SRTM .hgt (also zipped, .hgt.zip) or a GDAL VRT joining such tiles (gdalbuildvrt).")
    Path dem;

    @Parameters(index = "1", paramLabel = "OUT", description = OUT_HELP)
    Path out;

    @Option(names = {"-b", "--band"}, paramLabel = "N", converter = BandNumberConverter.class, description = "Band of the DEM to read, numbered from 1 "
            + "(gdaldem -b; default: ${DEFAULT-VALUE}).")
    int band = 1;

    @Mixin
    OutputCompression compression;

    GeoTiffWriteOptions writeOptions() {
        return compression.writeOptions();
    }

    /**
     * Fails before any work when OUT cannot be written or would replace the DEM or one of
     * {@code otherInputs}.
     */
    void checkOutput(Path... otherInputs) {
        Path[] inputs = Arrays.copyOf(otherInputs, otherInputs.length + 1);
        inputs[otherInputs.length] = dem;
        DemArgument.requireOutputFolder(out, inputs);
    }
}
