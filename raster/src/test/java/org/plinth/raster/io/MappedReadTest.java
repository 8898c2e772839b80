package org.plinth.raster.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.InvalidInputException;
import org.plinth.raster.Monitor;

/**
 * Uncompressed chunks are copied from a mapping of the file: a file system that cannot map falls back
 * to positional reads, and a file shortened by another process while it is read fails with one
 * sentence naming it (the JVM reports the fault on the mapped page as an InternalError).
 */
class MappedReadTest {
    @TempDir
    Path dir;

    private Path uncompressed(String name, int n) {
        float[] d = new float[n * n];
        for (int i = 0; i < d.length; i++) {
            d[i] = 100 + (i % 977);
        }
        FloatGrid g = new FloatGrid(new GridGeometry(n, n, GeoTransform.northUp(500000, 6000000, 30, 30),
                Crs.epsg(32633)), d, null);
        Path p = dir.resolve(name);
        GeoTiffWriter.write(p, g, GeoTiffWriteOptions.defaults().withCompression(Compression.NONE));
        return p;
    }

    @Test
    void aFileThatCannotBeMappedIsReadInstead() throws IOException {
        Path p = uncompressed("plain.tif", 300);
        float[] expected = GeoTiffReader.read(p).grid().data();
        try (FileChannel real = FileChannel.open(p, StandardOpenOption.READ)) {
            TiffInput in = new TiffInput(new UnmappableChannel(real), "plain.tif");
            TiffLayout layout = TiffLayout.of(TiffDirectory.read(in), 1);
            float[] out = new float[300 * 300];
            ChunkDecoder decoder = new ChunkDecoder(in, layout, new org.plinth.raster.Window(0, 0, 300, 300), out, 0f);
            try (ChunkDecoder.Buffers buffers = new ChunkDecoder.Buffers()) {
                for (int chunk : decoder.chunksInWindow()) {
                    decoder.decode(chunk, buffers);
                }
            }
            assertThat(out).isEqualTo(expected);
        }
    }

    @Test
    void aFileShortenedWhileItIsReadFailsWithOneSentenceNamingIt() {
        Path p = uncompressed("shrinking.tif", 2048);
        long size = p.toFile().length();
        AtomicBoolean cut = new AtomicBoolean();
        Monitor truncating = new Monitor() {
            @Override
            public void progress(double fraction) {
                if (fraction > 0.01 && cut.compareAndSet(false, true)) {
                    try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
                        ch.truncate(size / 8);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        assertThatThrownBy(() -> GeoTiffReader.read(p, truncating))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("shrinking.tif: file is truncated");
        assertThat(Files.exists(p)).isTrue();
    }

    /** A file channel whose file system refuses to map (as some FUSE and network mounts do). */
    private static final class UnmappableChannel extends FileChannel {
        private final FileChannel d;

        UnmappableChannel(FileChannel d) {
            this.d = d;
        }

        @Override
        public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
            throw new IOException("mmap not supported");
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return d.read(dst);
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
            return d.read(dsts, offset, length);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            return d.write(src);
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
            return d.write(srcs, offset, length);
        }

        @Override
        public long position() throws IOException {
            return d.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            d.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return d.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            d.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            d.force(metaData);
        }

        @Override
        public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
            return d.transferTo(position, count, target);
        }

        @Override
        public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
            return d.transferFrom(src, position, count);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return d.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            return d.write(src, position);
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) throws IOException {
            return d.lock(position, size, shared);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return d.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            d.close();
        }
    }
}
