package org.plinth.siting.output;

import java.nio.file.Path;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.io.GeoTiffWriteOptions;
import org.plinth.raster.io.RasterFiles;

/** Writes a suitability grid as a tiled, DEFLATE-compressed Float32 GeoTIFF with NoData −9999. */
final class SuitabilityTiff {
    static final float NO_DATA = -9999f;

    private SuitabilityTiff() {
    }

    static void write(Path file, FloatGrid suitability) {
        float[] src = suitability.data();
        float[] out = new float[src.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Float.isNaN(src[i]) ? NO_DATA : src[i];
        }
        RasterFiles.write(file, new FloatGrid(suitability.geometry(), out, NO_DATA), GeoTiffWriteOptions.defaults());
    }
}
