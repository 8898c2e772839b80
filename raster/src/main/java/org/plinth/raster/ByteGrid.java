package org.plinth.raster;

import java.util.Objects;

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

    /** How many cells hold {@code value} (0–255). */
    public long count(int value) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException("byte value must be in 0..255, was " + value);
        }
        long n = 0;
        for (byte b : data) {
            n += (b & 0xFF) == value ? 1 : 0;
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
