package org.plinth.raster.io;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The TIFF compression schemes plinth reads and writes, with their TIFF codes. DEFLATE is the zlib
 * format (RFC 1950) under both codes 8 (Adobe) and 32946 (the older PKZIP code), via
 * {@link java.util.zip}.
 */
public enum Compression {
    NONE(1),
    LZW(5),
    DEFLATE(8),
    PACKBITS(32773);

    private final int code;

    Compression(int code) {
        this.code = code;
    }

    /** The TIFF Compression tag value. */
    public int code() {
        return code;
    }

    /** The scheme for a TIFF code, or null when plinth does not support it. */
    static Compression ofCode(int code) {
        return switch (code) {
            case 1 -> NONE;
            case 5 -> LZW;
            case 8, 32946 -> DEFLATE;
            case 32773 -> PACKBITS;
            default -> null;
        };
    }

    /** Names of common unsupported codes, for messages. */
    static String describe(int code) {
        return switch (code) {
            case 2 -> "CCITT RLE";
            case 3, 4 -> "CCITT fax";
            case 6, 7 -> "JPEG";
            case 34676 -> "SGI LogLuv";
            case 34887 -> "LERC";
            case 34925 -> "LZMA";
            case 50000 -> "ZSTD";
            case 50001 -> "WEBP";
            case 50002 -> "JPEG XL";
            default -> "unknown";
        };
    }

    /**
     * Decompresses {@code in} into {@code out}; returns the number of bytes produced, which is less
     * than {@code out.length} when the data end early.
     *
     * @throws IllegalArgumentException when the data are corrupt
     */
    int decode(byte[] in, byte[] out) {
        return decode(in, in.length, out, out.length);
    }

    /**
     * As {@link #decode(byte[], byte[])} on the first {@code inLength} bytes of {@code in} into the
     * first {@code outLength} bytes of {@code out}, so that callers can reuse larger buffers.
     */
    int decode(byte[] in, int inLength, byte[] out, int outLength) {
        switch (this) {
            case NONE:
                int n = Math.min(inLength, outLength);
                System.arraycopy(in, 0, out, 0, n);
                return n;
            case LZW:
                return Lzw.decode(in, inLength, out, outLength);
            case PACKBITS:
                return PackBits.decode(in, inLength, out, outLength);
            default:
                return inflate(in, inLength, out, outLength);
        }
    }

    private static int inflate(byte[] in, int inLength, byte[] out, int outLength) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(in, 0, inLength);
            int pos = 0;
            while (pos < outLength && !inflater.finished()) {
                int n = inflater.inflate(out, pos, outLength - pos);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                pos += n;
            }
            return pos;
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("corrupt DEFLATE data (" + e.getMessage() + ")", e);
        } finally {
            inflater.end();
        }
    }

    /** Compresses the first {@code length} bytes of {@code in}; {@code level} applies to DEFLATE only. */
    byte[] encode(byte[] in, int length, int level) {
        switch (this) {
            case NONE:
                return Arrays.copyOf(in, length);
            case LZW:
                return Lzw.encode(in, length);
            case PACKBITS:
                return PackBits.encode(in, length);
            default:
                return deflate(in, length, level);
        }
    }

    private static byte[] deflate(byte[] in, int length, int level) {
        Deflater deflater = new Deflater(level);
        try {
            deflater.setInput(in, 0, length);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, length / 2));
            byte[] buf = new byte[Math.max(4096, Math.min(length, 1 << 16))];
            while (!deflater.finished()) {
                int n = deflater.deflate(buf);
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
