package org.plinth.raster.io;

/**
 * TIFF predictors, applied per row of a strip or tile before compression. Horizontal differencing
 * (predictor 2) stores each sample as the difference from the sample one pixel to its left, in
 * integer arithmetic modulo the sample size, on the sample values in the file's byte order (libtiff
 * also applies it to 32- and 64-bit floats, on their bit patterns). The floating-point predictor (3,
 * Adobe Technical Note 3) splits each row of {@code n} values of {@code b} bytes into {@code b}
 * planes, most significant byte first whatever the file's byte order, then byte-differences the row.
 */
final class Predictor {
    static final int NONE = 1;
    static final int HORIZONTAL = 2;
    static final int FLOATING_POINT = 3;

    private Predictor() {
    }

    /**
     * Undoes horizontal differencing in place.
     *
     * @param rowSamples samples per row (pixels times samples per pixel)
     * @param stride samples per pixel: each sample differs from the same sample of the previous pixel
     */
    static void undoHorizontal(byte[] b, int rows, int rowSamples, int stride, int bytes, boolean little) {
        for (int r = 0; r < rows; r++) {
            int row = r * rowSamples * bytes;
            switch (bytes) {
                case 1:
                    for (int i = row + stride; i < row + rowSamples; i++) {
                        b[i] += b[i - stride];
                    }
                    break;
                case 2:
                    for (int i = stride; i < rowSamples; i++) {
                        int at = row + i * 2;
                        put16(b, at, get16(b, at, little) + get16(b, at - 2 * stride, little), little);
                    }
                    break;
                case 4:
                    for (int i = stride; i < rowSamples; i++) {
                        int at = row + i * 4;
                        put32(b, at, get32(b, at, little) + get32(b, at - 4 * stride, little), little);
                    }
                    break;
                default:
                    for (int i = stride; i < rowSamples; i++) {
                        int at = row + i * 8;
                        put64(b, at, get64(b, at, little) + get64(b, at - 8 * stride, little), little);
                    }
                    break;
            }
        }
    }

    /** Applies horizontal differencing in place (the inverse of {@link #undoHorizontal}). */
    static void applyHorizontal(byte[] b, int rows, int rowSamples, int stride, int bytes, boolean little) {
        for (int r = 0; r < rows; r++) {
            int row = r * rowSamples * bytes;
            for (int i = rowSamples - 1; i >= stride; i--) {
                int at = row + i * bytes;
                int prev = at - stride * bytes;
                switch (bytes) {
                    case 1 -> b[at] -= b[prev];
                    case 2 -> put16(b, at, get16(b, at, little) - get16(b, prev, little), little);
                    case 4 -> put32(b, at, get32(b, at, little) - get32(b, prev, little), little);
                    default -> put64(b, at, get64(b, at, little) - get64(b, prev, little), little);
                }
            }
        }
    }

    /**
     * Undoes the floating-point predictor in place; afterwards each value's bytes are big-endian
     * (most significant first), whatever the file's byte order.
     */
    static void undoFloatingPoint(byte[] b, int rows, int rowSamples, int stride, int bytes) {
        int rowBytes = rowSamples * bytes;
        byte[] tmp = new byte[rowBytes];
        for (int r = 0; r < rows; r++) {
            int row = r * rowBytes;
            for (int i = row + stride; i < row + rowBytes; i++) {
                b[i] += b[i - stride];
            }
            System.arraycopy(b, row, tmp, 0, rowBytes);
            for (int plane = 0; plane < bytes; plane++) {
                int from = plane * rowSamples;
                for (int i = 0; i < rowSamples; i++) {
                    b[row + i * bytes + plane] = tmp[from + i];
                }
            }
        }
    }

    /**
     * Applies the floating-point predictor in place to rows whose values are stored big-endian;
     * the inverse of {@link #undoFloatingPoint}.
     */
    static void applyFloatingPoint(byte[] b, int rows, int rowSamples, int stride, int bytes) {
        int rowBytes = rowSamples * bytes;
        byte[] tmp = new byte[rowBytes];
        for (int r = 0; r < rows; r++) {
            int row = r * rowBytes;
            System.arraycopy(b, row, tmp, 0, rowBytes);
            for (int plane = 0; plane < bytes; plane++) {
                int to = row + plane * rowSamples;
                for (int i = 0; i < rowSamples; i++) {
                    b[to + i] = tmp[i * bytes + plane];
                }
            }
            for (int i = row + rowBytes - 1; i >= row + stride; i--) {
                b[i] -= b[i - stride];
            }
        }
    }

    private static int get16(byte[] b, int at, boolean little) {
        return little ? (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 : (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }

    private static void put16(byte[] b, int at, int v, boolean little) {
        b[at + (little ? 0 : 1)] = (byte) v;
        b[at + (little ? 1 : 0)] = (byte) (v >>> 8);
    }

    private static int get32(byte[] b, int at, boolean little) {
        int v = 0;
        for (int k = 0; k < 4; k++) {
            v |= (b[at + (little ? k : 3 - k)] & 0xFF) << (8 * k);
        }
        return v;
    }

    private static void put32(byte[] b, int at, int v, boolean little) {
        for (int k = 0; k < 4; k++) {
            b[at + (little ? k : 3 - k)] = (byte) (v >>> (8 * k));
        }
    }

    private static long get64(byte[] b, int at, boolean little) {
        long v = 0;
        for (int k = 0; k < 8; k++) {
            v |= (b[at + (little ? k : 7 - k)] & 0xFFL) << (8 * k);
        }
        return v;
    }

    private static void put64(byte[] b, int at, long v, boolean little) {
        for (int k = 0; k < 8; k++) {
            b[at + (little ? k : 7 - k)] = (byte) (v >>> (8 * k));
        }
    }
}
