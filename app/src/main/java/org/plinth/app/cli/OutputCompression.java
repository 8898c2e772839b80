package org.plinth.app.cli;

import org.plinth.raster.io.Compression;
import org.plinth.raster.io.GeoTiffWriteOptions;
import picocli.CommandLine.Option;

/** {@code --compress} for the output GeoTIFF of the {@code plinth raster} commands; a mixin. */
public final class OutputCompression {
    @Option(names = "--compress", paramLabel = "none|deflate|lzw", converter = CompressionConverter.class,
            description = "Output compression (default: none, as GDAL writes; DEFLATE makes files smaller but "
                    + "writing slower).")
    Compression compress = Compression.NONE;

    GeoTiffWriteOptions writeOptions() {
        return GeoTiffWriteOptions.defaults().withCompression(compress);
    }
}
