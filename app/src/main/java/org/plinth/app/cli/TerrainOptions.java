package org.plinth.app.cli;

import java.nio.file.Path;
import java.util.OptionalDouble;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.InvalidInputException;
import org.plinth.raster.Monitor;
import org.plinth.raster.io.RasterFiles;
import org.plinth.raster.terrain.Gradient;
import picocli.CommandLine.Option;

/** The unit, gradient and edge options of the terrain commands (slope, aspect, hillshade); a mixin. */
public final class TerrainOptions {
    @Option(names = "--scale", paramLabel = "S",
            description = "Vertical units per horizontal unit, as gdaldem -s: cell sizes are multiplied by S and "
                    + "the CRS is not consulted (e.g. 111120 for a DEM in degrees, to reproduce gdaldem). "
                    + "Default: metres from the CRS; for a geographic DEM, per row from its latitude on the "
                    + "CRS's ellipsoid.")
    Double scale;

    @Option(names = "--alg", paramLabel = "Horn|ZevenbergenThorne", converter = GradientConverter.class,
            description = "How the gradient is estimated, as gdaldem -alg: Horn (default; all eight neighbours) or "
                    + "ZevenbergenThorne (the four edge neighbours; GDAL suggests it for smoother landscapes).")
    Gradient gradient = Gradient.HORN;

    @Option(names = "--no-edges", description = "Write NoData on the one-cell border and next to NoData cells "
            + "(gdaldem without -compute_edges). Default: fill them as gdaldem -compute_edges.")
    boolean noEdges;

    OptionalDouble scale() {
        return scale == null ? OptionalDouble.empty() : OptionalDouble.of(scale);
    }

    /**
     * Reads band {@code band} of the DEM. Without --scale, refuses one without a CRS (even aspect, which needs only the ratio
     * of cell width to height, cannot know it: degrees are not square) and, when {@code unitsMatter},
     * one whose projected coordinates are not metres; then also warns on {@code err} of a CRS that is not
     * true to scale ({@link ScaleWarning}); {@code err} may be null when the units do not matter.
     */
    FloatGrid read(Path dem, int band, boolean unitsMatter, Monitor monitor, java.io.PrintWriter err) {
        FloatGrid grid = RasterFiles.read(dem, band, null, monitor).grid();
        if (scale == null && !grid.geometry().crs().isKnown()) {
            throw new InvalidInputException(dem.getFileName() + " has no CRS, so its horizontal units are unknown; "
                    + "give --scale (metres per horizontal unit: 1 for metres, 111120 for degrees)");
        }
        Crs crs = grid.geometry().crs();
        if (unitsMatter && scale == null && !crs.isGeographic() && crs.metresPerUnit() != 1.0) {
            throw new InvalidInputException(dem.getFileName() + ": its CRS (" + crs + ") has coordinates in "
                    + crs.linearUnit() + ", and plinth measures in metres; give --scale (height units per horizontal"
                    + " unit: " + crs.metresPerUnit() + " when heights are in metres, 1 when they are in "
                    + crs.linearUnit() + " too) or reproject the DEM to a CRS in metres");
        }
        if (unitsMatter && scale == null) {
            ScaleWarning.check(dem, grid.geometry(), err);
        }
        return grid;
    }
}
