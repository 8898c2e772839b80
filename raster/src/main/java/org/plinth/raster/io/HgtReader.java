package org.plinth.raster.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ShortBuffer;
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

    private HgtReader() {
    }

    public static RasterFile read(Path path) {
        String name = path.getFileName().toString();
        Matcher m = NAME.matcher(name);
        if (!m.find()) {
            throw new InvalidInputException(name + ": SRTM tile name must start like N51E035 or S12W077");
        }
        int lat = Integer.parseInt(m.group(2)) * (m.group(1).equalsIgnoreCase("S") ? -1 : 1);
        int lon = Integer.parseInt(m.group(4)) * (m.group(3).equalsIgnoreCase("W") ? -1 : 1);
        if (lat < -90 || lat > 89 || lon < -180 || lon > 179) {
            throw new InvalidInputException(name + ": SRTM tile corner " + lat + ", " + lon + " is off the globe");
        }
        byte[] bytes;
        try {
            bytes = isZipped(name) ? unzip(path, m.group() + ".hgt") : readPlain(path);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(name + ": no such file", e);
        } catch (ZipException e) {
            throw new InvalidInputException(name + ": not a readable zip file (" + e.getMessage() + ")", e);
        } catch (EOFException e) {
            throw new InvalidInputException(name + ": the tile is truncated (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot read: " + FileErrors.reason(e), e);
        }
        int n = bytes.length == 3601 * 3601 * 2 ? 3601 : 1201;
        float[] data = HeapCheck.allocateFloats(name, n, n);
        ShortBuffer s = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN).asShortBuffer();
        for (int i = 0; i < data.length; i++) {
            data[i] = s.get(i);
        }
        double d = 1.0 / (n - 1);
        GeoTransform t = GeoTransform.northUp(lon - d / 2, lat + 1 + d / 2, d, d);
        FloatGrid grid = new FloatGrid(new GridGeometry(n, n, t, Crs.epsg(4326)), data, (float) VOID);
        return new RasterFile(grid, RasterDataType.INT16, PixelAnchor.CENTER, 1, Optional.empty());
    }

    /** Whether {@code name} is a zipped tile, as NASA's LP DAAC and others distribute them ({@code N51E035.SRTMGL1.hgt.zip}). */
    static boolean isZipped(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".hgt.zip");
    }

    private static byte[] readPlain(Path path) throws IOException {
        String name = path.getFileName().toString();
        return readTile(name, Files.size(path), Files.newInputStream(path));
    }

    /**
     * The tile inside a zip, which holds it at its top level under the tile's own name as the zip's name
     * spells it ({@code N51E035.SRTMGL1.hgt.zip} holds {@code N51E035.hgt}): the one entry GDAL's SRTMHGT
     * driver opens, so that a zip holding other tiles too cannot give another tile's heights.
     */
    private static byte[] unzip(Path path, String entryName) throws IOException {
        String name = path.getFileName().toString();
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
            return readTile(name + " (" + found.getName() + ")", found.getSize(), zip.getInputStream(found));
        }
    }

    /** Reads a tile's bytes after checking that its size is one of an SRTM tile's. */
    private static byte[] readTile(String name, long size, InputStream stream) throws IOException {
        try (InputStream in = stream) {
            if (size != 3601L * 3601 * 2 && size != 1201L * 1201 * 2) {
                throw new InvalidInputException(name + ": size " + size + " bytes is not an SRTM tile (2884802 bytes "
                        + "for 3 arc-seconds or 25934402 for 1 arc-second)");
            }
            byte[] bytes = in.readNBytes((int) size);
            if (bytes.length != size) {
                throw new EOFException("only " + bytes.length + " of its " + size + " bytes could be read");
            }
            return bytes;
        }
    }
}
