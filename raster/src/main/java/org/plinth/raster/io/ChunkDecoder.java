package org.plinth.raster.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.plinth.raster.InvalidInputException;
import org.plinth.raster.Window;

/**
 * Decodes the part of one strip or tile of a band that falls in a window into its place in a float
 * array: read, decompress, undo the predictor, convert samples to float.
 *
 * <p>Uncompressed chunks are read only where they meet the window (the byte span from the first
 * needed sample to the last, copied from a read-only mapping of the file that each thread moves along
 * 16 MB at a time; or one positional read per row when the window covers little of a wide row);
 * compressed chunks are decoded only down to the last row the window needs. Buffers come from a
 * {@link Buffers} that the caller reuses across the chunks one thread decodes, so a read allocates no
 * per-chunk arrays. Stateless apart from its inputs, so chunks decode in parallel, each
 * thread with its own {@link Buffers}.
 */
final class ChunkDecoder {
    /** Bytes of the file a decoding thread maps at a time for uncompressed chunks. */
    private static final long MAP_BYTES = 16 << 20;

    private final TiffInput in;
    private final TiffLayout layout;
    private final Window window;
    private final float[] out;
    private final float fill;
    /** Output of a Byte raster decoded as bytes, or null when decoding to floats. */
    private final byte[] outBytes;
    private final byte fillByte;
    /** Where the window's first cell goes in the output, and the output's row length. */
    private final int outBase;
    private final int outStride;

    /**
     * @param window the cells to decode, inside the image; {@code out} holds them row-major
     * @param fill value for chunks the file leaves out (byte count 0, GDAL's sparse files): the NoData
     *     value when there is one, else 0, as GDAL does
     */
    ChunkDecoder(TiffInput in, TiffLayout layout, Window window, float[] out, float fill) {
        this(in, layout, window, out, fill, null, (byte) 0, 0, window.width());
    }

    /**
     * Decodes the window into a part of a larger row-major array: its first cell to
     * {@code out[outBase]}, each next row {@code outStride} cells further (a tile into a mosaic).
     */
    ChunkDecoder(TiffInput in, TiffLayout layout, Window window, float[] out, int outBase, int outStride, float fill) {
        this(in, layout, window, out, fill, null, (byte) 0, outBase, outStride);
        if (outStride < window.width() || outBase < 0
                || outBase + (long) (window.height() - 1) * outStride + window.width() > out.length) {
            throw new IllegalArgumentException("the window does not fit the output at " + outBase + " with rows of "
                    + outStride);
        }
    }

    /**
     * Decodes a Byte raster's samples as they are into {@code out} (no conversion to float; for
     * masks and class rasters), {@code fill} for chunks the file leaves out.
     */
    ChunkDecoder(TiffInput in, TiffLayout layout, Window window, byte[] out, byte fill) {
        this(in, layout, window, null, 0f, out, fill, 0, window.width());
        if (layout.type() != RasterDataType.BYTE) {
            throw new IllegalArgumentException("byte decoding needs Byte samples, not " + layout.type());
        }
    }

    private ChunkDecoder(TiffInput in, TiffLayout layout, Window window, float[] out, float fill, byte[] outBytes,
                         byte fillByte, int outBase, int outStride) {
        this.outBase = outBase;
        this.outStride = outStride;
        this.in = in;
        this.layout = layout;
        this.window = window;
        this.out = out;
        this.fill = fill;
        this.outBytes = outBytes;
        this.fillByte = fillByte;
    }

    /** Growable scratch arrays for one decoding thread, and its current mapping of the file. */
    static final class Buffers implements AutoCloseable {
        private byte[] raw = new byte[0];
        private byte[] decoded = new byte[0];
        /** Mapped file bytes from {@code mappedFrom}, for uncompressed chunks; null when none. */
        private ByteBuffer mapped;
        private long mappedFrom;

        @Override
        public void close() {
            TiffInput.unmap(mapped);
            mapped = null;
        }

        private static byte[] atLeast(byte[] b, long n) {
            return b.length >= n ? b : new byte[(int) Math.max(n, Math.min(Integer.MAX_VALUE - 16, b.length * 3L / 2))];
        }
    }

