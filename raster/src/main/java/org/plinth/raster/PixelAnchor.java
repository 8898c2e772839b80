package org.plinth.raster;

/**
 * Which point of a cell a coordinate refers to. GeoTIFF's PixelIsArea maps to {@link #CORNER} (the
 * transform origin is the outer corner of the top-left cell), PixelIsPoint to {@link #CENTER}; SRTM
 * {@code .hgt} posts are {@link #CENTER}. plinth's {@link GeoTransform} is always corner-anchored;
 * readers convert.
 */
public enum PixelAnchor {
    CORNER,
    CENTER
}
