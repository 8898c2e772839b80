package org.plinth.raster.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * TIFF predictors, applied per row of a strip or tile before compression. Horizontal differencing
 * (predictor 2) stores each sample as the difference from the same sample of the pixel to its left,
 * in integer arithmetic modulo the sample size, on the sample values in the file's byte order (libtiff
 * also applies it to 32- and 64-bit floats, on their bit patterns). The floating-point predictor (3,
 * Adobe Technical Note 3) splits each row of {@code n} values of {@code b} bytes into {@code b}
 * planes, most significant byte first whatever the file's byte order, then byte-differences the row.
 *
 * <p>Samples are accessed through byte-array views ({@link VarHandle}), which the JIT turns into
 * plain (byte-swapping where needed) loads and stores; running sums stay in locals.
 */
final class Predictor {
    static final int NONE = 1;
    static final int HORIZONTAL = 2;
    static final int FLOATING_POINT = 3;

    private static final VarHandle LE16 = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle BE16 = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LE32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle BE32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LE64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle BE64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

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
            for (int s = 0; s < stride; s++) {
                int first = row + s * bytes;
                int end = row + rowSamples * bytes;
                int step = stride * bytes;
                switch (bytes) {
                    case 1 -> accumulate8(b, first, end, step);
                    case 2 -> accumulate16(b, first, end, step, little ? LE16 : BE16);
                    case 4 -> accumulate32(b, first, end, step, little ? LE32 : BE32);
                    default -> accumulate64(b, first, end, step, little ? LE64 : BE64);
                }
            }
        }
    }

    private static void accumulate8(byte[] b, int first, int end, int step) {
        byte acc = b[first];
        for (int i = first + step; i < end; i += step) {
            acc += b[i];
            b[i] = acc;
        }
    }

    private static void accumulate16(byte[] b, int first, int end, int step, VarHandle h) {
        short acc = (short) h.get(b, first);
        for (int i = first + step; i < end; i += step) {
            acc += (short) h.get(b, i);
            h.set(b, i, acc);
        }
    }

    private static void accumulate32(byte[] b, int first, int end, int step, VarHandle h) {
        int acc = (int) h.get(b, first);
        for (int i = first + step; i < end; i += step) {
            acc += (int) h.get(b, i);
            h.set(b, i, acc);
        }
    }

    private static void accumulate64(byte[] b, int first, int end, int step, VarHandle h) {
        long acc = (long) h.get(b, first);
        for (int i = first + step; i < end; i += step) {
            acc += (long) h.get(b, i);
            h.set(b, i, acc);
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
                    case 2 -> {
                        VarHandle h = little ? LE16 : BE16;
                        h.set(b, at, (short) ((short) h.get(b, at) - (short) h.get(b, prev)));
                    }
                    case 4 -> {
                        VarHandle h = little ? LE32 : BE32;
                        h.set(b, at, (int) h.get(b, at) - (int) h.get(b, prev));
                    }
                    default -> {
                        VarHandle h = little ? LE64 : BE64;
                        h.set(b, at, (long) h.get(b, at) - (long) h.get(b, prev));
                    }
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
            if (stride == 1) {
                byte acc = b[row];
                for (int i = row + 1; i < row + rowBytes; i++) {
                    acc += b[i];
                    b[i] = acc;
                }
            } else {
                for (int i = row + stride; i < row + rowBytes; i++) {
                    b[i] += b[i - stride];
                }
            }
            if (bytes == 4) {
                int p1 = row + rowSamples;
                int p2 = p1 + rowSamples;
                int p3 = p2 + rowSamples;
                for (int i = 0; i < rowSamples; i++) {
                    int v = (b[row + i] & 0xFF) << 24 | (b[p1 + i] & 0xFF) << 16 | (b[p2 + i] & 0xFF) << 8
                            | (b[p3 + i] & 0xFF);
                    BE32.set(tmp, i * 4, v);
                }
            } else {
                for (int i = 0; i < rowSamples; i++) {
                    long v = 0;
                    for (int plane = 0; plane < bytes; plane++) {
                        v = v << 8 | (b[row + plane * rowSamples + i] & 0xFF);
                    }
                    for (int k = bytes - 1; k >= 0; k--) {
                        tmp[i * bytes + k] = (byte) v;
                        v >>>= 8;
                    }
                }
            }
            System.arraycopy(tmp, 0, b, row, rowBytes);
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
            if (bytes == 4) {
                int p1 = row + rowSamples;
                int p2 = p1 + rowSamples;
                int p3 = p2 + rowSamples;
                for (int i = 0; i < rowSamples; i++) {
                    int v = (int) BE32.get(tmp, i * 4);
                    b[row + i] = (byte) (v >>> 24);
                    b[p1 + i] = (byte) (v >>> 16);
                    b[p2 + i] = (byte) (v >>> 8);
                    b[p3 + i] = (byte) v;
                }
            } else {
                for (int plane = 0; plane < bytes; plane++) {
                    int to = row + plane * rowSamples;
                    for (int i = 0; i < rowSamples; i++) {
                        b[to + i] = tmp[i * bytes + plane];
                    }
                }
            }
            for (int i = row + rowBytes - 1; i >= row + stride; i--) {
                b[i] -= b[i - stride];
            }
        }
    }
}