    /** Indices of the band's chunks that meet the window, in file order. */
    int[] chunksInWindow() {
        TiffLayout l = layout;
        int tx0 = window.colStart() / l.chunkWidth();
        int tx1 = (window.colStop() - 1) / l.chunkWidth();
        int ty0 = window.rowStart() / l.chunkHeight();
        int ty1 = (window.rowStop() - 1) / l.chunkHeight();
        int[] idx = new int[(tx1 - tx0 + 1) * (ty1 - ty0 + 1)];
        int k = 0;
        for (int ty = ty0; ty <= ty1; ty++) {
            for (int tx = tx0; tx <= tx1; tx++) {
                idx[k++] = ty * l.chunksAcross() + tx;
            }
        }
        return idx;
    }

    void decode(int index, Buffers buf) {
        TiffLayout l = layout;
        int x0 = (index % l.chunksAcross()) * l.chunkWidth();
        int y0 = (index / l.chunksAcross()) * l.chunkHeight();
        int validRows = Math.min(l.chunkHeight(), l.height() - y0);
        int validCols = Math.min(l.chunkWidth(), l.width() - x0);
        // The rows [rA, rB) and columns [cA, cB) of this chunk that the window needs.
        int rA = Math.max(0, window.rowStart() - y0);
        int rB = Math.min(validRows, window.rowStop() - y0);
        int cA = Math.max(0, window.colStart() - x0);
        int cB = Math.min(validCols, window.colStop() - x0);
        if (rA >= rB || cA >= cB) {
            return;
        }
        int at = outBase + (y0 + rA - window.rowStart()) * outStride + (x0 + cA - window.colStart());
        int fileIndex = l.fileChunk(index);
        long count = l.byteCounts()[fileIndex];
        if (count == 0) {
            for (int r = rA; r < rB; r++, at += outStride) {
                if (outBytes != null) {
                    Arrays.fill(outBytes, at, at + cB - cA, fillByte);
                } else {
                    Arrays.fill(out, at, at + cB - cA, fill);
                }
            }
            return;
        }
        if (l.compression() == Compression.NONE) {
            decodeRaw(fileIndex, buf, count, validRows, rA, rB, cA, cB, at);
        } else {
            decodeCompressed(fileIndex, buf, count, rA, rB, cA, cB, at);
        }
    }

    private void decodeRaw(int index, Buffers buf, long count, int validRows, int rA, int rB, int cA, int cB,
                           int at) {
        TiffLayout l = layout;
        int spp = l.chunkSamplesPerPixel();
        int rowSamples = l.chunkWidth() * spp;
        int sampleBytes = l.type().bytes();
        long rowBytes = (long) rowSamples * sampleBytes;
        String what = l.chunkKind() + " " + index;
        if (count < validRows * rowBytes) {
            throw corrupt(what, count, validRows * rowBytes);
        }
        long offset = l.offsets()[index];
        ByteOrder order = l.littleEndian() ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        long segment = (long) (cB - cA - 1) * spp * sampleBytes + sampleBytes;
        // from the band's sample of the window's first pixel in the chunk's row
        long lead = (long) cA * spp * sampleBytes + (long) l.sampleOffset() * sampleBytes;
        long first = rA * rowBytes + lead;
        long span = (rB - 1 - rA) * rowBytes + segment;
        if (rB - rA > 1 && segment * 4 < rowBytes) {
            // A narrow window on wide rows: read each row's part rather than the whole span.
            buf.raw = Buffers.atLeast(buf.raw, segment);
            SampleRow samples = new SampleRow(l.type(), ByteBuffer.wrap(buf.raw).order(order), spp);
            for (int r = rA; r < rB; r++, at += outStride) {
                in.readInto(offset + r * rowBytes + lead, buf.raw, (int) segment, what);
                copy(samples, 0, at, cB - cA);
            }
            return;
        }
        SampleRow samples = new SampleRow(l.type(), contiguous(buf, offset + first, span, what).order(order), spp);
        for (int r = rA; r < rB; r++, at += outStride) {
            copy(samples, (r - rA) * rowSamples, at, cB - cA);
        }
    }

