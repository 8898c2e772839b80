package org.plinth.raster;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * A single-band grid of unsigned bytes (0–255), row-major with row 0 at the north; for masks,
 * classes and visibility. NoData is an optional value in 0–255.
 */
public final class ByteGrid {
    private final GridGeometry geometry;
    private final byte[] data;
    private final Integer noData;

    public ByteGrid(GridGeometry geometry, byte[] data, Integer noData) {
        this.geometry = Objects.requireNonNull(geometry, "geometry");
        this.data = Objects.requireNonNull(data, "data");
        if (data.length != geometry.cellCount()) {
            throw new IllegalArgumentException("data length " + data.length + " does not match grid "
                    + geometry.cols() + " x " + geometry.rows());
        }
        if (noData != null && (noData < 0 || noData > 255)) {
            throw new IllegalArgumentException("byte NoData must be in 0..255, was " + noData);
        }
        this.noData = noData;
    }

    public static ByteGrid zeros(GridGeometry geometry, Integer noData) {
        return new ByteGrid(geometry, new byte[geometry.cellCount()], noData);
    }

    public GridGeometry geometry() {
        return geometry;
    }

    public int cols() {
        return geometry.cols();
    }

    public int rows() {
        return geometry.rows();
    }

    public byte[] data() {
        return data;
    }

    public Integer noData() {
        return noData;
    }

    /** Unsigned value at a cell. */
    public int get(int col, int row) {
        return data[row * geometry.cols() + col] & 0xFF;
    }

    public void set(int col, int row, int value) {
        data[row * geometry.cols() + col] = (byte) value;
    }

    /**
     * How many cells hold {@code value} (0–255). Counts eight cells per step: each word's bytes are
     * XORed with the value, and a byte is zero exactly when its high bit stays clear after
     * {@code ((x & 0x7F…) + 0x7F…) | x}; blocks of the grid are counted in parallel. Fast from the first
     * call, before the JIT has compiled anything, because the inner loop is short and runs 1/8 as
     * often as a loop over the cells.
     */
    public long count(int value) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException("byte value must be in 0..255, was " + value);
        }
        int blocks = Math.max(1, Math.min(64, data.length >> 16));
        return IntStream.range(0, blocks).parallel()
                .mapToLong(b -> countIn(value, (int) ((long) data.length * b / blocks) & ~7,
                        b + 1 == blocks ? data.length : (int) ((long) data.length * (b + 1) / blocks) & ~7))
                .sum();
    }

    private long countIn(int value, int from, int to) {
        final long ones = 0x0101_0101_0101_0101L;
        final long low7 = 0x7F7F_7F7F_7F7F_7F7FL;
        long pattern = (value & 0xFF) * ones;
        long[] words = new long[Math.min(4096, (to - from) >> 3)];
        LongBuffer view = ByteBuffer.wrap(data, from, to - from)
                .slice().order(ByteOrder.LITTLE_ENDIAN).asLongBuffer();
        long n = 0;
        while (view.remaining() > 0) {
            int len = Math.min(words.length, view.remaining());
            view.get(words, 0, len);
            long nonZero = 0;
            for (int i = 0; i < len; i++) {
                long x = words[i] ^ pattern;
                nonZero += Long.bitCount((((x & low7) + low7) | x) & ~low7);
            }
            n += 8L * len - nonZero;
        }
        for (int i = from + ((to - from) & ~7); i < to; i++) {
            n += (data[i] & 0xFF) == value ? 1 : 0;
        }
        return n;
    }

    /** The grid as floats, NoData cells as NaN. */
    public FloatGrid toFloat() {
        float[] f = new float[data.length];
        for (int i = 0; i < f.length; i++) {
            int v = data[i] & 0xFF;
            f[i] = (noData != null && v == noData) ? Float.NaN : v;
        }
        return new FloatGrid(geometry, f, null);
    }
}
