package org.plinth.raster.io;

import java.util.Objects;
import java.util.Optional;
import org.plinth.raster.FloatGrid;

/**
 * A raster band as {@code plinth raster info} shows it (see {@link RasterFiles#describe}).
 *
 * @param header what the file says about the band; for a file without georeferencing its transform
 *     is GDAL's default (origin (0, 0), cells 1 × 1, y growing with the row: cell coordinates)
 * @param georeferenced false for a GeoTIFF without georeferencing, which the kernels refuse
 * @param cells the band's cells when they were asked for
 */
public record RasterDescription(RasterHeader header, boolean georeferenced, Optional<FloatGrid> cells) {
    public RasterDescription {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(cells, "cells");
    }
}
