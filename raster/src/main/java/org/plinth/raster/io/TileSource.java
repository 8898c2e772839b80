package org.plinth.raster.io;

import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.util.Arrays;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.FloatGrid;

/**
 * Supplies the samples of one tile in the stored type, row by row into a tile-sized buffer (the rest
 * stays zero). Integer types from a float grid are rounded half away from zero; NaN and NoData cells
 * become the NoData value; values outside the type's range are refused.
 */
abstract class TileSource {
    /** Rows of zeros as wide as the widest tile ({@link GeoTiffWriteOptions}: 4096), never written to. */
    private static final byte[] ZERO_BYTES = new byte[4096];
    private static final float[] ZERO_FLOATS = new float[4096];

    private final RasterDataType type;

    TileSource(RasterDataType type) {
        this.type = type;
    }

    RasterDataType type() {
        return type;
    }

    /** Writes cells {@code [x0, x0 + w) x [y0, y0 + h)} into rows of {@code tile} samples. */
    abstract void fill(ByteBuffer tileBuffer, int x0, int y0, int w, int h, int tile);

    /**
     * True when the stored samples of cells {@code [x0, x0 + w) x [y0, y0 + h)} are all zero bytes,
     * checked on the grid itself without filling a tile; false when unknown.
     */
    boolean isZero(int x0, int y0, int w, int h) {
        return false;
    }

    static TileSource of(ByteGrid grid) {
        return new TileSource(RasterDataType.BYTE) {
            @Override
            void fill(ByteBuffer b, int x0, int y0, int w, int h, int tile) {
                for (int r = 0; r < h; r++) {
                    b.put(r * tile, grid.data(), (y0 + r) * grid.cols() + x0, w);
                }
            }

            @Override
            boolean isZero(int x0, int y0, int w, int h) {
                for (int r = 0; r < h; r++) {
                    int from = (y0 + r) * grid.cols() + x0;
                    if (Arrays.mismatch(grid.data(), from, from + w, ZERO_BYTES, 0, w) >= 0) {
                        return false;
                    }
                }
                return true;
            }
        };
    }

    static TileSource of(FloatGrid grid, RasterDataType type) {
        if (type == RasterDataType.FLOAT32) {
            return new TileSource(type) {
                @Override
                void fill(ByteBuffer b, int x0, int y0, int w, int h, int tile) {
                    FloatBuffer f = b.asFloatBuffer();
                    for (int r = 0; r < h; r++) {
                        f.put(r * tile, grid.data(), (y0 + r) * grid.cols() + x0, w);
                    }
                }

                @Override
                boolean isZero(int x0, int y0, int w, int h) {
                    // bit patterns: +0.0 only (−0.0 and NaN are not zero bytes)
                    for (int r = 0; r < h; r++) {
                        int from = (y0 + r) * grid.cols() + x0;
                        if (Arrays.mismatch(grid.data(), from, from + w, ZERO_FLOATS, 0, w) >= 0) {
                            return false;
                        }
                    }
                    return true;
                }
            };
        }
        long min = type == RasterDataType.INT16 ? Short.MIN_VALUE : 0;
        long max = type == RasterDataType.INT16 ? Short.MAX_VALUE : type == RasterDataType.UINT16 ? 65535 : 255;
        Float nd = grid.noData();
        if (nd != null && (Float.isNaN(nd) || nd != Math.rint(nd) || nd < min || nd > max)) {
            throw new IllegalArgumentException("NoData " + nd + " cannot be stored as " + type);
        }
        return new TileSource(type) {
            @Override
            void fill(ByteBuffer b, int x0, int y0, int w, int h, int tile) {
                for (int r = 0; r < h; r++) {
                    int row = (y0 + r) * grid.cols() + x0;
                    for (int c = 0; c < w; c++) {
                        float v = grid.data()[row + c];
                        long s;
                        if (grid.isNoData(v)) {
                            if (nd == null) {
                                throw new IllegalArgumentException("cell (" + (x0 + c) + ", " + (y0 + r)
                                        + ") is NaN; writing " + type + " needs a NoData value");
                            }
                            s = (long) (float) nd;
                        } else {
                            s = (long) (v >= 0 ? Math.floor(v + 0.5) : Math.ceil(v - 0.5));
                            if (s < min || s > max) {
                                throw new IllegalArgumentException("cell (" + (x0 + c) + ", " + (y0 + r) + ") value "
                                        + v + " is outside the " + type + " range " + min + ".." + max);
                            }
                        }
                        int at = r * tile + c;
                        if (type == RasterDataType.BYTE) {
                            b.put(at, (byte) s);
                        } else {
                            b.putShort(at * 2, (short) s);
                        }
                    }
                }
            }
        };
    }
}
