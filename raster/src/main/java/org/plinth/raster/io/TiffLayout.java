package org.plinth.raster.io;

import java.nio.ByteOrder;
import org.plinth.raster.InvalidInputException;

/**
 * How one band of a TIFF image is stored: size, sample type, compression, predictor and the strips
 * or tiles ("chunks") that hold it. Built from a directory with every check that can fail on a bad
 * file, so decoding can trust it.
 *
 * <p>Chunks of the band are numbered 0.. as TIFF numbers them within a plane: tiles left to right
 * then top to bottom, strips top to bottom. With PlanarConfiguration 2 (one plane per band) band
 * {@code b} is plane {@code b}, whose chunks follow those of the planes before it in the file's
 * offset table; with PlanarConfiguration 1 all bands share the chunks, pixel-interleaved, and the band
 * is the {@link #sampleOffset()}-th sample of each pixel.
 *
 * @param band the band read, 0-based
 */
record TiffLayout(String name, int width, int height, RasterDataType type, int samplesPerPixel,
                  boolean planar, Compression compression, int predictor, boolean tiled,
                  int chunkWidth, int chunkHeight, long[] offsets, long[] byteCounts, boolean littleEndian,
                  int band) {

    /**
     * The layout of band {@code bandNumber} (1-based, as GDAL numbers bands).
     *
     * @throws InvalidInputException when the image has no such band
     */
    static TiffLayout of(TiffDirectory dir, int bandNumber) {
        String name = dir.name();
        long width = dir.requiredLong(TiffTag.IMAGE_WIDTH);
        long height = dir.requiredLong(TiffTag.IMAGE_LENGTH);
        if (width <= 0 || height <= 0 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
            throw new InvalidInputException(name + ": invalid image size " + width + " x " + height);
        }
        int spp = (int) dir.longValue(TiffTag.SAMPLES_PER_PIXEL, 1);
        if (spp < 1 || spp > 65535) {
            throw new InvalidInputException(name + ": invalid SamplesPerPixel " + spp);
        }
        if (bandNumber < 1 || bandNumber > spp) {
            throw RasterFiles.noSuchBand(name, bandNumber, spp);
        }
        RasterDataType type = sampleType(dir, name);
        Compression compression = compression(dir, name);
        int predictor = predictor(dir, name, type, compression);
        long planarCode = dir.longValue(TiffTag.PLANAR_CONFIGURATION, 1);
        if (planarCode != 1 && planarCode != 2) {
            throw new InvalidInputException(name + ": invalid PlanarConfiguration " + planarCode);
        }
        boolean planar = planarCode == 2 && spp > 1;
        boolean tiled = dir.has(TiffTag.TILE_WIDTH) || dir.has(TiffTag.TILE_OFFSETS);
        long chunkWidth;
        long chunkHeight;
        long[] offsets;
        long[] counts;
        if (tiled) {
            chunkWidth = dir.requiredLong(TiffTag.TILE_WIDTH);
            chunkHeight = dir.requiredLong(TiffTag.TILE_LENGTH);
            offsets = dir.requiredLongs(TiffTag.TILE_OFFSETS);
            counts = dir.requiredLongs(TiffTag.TILE_BYTE_COUNTS);
        } else {
            chunkWidth = width;
            chunkHeight = Math.min(dir.longValue(TiffTag.ROWS_PER_STRIP, height), height);
            offsets = dir.requiredLongs(TiffTag.STRIP_OFFSETS);
            counts = dir.requiredLongs(TiffTag.STRIP_BYTE_COUNTS);
        }
        String what = tiled ? "tile" : "strip";
        if (chunkWidth <= 0 || chunkHeight <= 0 || chunkWidth * chunkHeight * spp * type.bytes() > (1 << 30)) {
            throw new InvalidInputException(name + ": invalid " + what + " size " + chunkWidth + " x " + chunkHeight);
        }
        long across = (width + chunkWidth - 1) / chunkWidth;
        long down = (height + chunkHeight - 1) / chunkHeight;
        long needed = across * down * (planar ? spp : 1);
        if (offsets.length < needed || counts.length < needed) {
            throw new InvalidInputException(name + ": corrupt TIFF directory (" + offsets.length + " " + what
                    + " offsets and " + counts.length + " byte counts for " + needed + " " + what + "s)");
        }
        return new TiffLayout(name, (int) width, (int) height, type, spp, planar, compression, predictor, tiled,
                (int) chunkWidth, (int) chunkHeight, offsets, counts,
                dir.byteOrder() == ByteOrder.LITTLE_ENDIAN, bandNumber - 1);
    }

    private static RasterDataType sampleType(TiffDirectory dir, String name) {
        long[] bits = dir.longs(TiffTag.BITS_PER_SAMPLE);
        long[] formats = dir.longs(TiffTag.SAMPLE_FORMAT);
        int b = bits == null ? 1 : (int) bits[0];
        int f = formats == null ? 1 : (int) formats[0];
        for (long x : bits == null ? new long[0] : bits) {
            if (x != b) {
                throw new InvalidInputException(name + ": bands of different bit depths are not supported");
            }
        }
        RasterDataType t = RasterDataType.of(f, b);
        if (t != null) {
            return t;
        }
        String format = switch (f) {
            case 1 -> "unsigned integer";
            case 2 -> "signed integer";
            case 3 -> "floating point";
            case 4 -> "undefined";
            case 5 -> "complex integer";
            case 6 -> "complex floating point";
            default -> null;
        };
        if (format == null || f > 3) {
            throw new InvalidInputException(name + ": unsupported sample format " + f
                    + (format == null ? "" : " (" + format + ")"));
        }
        throw new InvalidInputException(name + ": unsupported " + b + " bits per sample for " + format
                + " data");
    }

    private static Compression compression(TiffDirectory dir, String name) {
        int code = (int) dir.longValue(TiffTag.COMPRESSION, 1);
        Compression c = Compression.ofCode(code);
        if (c == null) {
            throw new InvalidInputException(name + ": unsupported compression " + code + " ("
                    + Compression.describe(code) + ")");
        }
        return c;
    }

    private static int predictor(TiffDirectory dir, String name, RasterDataType type, Compression compression) {
        int p = (int) dir.longValue(TiffTag.PREDICTOR, Predictor.NONE);
        if (p == Predictor.NONE || compression == Compression.NONE || compression == Compression.PACKBITS) {
            return Predictor.NONE;
        }
        if (p == Predictor.HORIZONTAL) {
            return p;
        }
        if (p == Predictor.FLOATING_POINT) {
            if (!type.isFloatingPoint()) {
                throw new InvalidInputException(name + ": floating-point predictor (3) on " + type
                        + " samples is not valid");
            }
            return p;
        }
        throw new InvalidInputException(name + ": unsupported predictor " + p);
    }

    /** Chunks per band. */
    int chunksPerPlane() {
        return chunksAcross() * chunksDown();
    }

    int chunksAcross() {
        return (width + chunkWidth - 1) / chunkWidth;
    }

    int chunksDown() {
        return (height + chunkHeight - 1) / chunkHeight;
    }

    /** Samples stored per pixel within one chunk: 1 for planar files, else samples per pixel. */
    int chunkSamplesPerPixel() {
        return planar ? 1 : samplesPerPixel;
    }

    /** Which of a pixel's samples within a chunk is the band's: 0 for planar files, else the band. */
    int sampleOffset() {
        return planar ? 0 : band;
    }

    /** The file's index of the band's chunk {@code i}: chunks of earlier planes come first. */
    int fileChunk(int i) {
        return planar ? band * chunksPerPlane() + i : i;
    }

    String chunkKind() {
        return tiled ? "tile" : "strip";
    }
}
