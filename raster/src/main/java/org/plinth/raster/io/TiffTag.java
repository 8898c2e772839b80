package org.plinth.raster.io;

/** The TIFF 6.0, GeoTIFF 1.0 and GDAL tag numbers plinth reads and writes. */
final class TiffTag {
    static final int NEW_SUBFILE_TYPE = 254;
    static final int IMAGE_WIDTH = 256;
    static final int IMAGE_LENGTH = 257;
    static final int BITS_PER_SAMPLE = 258;
    static final int COMPRESSION = 259;
    static final int PHOTOMETRIC = 262;
    static final int STRIP_OFFSETS = 273;
    static final int SAMPLES_PER_PIXEL = 277;
    static final int ROWS_PER_STRIP = 278;
    static final int STRIP_BYTE_COUNTS = 279;
    static final int PLANAR_CONFIGURATION = 284;
    static final int PREDICTOR = 317;
    static final int TILE_WIDTH = 322;
    static final int TILE_LENGTH = 323;
    static final int TILE_OFFSETS = 324;
    static final int TILE_BYTE_COUNTS = 325;
    static final int SAMPLE_FORMAT = 339;
    static final int MODEL_PIXEL_SCALE = 33550;
    static final int MODEL_TIEPOINT = 33922;
    static final int MODEL_TRANSFORMATION = 34264;
    static final int GEO_KEY_DIRECTORY = 34735;
    static final int GEO_DOUBLE_PARAMS = 34736;
    static final int GEO_ASCII_PARAMS = 34737;
    static final int GDAL_NODATA = 42113;

    /** Field types (TIFF 6.0 section 2, BigTIFF additions). */
    static final int TYPE_BYTE = 1;
    static final int TYPE_ASCII = 2;
    static final int TYPE_SHORT = 3;
    static final int TYPE_LONG = 4;
    static final int TYPE_RATIONAL = 5;
    static final int TYPE_SBYTE = 6;
    static final int TYPE_UNDEFINED = 7;
    static final int TYPE_SSHORT = 8;
    static final int TYPE_SLONG = 9;
    static final int TYPE_SRATIONAL = 10;
    static final int TYPE_FLOAT = 11;
    static final int TYPE_DOUBLE = 12;
    static final int TYPE_IFD = 13;
    static final int TYPE_LONG8 = 16;
    static final int TYPE_SLONG8 = 17;
    static final int TYPE_IFD8 = 18;

    private TiffTag() {
    }

    /** Size in bytes of one value of a field type, or 0 for an unknown type. */
    static int typeSize(int type) {
        return switch (type) {
            case TYPE_BYTE, TYPE_ASCII, TYPE_SBYTE, TYPE_UNDEFINED -> 1;
            case TYPE_SHORT, TYPE_SSHORT -> 2;
            case TYPE_LONG, TYPE_SLONG, TYPE_FLOAT, TYPE_IFD -> 4;
            case TYPE_RATIONAL, TYPE_SRATIONAL, TYPE_DOUBLE, TYPE_LONG8, TYPE_SLONG8, TYPE_IFD8 -> 8;
            default -> 0;
        };
    }

    /** A readable name for messages. */
    static String name(int tag) {
        return switch (tag) {
            case IMAGE_WIDTH -> "ImageWidth";
            case IMAGE_LENGTH -> "ImageLength";
            case BITS_PER_SAMPLE -> "BitsPerSample";
            case COMPRESSION -> "Compression";
            case STRIP_OFFSETS -> "StripOffsets";
            case ROWS_PER_STRIP -> "RowsPerStrip";
            case STRIP_BYTE_COUNTS -> "StripByteCounts";
            case TILE_WIDTH -> "TileWidth";
            case TILE_LENGTH -> "TileLength";
            case TILE_OFFSETS -> "TileOffsets";
            case TILE_BYTE_COUNTS -> "TileByteCounts";
            case MODEL_PIXEL_SCALE -> "ModelPixelScaleTag";
            case MODEL_TIEPOINT -> "ModelTiepointTag";
            case MODEL_TRANSFORMATION -> "ModelTransformationTag";
            case GEO_KEY_DIRECTORY -> "GeoKeyDirectoryTag";
            default -> "tag " + tag;
        };
    }
}
