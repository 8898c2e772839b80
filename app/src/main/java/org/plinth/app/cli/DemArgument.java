package org.plinth.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.InvalidInputException;
import org.plinth.raster.Monitor;
import org.plinth.raster.io.RasterFiles;

/** Checks shared by commands that read a DEM and write one output raster. */
final class DemArgument {
    private DemArgument() {
    }

    /** Reads the DEM's first band and refuses a DEM without a CRS, naming {@code purpose}. */
    static FloatGrid read(Path dem, String purpose, Monitor monitor) {
        FloatGrid grid = RasterFiles.read(dem, monitor).grid();
        requireCrs(dem, grid.geometry(), purpose);
        return grid;
    }

    /**
     * The DEM's grid from its header (no cells read for GeoTIFF); refuses a DEM without a CRS, naming
     * {@code purpose}.
     */
    static GridGeometry header(Path dem, String purpose) {
        GridGeometry g = RasterFiles.header(dem).geometry();
        requireCrs(dem, g, purpose);
        return g;
    }

    private static void requireCrs(Path dem, GridGeometry g, String purpose) {
        if (!g.crs().isKnown()) {
            throw new InvalidInputException(dem + " has no CRS; " + purpose
                    + " needs one to measure distances and earth curvature");
        }
    }

    /** Fails before any work when the output's folder does not exist. */
    static void requireOutputFolder(Path out) {
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InvalidInputException("output folder " + folder + " does not exist");
        }
    }
}
