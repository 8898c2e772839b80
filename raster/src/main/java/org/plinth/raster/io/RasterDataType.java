package org.plinth.raster.io;

/**
 * The sample type a raster file stores, named as GDAL names it. Readers convert every type to float;
 * {@link #isExactInFloat()} says whether that conversion can lose precision.
 */
public enum RasterDataType {
    BYTE("Byte", 1, false, false),
    INT8("Int8", 1, true, false),
    UINT16("UInt16", 2, false, false),
    INT16("Int16", 2, true, false),
    UINT32("UInt32", 4, false, false),
    INT32("Int32", 4, true, false),
    FLOAT32("Float32", 4, true, true),
    FLOAT64("Float64", 8, true, true);

    private final String gdalName;
    private final int bytes;
    private final boolean signed;
    private final boolean floating;

    RasterDataType(String gdalName, int bytes, boolean signed, boolean floating) {
        this.gdalName = gdalName;
        this.bytes = bytes;
        this.signed = signed;
        this.floating = floating;
    }

    /** GDAL's name for the type ({@code Float32}, {@code Int16}, ...). */
    public String gdalName() {
        return gdalName;
    }

    /** Bytes per sample. */
    public int bytes() {
        return bytes;
    }

    public boolean isFloatingPoint() {
        return floating;
    }

    public boolean isSigned() {
        return signed;
    }

    /**
     * True when every value of this type converts to a 32-bit float exactly. False for Int32 and
     * UInt32 (integers above 2^24 in magnitude are rounded to 24 significant bits) and for Float64
     * (rounded to float precision, and values beyond ±3.4e38 become infinite).
     */
    public boolean isExactInFloat() {
        return this != INT32 && this != UINT32 && this != FLOAT64;
    }

    /** The smallest value the type holds (for floating-point types, the most negative finite one). */
    public double minValue() {
        return switch (this) {
            case BYTE, UINT16, UINT32 -> 0;
            case INT8 -> -128;
            case INT16 -> -32768;
            case INT32 -> Integer.MIN_VALUE;
            case FLOAT32 -> -Float.MAX_VALUE;
            case FLOAT64 -> -Double.MAX_VALUE;
        };
    }

    /** The largest value the type holds (for floating-point types, the largest finite one). */
    public double maxValue() {
        return switch (this) {
            case BYTE -> 255;
            case INT8 -> 127;
            case UINT16 -> 65535;
            case INT16 -> 32767;
            case UINT32 -> 4294967295.0;
            case INT32 -> Integer.MAX_VALUE;
            case FLOAT32 -> Float.MAX_VALUE;
            case FLOAT64 -> Double.MAX_VALUE;
        };
    }

    /** TIFF SampleFormat value: 1 unsigned integer, 2 signed integer, 3 IEEE float. */
    int sampleFormat() {
        return floating ? 3 : signed ? 2 : 1;
    }

    /** The type for a TIFF SampleFormat and BitsPerSample, or null when plinth does not read it. */
    static RasterDataType of(int sampleFormat, int bits) {
        for (RasterDataType t : values()) {
            if (t.sampleFormat() == sampleFormat && t.bytes * 8 == bits) {
                return t;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return gdalName;
    }
}
