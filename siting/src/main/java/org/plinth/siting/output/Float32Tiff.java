package org.plinth.siting.output;

import java.nio.file.Path;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.io.GeoTiffWriteOptions;
import org.plinth.raster.io.RasterFiles;

/**
 * Writes a run's Float32 grids (suitability, spread) as tiled, DEFLATE-compressed GeoTIFFs with NoData
 * −9999 in place of NaN, the value GDAL tools and QGIS show as NoData.
 */
public final class Float32Tiff {
    static final float NO_DATA = -9999f;

    private Float32Tiff() {
    }

    public static void write(Path file, FloatGrid grid) {
        float[] src = grid.data();
        float[] out = new float[src.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Float.isNaN(src[i]) ? NO_DATA : src[i];
        }
        RasterFiles.write(file, new FloatGrid(grid.geometry(), out, NO_DATA), GeoTiffWriteOptions.defaults());
    }
}
