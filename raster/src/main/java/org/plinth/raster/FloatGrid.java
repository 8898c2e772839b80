package org.plinth.raster;

import java.util.Arrays;
import java.util.Objects;

/**
 * A single-band grid of 32-bit floats, row-major with row 0 at the north.
 *
 * <p>NoData rule: a cell is NoData when its value is NaN, or equals {@link #noData()} when one is set.
 * Operations treat both alike and write NaN-free outputs only where they say so. The backing array
 * is exposed for kernels ({@link #data()}); callers that share a grid must not mutate it.
 */
public final class FloatGrid {
    private final GridGeometry geometry;
    private final float[] data;
    private final Float noData;

    public FloatGrid(GridGeometry geometry, float[] data, Float noData) {
        this.geometry = Objects.requireNonNull(geometry, "geometry");
        this.data = Objects.requireNonNull(data, "data");
        if (data.length != geometry.cellCount()) {
            throw new IllegalArgumentException("data length " + data.length + " does not match grid "
                    + geometry.cols() + " x " + geometry.rows());
        }
        this.noData = noData;
    }

    /** A grid of the given geometry filled with {@code value}. */
    public static FloatGrid filled(GridGeometry geometry, float value, Float noData) {
        float[] d = new float[geometry.cellCount()];
        Arrays.fill(d, value);
        return new FloatGrid(geometry, d, noData);
    }

    /** A copy of the cells of {@code w} on {@link GridGeometry#subgrid(Window) the window's grid}. */
    public FloatGrid crop(Window w) {
        GridGeometry g = geometry.subgrid(w);
        float[] d = new float[g.cellCount()];
        for (int r = 0; r < w.height(); r++) {
            System.arraycopy(data, (w.rowStart() + r) * geometry.cols() + w.colStart(), d, r * w.width(), w.width());
        }
        return new FloatGrid(g, d, noData);
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

    /** The backing array, row-major. */
    public float[] data() {
        return data;
    }

    /** The NoData value, or null when none is declared (NaN is always NoData). */
    public Float noData() {
        return noData;
    }

    public float get(int col, int row) {
        return data[row * geometry.cols() + col];
    }

    public void set(int col, int row, float value) {
        data[row * geometry.cols() + col] = value;
    }

    /** True when {@code value} is NoData under this grid's rule. */
    public boolean isNoData(float value) {
        return Float.isNaN(value) || (noData != null && value == noData);
    }

    public boolean isNoData(int col, int row) {
        return isNoData(get(col, row));
    }

    /** A copy with NoData cells replaced by NaN and no declared NoData value. */
    public FloatGrid withNaNNoData() {
        float[] d = data.clone();
        if (noData != null && !Float.isNaN(noData)) {
            float nd = noData;
            for (int i = 0; i < d.length; i++) {
                if (d[i] == nd) {
                    d[i] = Float.NaN;
                }
            }
        }
        return new FloatGrid(geometry, d, null);
    }
}
