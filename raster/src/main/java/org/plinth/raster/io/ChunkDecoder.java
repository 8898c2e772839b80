package org.plinth.raster.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.plinth.raster.InvalidInputException;

/**
 * Decodes one strip or tile of band 1 into its place in a float array: read, decompress, undo the
 * predictor, convert samples to float. Stateless apart from its inputs, so chunks decode in parallel.
 */
final class ChunkDecoder {
    private final TiffInput in;
    private final TiffLayout layout;
    private final float[] out;
    private final float fill;

    /**
     * @param fill value for chunks the file leaves out (byte count 0, GDAL's sparse files): the NoData
     *     value when there is one, else 0, as GDAL does
     */
    ChunkDecoder(TiffInput in, TiffLayout layout, float[] out, float fill) {
        this.in = in;
        this.layout = layout;
        this.out = out;
        this.fill = fill;
    }

    void decode(int index) {
        TiffLayout l = layout;
        int across = l.chunksAcross();
        int x0 = (index % across) * l.chunkWidth();
        int y0 = (index / across) * l.chunkHeight();
        int validRows = Math.min(l.chunkHeight(), l.height() - y0);
        int validCols = Math.min(l.chunkWidth(), l.width() - x0);
        int spp = l.chunkSamplesPerPixel();
        int rowSamples = l.chunkWidth() * spp;
        int rowBytes = rowSamples * l.type().bytes();
        // Tiles are always whole; the last strip holds only the rows left.
        int storedRows = l.tiled() ? l.chunkHeight() : validRows;
        long count = l.byteCounts()[index];
        if (count == 0) {
            for (int r = 0; r < validRows; r++) {
                int at = (y0 + r) * l.width() + x0;
                Arrays.fill(out, at, at + validCols, fill);
            }
            return;
        }
        String what = l.chunkKind() + " " + index;
        byte[] raw = in.read(l.offsets()[index], count, what);
        byte[] bytes;
        int produced;
        if (l.compression() == Compression.NONE) {
            bytes = raw;
            produced = raw.length;
        } else {
            bytes = new byte[storedRows * rowBytes];
            try {
                produced = l.compression().decode(raw, bytes);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(in.name() + ": " + e.getMessage() + " in " + what, e);
            }
        }
        int neededRows = l.tiled() ? validRows : storedRows;
        if (produced < neededRows * rowBytes) {
            throw new InvalidInputException(in.name() + ": corrupt or truncated " + l.compression() + " data in "
                    + what + " (" + produced + " bytes decoded, " + (neededRows * rowBytes) + " expected)");
        }
        ByteOrder order = l.littleEndian() ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        if (l.predictor() == Predictor.HORIZONTAL) {
            Predictor.undoHorizontal(bytes, neededRows, rowSamples, spp, l.type().bytes(), l.littleEndian());
        } else if (l.predictor() == Predictor.FLOATING_POINT) {
            Predictor.undoFloatingPoint(bytes, neededRows, rowSamples, spp, l.type().bytes());
            order = ByteOrder.BIG_ENDIAN;
        }
        SampleRow samples = new SampleRow(l.type(), ByteBuffer.wrap(bytes).order(order), spp);
        for (int r = 0; r < validRows; r++) {
            samples.copy(r * rowSamples, out, (y0 + r) * l.width() + x0, validCols);
        }
    }

    /** Converts runs of samples (every {@code stride}-th, i.e. band 1 of interleaved data) to floats. */
    private static final class SampleRow {
        private final RasterDataType type;
        private final ByteBuffer buffer;
        private final int stride;

        SampleRow(RasterDataType type, ByteBuffer buffer, int stride) {
            this.type = type;
            this.buffer = buffer;
            this.stride = stride;
        }

        void copy(int from, float[] dst, int at, int n) {
            ByteBuffer b = buffer;
            int s = stride;
            switch (type) {
                case BYTE -> {
                    for (int i = 0; i < n; i++) {
                        dst[at + i] = b.get(from + i * s) & 0xFF;
                    }
                }
                case INT8 -> {
                    for (int i = 0; i < n; i++) {
                        dst[at + i] = b.get(from + i * s);
                    }
                }
                case UINT16 -> {
                    for (int i = 0; i < n; i++) {
                        dst[at + i] = b.getShort((from + i * s) * 2) & 0xFFFF;
                    }
                }
                case INT16 -> {
                    for (int i = 0; i < n; i++) {
                        dst[at + i] = b.getShort((from + i * s) * 2);
                    }
                }
                case UINT32 -> {
                    for (int i = 0; i < n; i++) {
                        dst[at + i] = b.getInt((from + i * s) * 4) & 0xFFFFFFFFL;
                    }
                }
                case INT32 -> {
                    for (int i = 0; i < n; i++) {
                        dst[at + i] = b.getInt((from + i * s) * 4);
                    }
                }
                case FLOAT32 -> {
                    if (s == 1) {
                        b.asFloatBuffer().get(from, dst, at, n);
                    } else {
                        for (int i = 0; i < n; i++) {
                            dst[at + i] = b.getFloat((from + i * s) * 4);
                        }
                    }
                }
                default -> {
                    for (int i = 0; i < n; i++) {
                        dst[at + i] = (float) b.getDouble((from + i * s) * 8);
                    }
                }
            }
        }
    }
}
