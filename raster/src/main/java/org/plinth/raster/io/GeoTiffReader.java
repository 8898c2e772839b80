package org.plinth.raster.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.InvalidInputException;
import org.plinth.raster.Monitor;

/**
 * Reads band 1 of a GeoTIFF as GDAL writes it into a {@link FloatGrid}.
 *
 * <p>Supported: classic TIFF and BigTIFF in either byte order; strips and tiles (edge tiles partial);
 * compression none, LZW, DEFLATE (codes 8 and 32946) and PackBits; predictors 1, 2 (horizontal, any
 * sample size) and 3 (floating point); Byte, Int8, UInt16, Int16, UInt32, Int32, Float32 and Float64
 * samples, all converted to float (Int32, UInt32 and Float64 may lose precision, see
 * {@link RasterDataType#isExactInFloat()}); files with several bands, pixel- or band-interleaved, of
 * which band 1 is read and {@link RasterFile#bandCount()} says how many there were. GDAL_NODATA (tag
 * 42113) becomes the grid's NoData value (converted to float). Georeferencing and CRS: see
 * {@link GeoKeys}. Only the first image directory is read; overviews and masks are ignored.
 *
 * <p>Not supported (rejected with {@link InvalidInputException}): JPEG, ZSTD, LZMA, LERC, WebP and
 * CCITT compression, 1- to 4-bit and 16-bit float samples, complex types, ground control points.
 *
 * <p>Strips or tiles decode in parallel on a parallel stream; the float array is allocated once, after
 * checking that it fits in the heap.
 */
public final class GeoTiffReader {
    private GeoTiffReader() {
    }

    public static RasterFile read(Path path) {
        return read(path, Monitor.NONE);
    }

    /** Reads band 1, reporting progress per decoded strip or tile and checking for cancellation. */
    public static RasterFile read(Path path, Monitor monitor) {
        String name = path.getFileName().toString();
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            TiffInput in = new TiffInput(ch, name);
            TiffDirectory dir = TiffDirectory.read(in);
            TiffLayout layout = TiffLayout.of(dir);
            GeoKeys.Georeference geo = GeoKeys.read(dir);
            Float noData = noData(dir);
            float[] data = HeapCheck.allocateFloats(name, layout.width(), layout.height());
            decodeAll(in, layout, data, noData == null ? 0f : noData, monitor);
            GridGeometry geometry = new GridGeometry(layout.width(), layout.height(), geo.transform(), geo.crs());
            return new RasterFile(new FloatGrid(geometry, data, noData), layout.type(), geo.anchor(),
                    layout.samplesPerPixel(), Optional.ofNullable(geo.citation()));
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(name + ": no such file", e);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static void decodeAll(TiffInput in, TiffLayout layout, float[] data, float fill, Monitor monitor) {
        ChunkDecoder decoder = new ChunkDecoder(in, layout, data, fill);
        int chunks = layout.chunksPerPlane();
        AtomicInteger done = new AtomicInteger();
        int step = Math.max(1, chunks / 100);
        IntStream.range(0, chunks).parallel().forEach(i -> {
            monitor.checkCancelled();
            decoder.decode(i);
            int n = done.incrementAndGet();
            if (n % step == 0 || n == chunks) {
                monitor.progress((double) n / chunks);
            }
        });
    }

    /** GDAL_NODATA as GDAL parses it: a decimal number, or nan / inf. */
    private static Float noData(TiffDirectory dir) {
        String s = dir.ascii(TiffTag.GDAL_NODATA);
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip().toLowerCase(Locale.ROOT);
        if (t.equals("nan") || t.equals("-nan")) {
            return Float.NaN;
        }
        if (t.equals("inf") || t.equals("+inf")) {
            return Float.POSITIVE_INFINITY;
        }
        if (t.equals("-inf")) {
            return Float.NEGATIVE_INFINITY;
        }
        try {
            return (float) Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(dir.name() + ": invalid GDAL_NODATA value '" + s.strip() + "'", e);
        }
    }
}
