package org.plinth.raster;

import java.nio.file.Path;
import org.plinth.raster.io.RasterFiles;

/** Reads the test DEMs and peer references from src/test/resources/dems. */
public final class TestRasters {
    public static final Path DEMS = Path.of("src/test/resources/dems");

    private TestRasters() {
    }

    /** The grid of a raster file under the test DEM folder, with the CRS and NoData the file declares. */
    public static FloatGrid read(String relative) {
        return RasterFiles.read(DEMS.resolve(relative)).grid();
    }
}
