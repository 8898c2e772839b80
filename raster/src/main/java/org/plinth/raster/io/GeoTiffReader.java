package org.plinth.raster.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.InvalidInputException;
import org.plinth.raster.Monitor;
import org.plinth.raster.Window;

/**
 * Reads one band of a GeoTIFF as GDAL writes it (band 1 unless asked for another) into a
 * {@link FloatGrid}.
 *
 * <p>Supported: classic TIFF and BigTIFF in either byte order; strips and tiles (edge tiles partial);
 * compression none, LZW, DEFLATE (codes 8 and 32946) and PackBits; predictors 1, 2 (horizontal, any
 * sample size) and 3 (floating point); Byte, Int8, UInt16, Int16, UInt32, Int32, Float32 and Float64
 * samples, all converted to float (Int32, UInt32 and Float64 may lose precision, see
 * {@link RasterDataType#isExactInFloat()}); files with several bands, pixel- or band-interleaved, of
 * which the band asked for is read (numbered from 1, as GDAL numbers them) and
 * {@link RasterFile#bandCount()} says how many there are. GDAL_NODATA (tag 42113), which GDAL applies
 * to every band, becomes the grid's NoData value (converted to float). Georeferencing and CRS: see
 * {@link GeoKeys}. Only the first image directory is read; overviews and masks are ignored.
 *
 * <p>Not supported (rejected with {@link InvalidInputException}): JPEG, ZSTD, LZMA, LERC, WebP and
 * CCITT compression, 1- to 4-bit and 16-bit float samples, complex types, ground control points.
 *
 * <p>Strips or tiles decode in parallel on a parallel stream into the float array, which is allocated
 * once, after checking that it fits in the heap; each thread reuses its read and decompression
 * buffers across chunks, so a read allocates little besides the grid. {@link #read(Path, Window,
 * Monitor)} reads a window, decoding only the chunks that meet it (of uncompressed chunks, only the
 * bytes it covers); {@link #header} reads the directory only.
 */
public final class GeoTiffReader {
    private GeoTiffReader() {
    }

    public static RasterFile read(Path path) {
        return read(path, Monitor.NONE);
    }

    /** Reads band 1, reporting progress per decoded strip or tile and checking for cancellation. */
    public static RasterFile read(Path path, Monitor monitor) {
        return read(path, 1, null, monitor);
    }

    /** Reads the cells of {@code window} of band 1; see {@link #read(Path, int, Window, Monitor)}. */
    public static RasterFile read(Path path, Window window, Monitor monitor) {
        return read(path, 1, window, monitor);
    }

    /**
     * Reads the cells of {@code window} (half-open, inside the image) of band {@code band}, decoding
     * only the strips or tiles that meet it. The grid's geometry is {@link GridGeometry#subgrid(Window)
     * the window's}: its size, the file's transform moved to the window's corner; values are the full
     * read's in that window.
     *
     * @param band the band, numbered from 1
     * @param window the cells to read, or null for the whole image
     * @throws IllegalArgumentException when the window is empty or not inside the image
     * @throws InvalidInputException when the file has no such band
     */
    public static RasterFile read(Path path, int band, Window window, Monitor monitor) {
        return open(path, band, (in, dir, layout, header) -> {
            return new RasterFile(cells(in, layout, header, window, monitor), header.dataType(), header.anchor(),
                    header.bandCount(), header.crsCitation());
        });
    }

    /**
     * Decodes the cells of {@code window} of band {@code band} into a part of {@code out}: the window's
     * first cell at {@code out[outBase]}, rows {@code outStride} cells apart (a tile straight into a
     * mosaic, without a grid of its own). Chunks the file leaves out get the file's NoData, else 0.
     *
     * @return the file's header
     */
    static RasterHeader readInto(Path path, int band, Window window, float[] out, int outBase, int outStride,
                                 Monitor monitor) {
        return open(path, band, (in, dir, layout, header) -> {
            header.geometry().subgrid(window); // refuses a window that is empty or not inside the image
            Float noData = header.noData();
            decode(new ChunkDecoder(in, layout, window, out, outBase, outStride, noData == null ? 0f : noData), monitor);
            return header;
        });
    }

    /**
     * A band of a GeoTIFF of Byte samples as they are (masks, class rasters): a quarter of the memory of
     * {@link #read(Path, Monitor)} and no conversion. NoData is GDAL_NODATA when it is an integer in
     * 0..255; any other value matches no byte and is dropped, as no cell could hold it. Empty when the
     * samples are not Byte (nothing but the directory is read then).
     *
     * @param band the band, numbered from 1
     */
    public static Optional<ByteGrid> readBytes(Path path, int band, Monitor monitor) {
        return open(path, band, (in, dir, layout, header) -> {
            if (layout.type() != RasterDataType.BYTE) {
                return Optional.empty();
            }
            GridGeometry geometry = header.geometry();
            byte[] data = HeapCheck.allocateBytes(in.name(), geometry.cols(), geometry.rows());
            Float nd = header.noData();
            Integer noData = nd != null && nd == Math.rint(nd) && nd >= 0 && nd <= 255 ? Integer.valueOf(nd.intValue()) : null;
            decode(new ChunkDecoder(in, layout, geometry.window(), data, noData == null ? 0 : noData.byteValue()),
                    monitor);
            return Optional.of(new ByteGrid(geometry, data, noData));
        });
    }

