package org.plinth.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.InvalidInputException;
import org.plinth.raster.Monitor;
import org.plinth.raster.io.RasterFiles;
import org.plinth.siting.BadInputException;
import org.plinth.siting.layers.Reprojection;
import org.plinth.siting.layers.VectorLayer;

/** Checks shared by commands that read a DEM and write one output raster. */
final class DemArgument {
    private DemArgument() {
    }

    /** Reads the DEM's band {@code band} and refuses a DEM without a CRS, naming {@code purpose}. */
    static FloatGrid read(Path dem, int band, String purpose, Monitor monitor) {
        FloatGrid grid = RasterFiles.read(dem, band, null, monitor).grid();
        requireCrs(dem, grid.geometry(), purpose);
        return grid;
    }

    /**
     * The DEM's grid from its header (no cells read for GeoTIFF); refuses a DEM without a CRS, naming
     * {@code purpose}.
     */
    static GridGeometry header(Path dem, int band, String purpose) {
        GridGeometry g = RasterFiles.header(dem, band).geometry();
        requireCrs(dem, g, purpose);
        return g;
    }

    private static void requireCrs(Path dem, GridGeometry g, String purpose) {
        if (!g.crs().isKnown()) {
            throw new InvalidInputException(dem + " has no CRS; " + purpose
                    + " needs one to measure distances and earth curvature");
        }
        try {
            g.crs().requireMetricUnits(purpose);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(dem + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs a kernel on the DEM's cells, prefixing the DEM's file name to its bad-input messages (an
     * observer outside the DEM, on NoData, ...), which the kernel, knowing no files, cannot name.
     */
    static <T> T about(Path dem, java.util.function.Supplier<T> kernel) {
        try {
            return kernel.get();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(dem + ": " + e.getMessage(), e);
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false; // an unreadable path is reported by the read or the write that follows
        }
    }

    /**
     * Features in another CRS are reprojected onto the raster's (see {@link Reprojection#between}); a
     * raster without a CRS, or with one plinth cannot transform into, cannot take them, which is the
     * raster's fault, so say which file and what to do.
     */
    static void requireReprojectable(VectorLayer layer, GridGeometry grid, Path raster) {
        if (layer.crs().equals(grid.crs())) {
            return;
        }
        if (!grid.crs().isKnown()) {
            throw new InvalidInputException(raster + " has no CRS, so the features of " + layer.source()
                    + " cannot be placed on its grid; assign one with gdal_translate -a_srs EPSG:<code>");
        }
        try {
            Reprojection.between(layer.crs(), grid.crs());
        } catch (BadInputException e) {
            throw new InvalidInputException(raster + ": its CRS has no EPSG code and is not one plinth can transform"
                    + " into (geographic, or Transverse Mercator in metres), so the features of " + layer.source()
                    + " cannot be reprojected onto its grid; assign one with gdal_translate -a_srs EPSG:<code>", e);
        }
    }

    /**
     * Fails before any work when the output's folder does not exist or cannot be written in, the
     * output is a folder, or it is one of the inputs (the atomic write would replace the user's input
     * with the result).
     */
    static void requireOutputFolder(Path out, Path... inputs) {
        for (Path in : inputs) {
            if (sameFile(out, in)) {
                throw new InvalidInputException("the output " + out + " is the input " + in
                        + "; writing it would replace the input, so name another output file");
            }
            // a VRT's tiles are inputs too
            for (Path tile : RasterFiles.sourcesOf(in)) {
                if (sameFile(out, tile)) {
                    throw new InvalidInputException("the output " + out + " is " + tile + ", a tile of the input "
                            + in + "; writing it would replace the tile, so name another output file");
                }
            }
        }
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InvalidInputException("output folder " + folder + " does not exist");
        }
        if (Files.isDirectory(out)) {
            throw new InvalidInputException("the output " + out + " is a folder, not a file name");
        }
        if (!Files.isWritable(folder)) {
            throw new InvalidInputException("cannot write " + out + ": permission denied on the folder " + folder);
        }
    }
}