    /**
     * The {@code span} bytes at {@code position}, as a buffer indexed from 0: a slice of the thread's
     * mapping of the file (made anew, {@link #MAP_BYTES} at a time, when the span lies outside it), so
     * that the samples are copied once, from the page cache into the grid, instead of read into a
     * scratch array first.
     */
    private ByteBuffer contiguous(Buffers buf, long position, long span, String what) {
        if (buf.mapped == null || position < buf.mappedFrom || position + span > buf.mappedFrom + buf.mapped.capacity()) {
            buf.close();
            long length = Math.max(span, Math.min(MAP_BYTES, in.size() - position));
            buf.mapped = in.map(position, length, what);
            buf.mappedFrom = position;
            if (buf.mapped == null) {
                // not mappable here: one positional read into the scratch array
                buf.raw = Buffers.atLeast(buf.raw, span);
                in.readInto(position, buf.raw, (int) span, what);
                return ByteBuffer.wrap(buf.raw, 0, (int) span).slice();
            }
        }
        return buf.mapped.slice((int) (position - buf.mappedFrom), (int) span);
    }

    private void copy(SampleRow samples, int from, int at, int n) {
        if (outBytes != null) {
            samples.copyBytes(from, outBytes, at, n);
        } else {
            samples.copy(from, out, at, n);
        }
    }

    /** Name of the file, for messages. */
    String fileName() {
        return in.name();
    }

    private void decodeCompressed(int index, Buffers buf, long count, int rA, int rB, int cA, int cB, int at) {
        TiffLayout l = layout;
        int spp = l.chunkSamplesPerPixel();
        int rowSamples = l.chunkWidth() * spp;
        int rowBytes = rowSamples * l.type().bytes();
        String what = l.chunkKind() + " " + index;
        if (count > Integer.MAX_VALUE - 16) {
            throw new InvalidInputException(in.name() + ": " + what + " of " + count + " bytes is too large to read");
        }
        buf.raw = Buffers.atLeast(buf.raw, count);
        in.readInto(l.offsets()[index], buf.raw, (int) count, what);
        // Rows are decoded only down to the last one the window needs; predictors work row by row.
        int needed = rB * rowBytes;
        buf.decoded = Buffers.atLeast(buf.decoded, needed);
        byte[] bytes = buf.decoded;
        int produced;
        try {
            produced = l.compression().decode(buf.raw, (int) count, bytes, needed);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(in.name() + ": " + e.getMessage() + " in " + what, e);
        }
        if (produced < needed) {
            throw corrupt(what, produced, needed);
        }
        ByteOrder order = l.littleEndian() ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        if (l.predictor() == Predictor.HORIZONTAL) {
            Predictor.undoHorizontal(bytes, rB, rowSamples, spp, l.type().bytes(), l.littleEndian());
        } else if (l.predictor() == Predictor.FLOATING_POINT) {
            Predictor.undoFloatingPoint(bytes, rB, rowSamples, spp, l.type().bytes());
            order = ByteOrder.BIG_ENDIAN;
        }
        SampleRow samples = new SampleRow(l.type(), ByteBuffer.wrap(bytes).order(order), spp);
        for (int r = rA; r < rB; r++, at += outStride) {
            copy(samples, r * rowSamples + cA * spp + l.sampleOffset(), at, cB - cA);
        }
    }

    private InvalidInputException corrupt(String what, long produced, long expected) {
        return new InvalidInputException(in.name() + ": corrupt or truncated " + layout.compression() + " data in "
                + what + " (" + produced + " bytes decoded, " + expected + " expected)");
    }

    /** Converts runs of samples (every {@code stride}-th from the first: one band of pixel-interleaved data) to floats. */
    private static final class SampleRow {
        private final RasterDataType type;
        private final ByteBuffer buffer;
        private final int stride;

        SampleRow(RasterDataType type, ByteBuffer buffer, int stride) {
            this.type = type;
            this.buffer = buffer;
            this.stride = stride;
        }

        /** Byte samples as they are (the type is checked when the decoder is made). */
        void copyBytes(int from, byte[] dst, int at, int n) {
            if (stride == 1) {
                buffer.get(from, dst, at, n);
            } else {
                for (int i = 0; i < n; i++) {
                    dst[at + i] = buffer.get(from + i * stride);
                }
            }
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