    /**
     * Size, georeference, sample type and NoData of band {@code band} (numbered from 1), from the file's
     * directory; no pixel is read.
     *
     * @throws InvalidInputException when the file has no such band
     */
    public static RasterHeader header(Path path, int band) {
        return open(path, band, (in, dir, layout, header) -> header);
    }

    /**
     * What {@code plinth raster info} shows of band {@code band}: its header and, when asked, its cells;
     * unlike {@link #header} and {@link #read}, a file without georeferencing is described (with GDAL's
     * default transform, see {@link GeoKeys#read(TiffDirectory, boolean)}) instead of refused, and
     * {@link RasterDescription#georeferenced()} says so.
     */
    static RasterDescription describe(Path path, int band, boolean withCells) {
        return open(path, band, false, (in, dir, layout, header) -> new RasterDescription(header,
                GeoKeys.isGeoreferenced(dir),
                withCells ? Optional.of(cells(in, layout, header, null, Monitor.NONE)) : Optional.empty()));
    }

    /** The cells of {@code window} (null: the whole image), decoded into a grid of their own. */
    private static FloatGrid cells(TiffInput in, TiffLayout layout, RasterHeader header, Window window, Monitor monitor) {
        GridGeometry full = header.geometry();
        GridGeometry geometry = window == null ? full : full.subgrid(window);
        float[] data = HeapCheck.allocateFloats(in.name(), geometry.cols(), geometry.rows());
        Float noData = header.noData();
        decode(new ChunkDecoder(in, layout, window == null ? full.window() : window, data, noData == null ? 0f : noData),
                monitor);
        return new FloatGrid(geometry, data, noData);
    }

    private interface Body<T> {
        T apply(TiffInput in, TiffDirectory dir, TiffLayout layout, RasterHeader header);
    }

    private static <T> T open(Path path, int band, Body<T> body) {
        return open(path, band, true, body);
    }

    private static <T> T open(Path path, int band, boolean requireGeoreference, Body<T> body) {
        String name = path.getFileName().toString();
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            TiffInput in = new TiffInput(ch, name);
            TiffDirectory dir = TiffDirectory.read(in);
            TiffLayout layout = TiffLayout.of(dir, band);
            GeoKeys.Georeference geo = GeoKeys.read(dir, requireGeoreference);
            HeapCheck.requireArraySize(name, layout.width(), layout.height());
            GridGeometry geometry = new GridGeometry(layout.width(), layout.height(), geo.transform(), geo.crs());
            Double declared = noData(dir);
            RasterHeader header = new RasterHeader(geometry, layout.type(), declared == null ? null : declared.floatValue(),
                    geo.anchor(), layout.samplesPerPixel(), Optional.ofNullable(geo.citation()), declared);
            return body.apply(in, dir, layout, header);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(name + ": no such file", e);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Decodes the window's chunks on a parallel stream, in contiguous batches that each reuse one set
     * of buffers: 16 per thread, so that a thread that starts late leaves little for the others to
     * wait for.
     */
    private static void decode(ChunkDecoder decoder, Monitor monitor) {
        int[] chunks = decoder.chunksInWindow();
        int total = chunks.length;
        int batches = Math.min(total, 16 * ForkJoinPool.getCommonPoolParallelism());
        AtomicInteger done = new AtomicInteger();
        int step = Math.max(1, total / 100);
        try {
            IntStream.range(0, batches).parallel().forEach(b -> {
                try (ChunkDecoder.Buffers buffers = new ChunkDecoder.Buffers()) {
                    int from = (int) ((long) total * b / batches);
                    int to = (int) ((long) total * (b + 1) / batches);
                    for (int i = from; i < to; i++) {
                        monitor.checkCancelled();
                        decoder.decode(chunks[i], buffers);
                        int n = done.incrementAndGet();
                        if (n % step == 0 || n == total) {
                            monitor.progress((double) n / total);
                        }
                    }
                }
            });
        } catch (InternalError e) {
            if (TiffInput.isMappedPageFault(e)) {
                throw new InvalidInputException(decoder.fileName()
                        + ": file is truncated (it was shortened while being read)", e);
            }
            throw e;
        }
    }

    /** GDAL_NODATA as GDAL parses it: a decimal number, or nan / inf. */
    private static Double noData(TiffDirectory dir) {
        String s = dir.ascii(TiffTag.GDAL_NODATA);
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return GdalNumbers.parse(s);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(dir.name() + ": invalid GDAL_NODATA value '" + s.strip() + "'", e);
        }
    }
}
