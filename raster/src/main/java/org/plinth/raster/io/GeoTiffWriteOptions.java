package org.plinth.raster.io;

/**
 * How {@link GeoTiffWriter} encodes a grid. Defaults ({@link #defaults()}): DEFLATE at zlib level 1,
 * the predictor chosen per sample type (3 for Float32, 2 for integers), 256 x 256 tiles, the grid's
 * natural sample type, BigTIFF only when the file could exceed 4 GiB.
 *
 * <p>Why these defaults, measured on a 10000 x 10000 Float32 DEM (400 MB raw; CPU seconds to encode
 * on this project's 2-core machine; size): predictor 3 level 1: 4.2 s, 221 MB; predictor 3 level 6:
 * 8.4 s, 210 MB; predictor 2 level 1: 6.1 s, 259 MB; predictor 2 level 6: 40 s (zlib's lazy matching
 * on noisy low-order bytes), 259 MB. GDAL 3.6 with {@code COMPRESS=DEFLATE PREDICTOR=3} (libdeflate,
 * level 6) writes 220 MB. So the floating-point predictor wins on both speed and size, and level 1
 * reaches GDAL's size at the lowest cost; ask for a higher level when size matters more than time.
 *
 * @param compression NONE, DEFLATE, LZW or PACKBITS
 * @param predictor 1 (none), 2 (horizontal differencing) or 3 (floating point, Float32 only); 0 picks
 *     the default: 3 for Float32, 2 for integer types
 * @param deflateLevel zlib level 1 (fastest) to 9 (smallest)
 * @param tileSize tile width and height in cells, a multiple of 16
 * @param dataType sample type to store a {@link org.plinth.raster.FloatGrid} as: FLOAT32, or INT16 /
 *     UINT16 / BYTE for integer rasters such as counts (values are rounded; NaN and NoData cells get the
 *     NoData value, which must then be set); null keeps the natural type. Ignored for byte grids.
 * @param bigTiff true to write BigTIFF even when a classic TIFF would do
 */
public record GeoTiffWriteOptions(Compression compression, int predictor, int deflateLevel, int tileSize,
                                  RasterDataType dataType, boolean bigTiff) {

    public GeoTiffWriteOptions {
        if (compression == null) {
            throw new IllegalArgumentException("compression must be given (NONE for none)");
        }
        if (predictor < 0 || predictor > 3) {
            throw new IllegalArgumentException("predictor must be 0 (default), 1, 2 or 3, was " + predictor);
        }
        if (deflateLevel < 1 || deflateLevel > 9) {
            throw new IllegalArgumentException("DEFLATE level must be in 1..9, was " + deflateLevel);
        }
        if (tileSize < 16 || tileSize % 16 != 0 || tileSize > 4096) {
            throw new IllegalArgumentException("tile size must be a multiple of 16 in 16..4096, was " + tileSize);
        }
        if (dataType != null && dataType != RasterDataType.FLOAT32 && dataType != RasterDataType.INT16
                && dataType != RasterDataType.UINT16 && dataType != RasterDataType.BYTE) {
            throw new IllegalArgumentException("data type must be Float32, Int16, UInt16 or Byte, was " + dataType);
        }
    }

    public static GeoTiffWriteOptions defaults() {
        return new GeoTiffWriteOptions(Compression.DEFLATE, 0, 1, 256, null, false);
    }

    public GeoTiffWriteOptions withCompression(Compression c) {
        return new GeoTiffWriteOptions(c, predictor, deflateLevel, tileSize, dataType, bigTiff);
    }

    public GeoTiffWriteOptions withPredictor(int p) {
        return new GeoTiffWriteOptions(compression, p, deflateLevel, tileSize, dataType, bigTiff);
    }

    public GeoTiffWriteOptions withDeflateLevel(int level) {
        return new GeoTiffWriteOptions(compression, predictor, level, tileSize, dataType, bigTiff);
    }

    public GeoTiffWriteOptions withTileSize(int size) {
        return new GeoTiffWriteOptions(compression, predictor, deflateLevel, size, dataType, bigTiff);
    }

    public GeoTiffWriteOptions withDataType(RasterDataType type) {
        return new GeoTiffWriteOptions(compression, predictor, deflateLevel, tileSize, type, bigTiff);
    }

    public GeoTiffWriteOptions withBigTiff(boolean big) {
        return new GeoTiffWriteOptions(compression, predictor, deflateLevel, tileSize, dataType, big);
    }

    /** The predictor actually written for a sample type. */
    int predictorFor(RasterDataType type) {
        if (compression == Compression.NONE || compression == Compression.PACKBITS) {
            return Predictor.NONE;
        }
        if (predictor == Predictor.FLOATING_POINT && !type.isFloatingPoint()) {
            throw new IllegalArgumentException("predictor 3 (floating point) needs Float32 samples, not " + type);
        }
        if (predictor == 0) {
            return type.isFloatingPoint() ? Predictor.FLOATING_POINT : Predictor.HORIZONTAL;
        }
        return predictor;
    }
}
