package org.plinth.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.InvalidInputException;
import org.plinth.raster.Monitor;
import org.plinth.raster.io.Compression;
import org.plinth.raster.io.GeoTiffWriteOptions;
import org.plinth.raster.io.RasterFiles;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The DEM and output paths and the unit/edge options shared by the terrain commands; a mixin. */
public final class DemInOut {
    @Parameters(index = "0", paramLabel = "DEM", description = "Elevation raster (GeoTIFF, ESRI ASCII grid or SRTM .hgt).")
    Path dem;

    @Parameters(index = "1", paramLabel = "OUT", description = "Output GeoTIFF (replaced if it exists).")
    Path out;

    @Option(names = "--scale", paramLabel = "S",
            description = "Vertical units per horizontal unit, as gdaldem -s: cell sizes are multiplied by S and "
                    + "the CRS is not consulted (e.g. 111120 for a DEM in degrees, to reproduce gdaldem). "
                    + "Default: metres from the CRS; for a geographic DEM, per row from its latitude on the "
                    + "CRS's ellipsoid.")
    Double scale;

    @Option(names = "--no-edges", description = "Write NoData on the one-cell border and next to NoData cells "
            + "(gdaldem without -compute_edges). Default: fill them as gdaldem -compute_edges.")
    boolean noEdges;

    @Option(names = "--compress", paramLabel = "none|deflate|lzw", converter = CompressionConverter.class,
            description = "Output compression (default: none, as gdaldem; DEFLATE makes files smaller but "
                    + "writing several times slower).")
    Compression compress = Compression.NONE;

    GeoTiffWriteOptions writeOptions() {
        return GeoTiffWriteOptions.defaults().withCompression(compress);
    }

    OptionalDouble scale() {
        return scale == null ? OptionalDouble.empty() : OptionalDouble.of(scale);
    }

    /** Checks the output location before any work, so bad input fails fast and writes nothing. */
    void checkOutput() {
        Path parent = out.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new InvalidInputException("the output folder " + parent + " does not exist");
        }
        DemArgument.requireOutputFolder(out, dem);
        if (Files.isDirectory(out)) {
            throw new InvalidInputException("the output " + out + " is a folder, not a file name");
        }
    }

    /**
     * Reads the DEM; refuses one without CRS when its horizontal units matter and no --scale gives them.
     */
    FloatGrid read(boolean unitsMatter, Monitor monitor) {
        FloatGrid grid = RasterFiles.read(dem, monitor).grid();
        if (unitsMatter && scale == null && !grid.geometry().crs().isKnown()) {
            throw new InvalidInputException(dem.getFileName() + " has no CRS, so its horizontal units are unknown; "
                    + "give --scale (metres per horizontal unit: 1 for metres, 111120 for degrees)");
        }
        return grid;
    }
}
