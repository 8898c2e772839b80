package org.plinth.raster.distance;

import java.util.function.DoublePredicate;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GridGeometry;

/**
 * Which cells of a grid are targets, background or NoData, as one byte per cell looked up in a
 * 256-entry table. A byte input is used as it is (no copy); a float input is classified once.
 */
final class TargetCells {
    static final byte BACKGROUND = 0;
    static final byte TARGET = 1;
    static final byte NODATA = 2;

    private final GridGeometry geometry;
    private final byte[] data;
    private final byte[] classOf;

    private TargetCells(GridGeometry geometry, byte[] data, byte[] classOf) {
        this.geometry = geometry;
        this.data = data;
        this.classOf = classOf;
    }

    /** Targets are the cells holding one of {@code values}, or any non-zero value when none are given. */
    static TargetCells ofBytes(ByteGrid grid, int[] values) {
        byte[] table = new byte[256];
        if (values == null || values.length == 0) {
            for (int v = 1; v < 256; v++) {
                table[v] = TARGET;
            }
        } else {
            for (int v : values) {
                if (v < 0 || v > 255) {
                    throw new IllegalArgumentException("target value must be in 0..255 for a byte grid, was " + v);
                }
                table[v] = TARGET;
            }
        }
        if (grid.noData() != null) {
            table[grid.noData()] = NODATA;
        }
        return new TargetCells(grid.geometry(), grid.data(), table);
    }

    /** Targets are the non-NoData cells for which {@code isTarget} holds. */
    static TargetCells ofFloats(FloatGrid grid, DoublePredicate isTarget) {
        float[] values = grid.data();
        byte[] classes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            float v = values[i];
            if (grid.isNoData(v)) {
                classes[i] = NODATA;
            } else if (isTarget.test(v)) {
                classes[i] = TARGET;
            }
        }
        byte[] identity = {BACKGROUND, TARGET, NODATA};
        return new TargetCells(grid.geometry(), classes, java.util.Arrays.copyOf(identity, 256));
    }

    /** Whether any cell is a target. */
    boolean any() {
        for (byte b : data) {
            if (classOf[b & 0xFF] == TARGET) {
                return true;
            }
        }
        return false;
    }

    GridGeometry geometry() {
        return geometry;
    }

    boolean isTarget(int index) {
        return classOf[data[index] & 0xFF] == TARGET;
    }

    boolean isNoData(int index) {
        return classOf[data[index] & 0xFF] == NODATA;
    }
}
