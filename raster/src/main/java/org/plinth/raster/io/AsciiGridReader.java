package org.plinth.raster.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.InvalidInputException;
import org.plinth.raster.PixelAnchor;

/**
 * Reads an ESRI ASCII grid ({@code .asc}) as GDAL's AAIGrid driver does.
 *
 * <p>Header keys (any case, any order): {@code ncols}, {@code nrows}, {@code xllcorner} or
 * {@code xllcenter}, {@code yllcorner} or {@code yllcenter}, {@code cellsize} or GDAL's {@code dx}
 * and {@code dy}, and optionally {@code NODATA_value}. A {@code *llcenter} origin refers to the centre
 * of the lower-left cell and is shifted by half a cell (anchor {@link PixelAnchor#CENTER}). Values
 * follow row by row from the north. The data type is Int32 when no value (nor the NoData value) has a
 * decimal point or exponent, else Float32, as GDAL decides it.
 *
 * <p>CRS: from a sibling {@code .prj} holding ESRI WKT (see {@link EsriWkt}); none gives
 * {@link Crs#unknown()}. A {@code .prj} that is not WKT is kept as the citation only.
 */
public final class AsciiGridReader {
    private AsciiGridReader() {
    }

    /** A grid read, with the header it was read under. */
    private record Parsed(RasterFile file, Header header) {
    }

    /**
     * What {@link RasterFiles#header} gives for an ASCII grid (read whole: its sample type depends on
     * the values), with the {@code NODATA_value} as the header states it (Int32 2147483647, which float
     * rounds to 2147483648).
     */
    static RasterHeader header(Path path) {
        Parsed p = parse(path);
        RasterFile f = p.file();
        String nd = p.header().noDataText();
        return new RasterHeader(f.grid().geometry(), f.dataType(), f.grid().noData(), f.anchor(), f.bandCount(),
                f.crsCitation(), nd == null ? null : GdalNumbers.parse(nd));
    }

    public static RasterFile read(Path path) {
        return parse(path).file();
    }

    private static Parsed parse(Path path) {
        String name = path.getFileName().toString();
        try (InputStream in = Files.newInputStream(path)) {
            AsciiTokenizer tokens = new AsciiTokenizer(in);
            Map<String, String> header = new HashMap<>();
            boolean more = tokens.next();
            while (more && !tokens.isNumeric()) {
                String key = tokens.text().toLowerCase(Locale.ROOT);
                if (!tokens.next()) {
                    throw new InvalidInputException(name + ": header key " + key + " has no value");
                }
                header.put(key, tokens.text());
                more = tokens.next();
            }
            Header h = Header.of(name, header);
            float[] data = HeapCheck.allocateFloats(name, h.cols, h.rows);
            int n = 0;
            try {
                while (more && n < data.length) {
                    data[n] = (float) tokens.number();
                    n++;
                    more = tokens.next();
                }
            } catch (NumberFormatException e) {
                throw new InvalidInputException(name + ": value at row " + (n / h.cols + 1) + ", column "
                        + (n % h.cols + 1) + " is not a number: '" + tokens.text() + "'", e);
            }
            if (n < data.length) {
                throw new InvalidInputException(name + ": expected " + data.length + " values (" + h.cols + " x "
                        + h.rows + "), found " + n);
            }
            boolean fractional = tokens.sawFraction() || (h.noDataText != null && isFractional(h.noDataText));
            Prj prj = readPrj(path);
            GridGeometry g = new GridGeometry(h.cols, h.rows, h.transform, prj.crs);
            return new Parsed(new RasterFile(new FloatGrid(g, data, h.noData), fractional ? RasterDataType.FLOAT32
                    : RasterDataType.INT32, h.anchor, 1, Optional.ofNullable(prj.citation)), h);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(name + ": no such file", e);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static boolean isFractional(String s) {
        return s.indexOf('.') >= 0 || s.indexOf('e') >= 0 || s.indexOf('E') >= 0;
    }

    /** The parsed and checked header. */
    private record Header(int cols, int rows, GeoTransform transform, PixelAnchor anchor, Float noData,
                          String noDataText) {
        static Header of(String name, Map<String, String> h) {
            int cols = (int) positive(name, h, "ncols");
            int rows = (int) positive(name, h, "nrows");
            double cellsize = h.containsKey("cellsize") ? positiveNumber(name, h, "cellsize") : Double.NaN;
            double dx = h.containsKey("dx") ? positiveNumber(name, h, "dx") : cellsize;
            double dy = h.containsKey("dy") ? positiveNumber(name, h, "dy") : cellsize;
            if (Double.isNaN(dx) || Double.isNaN(dy)) {
                throw new InvalidInputException(name + ": header has no cellsize (nor dx and dy)");
            }
            boolean centre = h.containsKey("xllcenter");
            double x = centre ? number(name, h, "xllcenter") - dx / 2 : number(name, h, "xllcorner");
            double y = h.containsKey("yllcenter") ? number(name, h, "yllcenter") - dy / 2 : number(name, h, "yllcorner");
            String nd = h.get("nodata_value");
            Float noData = nd == null ? null : (float) noDataNumber(name, nd);
            GeoTransform transform;
            try {
                transform = GeoTransform.northUp(x, y + rows * dy, dx, dy);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(name + ": header gives no usable georeference (" + e.getMessage()
                        + "): lower-left corner " + x + ", " + y + ", cell size " + dx + " x " + dy + ", " + rows + " rows", e);
            }
            return new Header(cols, rows, transform, centre ? PixelAnchor.CENTER : PixelAnchor.CORNER, noData, nd);
        }

        /** NODATA_value as GDAL writes and parses it: a number, or nan / inf. */
        private static double noDataNumber(String name, String v) {
            try {
                return GdalNumbers.parse(v);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(name + ": header nodata_value is not a number: '" + v + "'", e);
            }
        }

        private static double number(String name, Map<String, String> h, String key) {
            String v = h.get(key);
            if (v == null) {
                throw new InvalidInputException(name + ": header has no " + key);
            }
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(name + ": header " + key + " is not a number: '" + v + "'", e);
            }
        }

        private static double positiveNumber(String name, Map<String, String> h, String key) {
            double v = number(name, h, key);
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new InvalidInputException(name + ": header " + key + " must be > 0, was " + h.get(key));
            }
            return v;
        }

        private static long positive(String name, Map<String, String> h, String key) {
            double v = positiveNumber(name, h, key);
            if (v != Math.rint(v) || v > Integer.MAX_VALUE) {
                throw new InvalidInputException(name + ": header " + key + " must be a whole number, was " + h.get(key));
            }
            return (long) v;
        }
    }

    private record Prj(Crs crs, String citation) {
    }

    private static Prj readPrj(Path path) throws IOException {
        String file = path.getFileName().toString();
        int dot = file.lastIndexOf('.');
        String base = dot > 0 ? file.substring(0, dot) : file;
        for (String ext : new String[] {".prj", ".PRJ"}) {
            Path prj = path.resolveSibling(base + ext);
            if (Files.isRegularFile(prj)) {
                String text = Files.readString(prj, StandardCharsets.ISO_8859_1).strip();
                try {
                    Crs crs = EsriWkt.parse(text);
                    return new Prj(crs, null);
                } catch (IllegalArgumentException e) {
                    return new Prj(Crs.unknown(), text.isEmpty() ? null : text);
                }
            }
        }
        return new Prj(Crs.unknown(), null);
    }
}
