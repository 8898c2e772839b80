package org.plinth.raster.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.InvalidInputException;
import org.plinth.raster.PixelAnchor;

/**
 * Reads an SRTM {@code .hgt} tile: a square of big-endian Int16 heights in metres, 3601 x 3601 posts
 * (1 arc-second) or 1201 x 1201 (3 arc-seconds), told apart by file size. The name ({@code N51E035},
 * {@code S12W077}, optionally followed by more, e.g. {@code N51E035.SRTMGL1.hgt}) gives the south-west
 * corner in whole degrees. Posts are cell centres, so, as GDAL's SRTMHGT driver does, the grid's corner
 * origin is half a cell west and north of the tile's north-west post: x = lon - d/2, y = lat + 1 + d/2
 * with d = 1 / (n - 1) degrees. Voids (-32768) are NoData. CRS EPSG:4326. A zipped tile,
 * {@code N51E035[.anything].hgt.zip} holding {@code N51E035.hgt} (as NASA's LP DAAC distributes SRTMGL1
 * and SRTMGL3), is read from the zip directly, as GDAL's SRTMHGT driver does.
 */
public final class HgtReader {
    private static final Pattern NAME = Pattern.compile("^([NSns])(\\d{2})([EWew])(\\d{3})");
    private static final short VOID = Short.MIN_VALUE;
    private static final long ONE_SECOND_BYTES = 3601L * 3601 * 2;
    private static final long THREE_SECOND_BYTES = 1201L * 1201 * 2;
    /** Bytes decoded at a time: the tile streams through this, never held whole. */
    private static final int BUFFER = 1 << 16;

    private HgtReader() {
    }

    public static RasterFile read(Path path) {
        RasterHeader h = header(path);
        GridGeometry g = h.geometry();
        float[] data = HeapCheck.allocateFloats(path.getFileName().toString(), g.cols(), g.rows());
        readInto(path, data);
        return new RasterFile(new FloatGrid(g, data, h.noData()), h.dataType(), h.anchor(), 1, Optional.empty());
    }

    /** The tile's grid from its name and size, without reading its heights. */
    static RasterHeader header(Path path) {
        int[] corner = corner(path.getFileName().toString());
        int n = open(path, (what, size, in) -> posts(what, size));
        double d = 1.0 / (n - 1);
        GeoTransform t = GeoTransform.northUp(corner[1] - d / 2, corner[0] + 1 + d / 2, d, d);
        return new RasterHeader(new GridGeometry(n, n, t, Crs.epsg(4326)), RasterDataType.INT16, (float) VOID,
                PixelAnchor.CENTER, 1, Optional.empty(), (double) VOID);
    }

    /**
     * Decodes the tile's heights, row by row from the north, into {@code out[0 .. n²)}, streaming them
     * from the file or the zip (the tile's bytes are never held whole).
     *
     * @throws IllegalArgumentException when {@code out} is shorter than the tile
     */
    static void readInto(Path path, float[] out) {
        corner(path.getFileName().toString());
        open(path, (what, size, in) -> {
            int n = posts(what, size);
            if (out.length < n * n) {
                throw new IllegalArgumentException("an array of " + out.length + " cells cannot hold " + n + " x " + n);
            }
            byte[] buf = new byte[BUFFER];
            ByteBuffer view = ByteBuffer.wrap(buf).order(ByteOrder.BIG_ENDIAN);
            long done = 0;
            int at = 0;
            while (done < size) {
                int want = (int) Math.min(BUFFER, size - done);
                int got = in.readNBytes(buf, 0, want);
                if (got < want) {
                    throw new EOFException("only " + (done + got) + " of its " + size + " bytes could be read");
                }
                for (int i = 0; i < got; i += 2) {
                    out[at++] = view.getShort(i);
                }
                done += got;
            }
            return null;
        });
    }

    /** The south-west corner {latitude, longitude} that the name gives, in whole degrees. */
    private static int[] corner(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.find()) {
            throw new InvalidInputException(name + ": SRTM tile name must start like N51E035 or S12W077");
        }
        int lat = Integer.parseInt(m.group(2)) * (m.group(1).equalsIgnoreCase("S") ? -1 : 1);
        int lon = Integer.parseInt(m.group(4)) * (m.group(3).equalsIgnoreCase("W") ? -1 : 1);
        if (lat < -90 || lat > 89 || lon < -180 || lon > 179) {
            throw new InvalidInputException(name + ": SRTM tile corner " + lat + ", " + lon + " is off the globe");
        }
        return new int[] {lat, lon};
    }

    /** Posts per side, from the tile's size in bytes, after checking it is one of an SRTM tile's. */
    private static int posts(String what, long size) {
        if (size != ONE_SECOND_BYTES && size != THREE_SECOND_BYTES) {
            throw new InvalidInputException(what + ": size " + size + " bytes is not an SRTM tile (2884802 bytes "
                    + "for 3 arc-seconds or 25934402 for 1 arc-second)");
        }
        return size == ONE_SECOND_BYTES ? 3601 : 1201;
    }

    /** Whether {@code name} is a zipped tile, as NASA's LP DAAC and others distribute them ({@code N51E035.SRTMGL1.hgt.zip}). */
    static boolean isZipped(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".hgt.zip");
    }

    /** What is done with a tile's bytes: {@code what} names it in messages, {@code size} is its length. */
    private interface Body<T> {
        T apply(String what, long size, InputStream in) throws IOException;
    }

    /**
     * Opens the tile's bytes: the file itself, or the tile inside a zip, which holds it at its top level
     * under the tile's own name as the zip's name spells it ({@code N51E035.SRTMGL1.hgt.zip} holds
     * {@code N51E035.hgt}): the one entry GDAL's SRTMHGT driver opens, so that a zip holding other tiles
     * too cannot give another tile's heights.
     */
    private static <T> T open(Path path, Body<T> body) {
        String name = path.getFileName().toString();
        try {
            if (!isZipped(name)) {
                try (InputStream in = Files.newInputStream(path)) {
                    return body.apply(name, Files.size(path), in);
                }
            }
            Matcher m = NAME.matcher(name);
            String entryName = (m.find() ? m.group() : name) + ".hgt";
            try (ZipFile zip = new ZipFile(path.toFile())) {
                ZipEntry found = zip.getEntry(entryName);
                if (found == null) {
                    found = zip.getEntry("./" + entryName); // the same top-level entry, as some zip tools name it
                }
                if (found == null || found.isDirectory()) {
                    List<String> held = new ArrayList<>();
                    for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements() && held.size() < 6;) {
                        held.add(e.nextElement().getName());
                    }
                    throw new InvalidInputException(name + ": the zip holds no " + entryName + " at its top level (it holds "
                            + (held.isEmpty() ? "nothing" : held.size() > 5 ? String.join(", ", held.subList(0, 5)) + ", ..."
                                    : String.join(", ", held)) + ")");
                }
                try (InputStream in = zip.getInputStream(found)) {
                    return body.apply(name + " (" + found.getName() + ")", found.getSize(), in);
                }
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(name + ": no such file", e);
        } catch (ZipException e) {
            throw new InvalidInputException(name + ": not a readable zip file (" + e.getMessage() + ")", e);
        } catch (EOFException e) {
            throw new InvalidInputException(name + ": the tile is truncated (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot read: " + FileErrors.reason(e), e);
        }
    }
}
