package org.plinth.raster.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.IntStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.InvalidInputException;
import org.plinth.raster.Monitor;
import org.plinth.raster.PixelAnchor;
import org.plinth.raster.Window;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads one band of a GDAL virtual raster ({@code .vrt}) of the kind {@code gdalbuildvrt} makes to join
 * DEM tiles: a {@code VRTDataset} with its size, {@code SRS} (WKT or {@code EPSG:n}) and
 * {@code GeoTransform}, whose {@code VRTRasterBand}s (band n is the n-th, as GDAL numbers them) are
 * painted from {@code SimpleSource} and {@code ComplexSource} elements, each a rectangle of a band
 * ({@code SourceBand}, 1 when absent) of a raster file plinth reads (GeoTIFF, SRTM .hgt or .hgt.zip,
 * ASCII grid).
 *
 * <p>As GDAL 3.6 does: cells start as the band's {@code NoDataValue} (0 without one; with
 * {@code HideNoDataValue} they hold it as data); sources are painted in the file's order, a later one
 * over an earlier one; a {@code ComplexSource}'s cells equal to its {@code NODATA} (within GDAL's
 * {@code ARE_REAL_EQUAL} tolerance) are not painted, and its {@code ScaleOffset}/{@code ScaleRatio}
 * apply as value * ratio + offset (a {@code SimpleSource} has neither, as in GDAL); an integer source in
 * an integer band of another type is clamped to the band type's range. {@code SrcRect} and
 * {@code DstRect} must have the same whole-cell size (no resampling) and a source's rectangle is clipped
 * to its raster. A band without {@code dataType} is Byte.
 *
 * <p>What would give values other than GDAL's is refused in one sentence naming the file: warped and
 * derived VRTs, other source kinds, lookup tables, mask bands ({@code UseMaskBand}), resampled
 * sources, floating-point or scaled values in an integer band (GDAL's rounding there depends on the type
 * and code path), an integer band's NoDataValue that the type cannot hold (GDAL fills the gaps with it
 * rounded or clamped, as data), GDAL virtual file systems ({@code /vsizip/...}), VRTs of VRTs, and
 * mask bands as sources ({@code <SourceBand>mask,1</SourceBand>}).
 *
 * <p>{@link #read(Path, int, Window, Monitor)} with a window reads only the sources that meet the window, and of those
 * only the part inside it.
 */
final class VrtReader {
    /** Children of a source that plinth applies or that do not change values. */
    private static final Set<String> SOURCE_CHILDREN = Set.of("SourceFilename", "SourceBand", "SourceProperties",
            "SrcRect", "DstRect", "NODATA", "ScaleOffset", "ScaleRatio", "UseMaskBand");

    private VrtReader() {
    }

    /** A source: where its cells come from and where they go, in whole cells. */
    private record Source(Path file, int band, Window src, Window dst, Double noData, double offset, double ratio) {
    }

    /** What the VRT file says, sources not yet read. */
    private record Vrt(RasterHeader header, float fill, List<Source> sources) {
    }

    /**
     * Every file the VRT names as a source, in any band and any kind of source, including those plinth
     * would refuse to read: the files a command must not write over. Nothing but the names is checked.
     */
    static List<Path> sourceFiles(Path path) {
        Path dir = path.toAbsolutePath().getParent();
        List<Path> files = new ArrayList<>();
        Element root = document(path);
        // SourceDataset: the source of a warped VRT (gdalwarp -of VRT)
        for (String tag : new String[] {"SourceFilename", "SourceDataset"}) {
            NodeList names = root.getElementsByTagName(tag);
            for (int i = 0; i < names.getLength(); i++) {
                Element e = (Element) names.item(i);
                String file = e.getTextContent().strip();
                try {
                    files.add("1".equals(e.getAttribute("relativeToVRT")) ? dir.resolve(file) : Path.of(file));
                } catch (InvalidPathException ex) {
                    // not a path on this system, so no file there to protect
                }
            }
        }
        return files;
    }

    static RasterHeader header(Path path, int band) {
        return parse(path, band).header();
    }

    /**
     * Reads the cells of {@code window} (the whole grid when null) of band {@code band}, numbered from
     * 1 in the order of the VRT's {@code VRTRasterBand} elements.
     */
    static RasterFile read(Path path, int band, Window window, Monitor monitor) {
        Vrt vrt = parse(path, band);
        if (window != null) {
            vrt.header().geometry().subgrid(window); // refuses a window that is empty or not inside the grid
        }
        return paint(path, vrt, window == null ? vrt.header().geometry().window() : window, monitor);
    }

    private static RasterFile paint(Path path, Vrt vrt, Window window, Monitor monitor) {
        String name = path.getFileName().toString();
        RasterHeader h = vrt.header();
        float[] data = HeapCheck.allocateFloats(name, window.width(), window.height());
        if (Float.floatToRawIntBits(vrt.fill()) != 0) {
            Arrays.fill(data, vrt.fill());
        }
        List<Source> sources = vrt.sources();
        Scratch scratch = new Scratch(name);
        for (int i = 0; i < sources.size(); i++) {
            monitor.checkCancelled();
            paintSource(name, i + 1, sources.get(i), window, h.dataType(), data, scratch);
            monitor.progress((i + 1.0) / sources.size());
        }
        FloatGrid grid = new FloatGrid(h.geometry().subgrid(window), data, h.noData());
        return new RasterFile(grid, h.dataType(), h.anchor(), h.bandCount(), h.crsCitation());
    }

    /**
     * One array that the sources whose values need masking or converting are decoded into in turn, so that
     * a mosaic of many tiles holds one tile's cells besides its own, not a grid per tile waiting for the
     * collector.
     */
    private static final class Scratch {
        private final String name;
        private float[] cells = new float[0];

        Scratch(String name) {
            this.name = name;
        }

        float[] atLeast(int cols, int rows) {
            if (cells.length < (long) cols * rows) {
                cells = null; // let the smaller one go before the larger one is allocated
                cells = HeapCheck.allocateFloats(name, cols, rows);
            }
            return cells;
        }
    }

    /**
     * Paints the part of {@code s} that falls in {@code window} into {@code data} (the window's cells),
     * each value converted to the band's type as GDAL converts it where that is exact.
     */
    private static void paintSource(String name, int index, Source s, Window window, RasterDataType bandType,
                                    float[] data, Scratch scratch) {
        Window dst = s.dst().intersect(window);
        if (dst.isEmpty()) {
            return;
        }
        // the source's rectangle clipped to its raster, and the destination cells that still have a source cell
        int dc = s.src().colStart() - s.dst().colStart();
        int dr = s.src().rowStart() - s.dst().rowStart();
        Window wanted = new Window(dst.colStart() + dc, dst.rowStart() + dr, dst.colStop() + dc, dst.rowStop() + dr);
        RasterFiles.Format format;
        RasterHeader sh;
        try {
            format = RasterFiles.detect(s.file());
            if (format == RasterFiles.Format.VRT) {
                throw new InvalidInputException(s.file().getFileName() + " is itself a VRT; plinth reads one level of VRT");
            }
            sh = RasterFiles.header(s.file(), s.band());
        } catch (InvalidInputException e) {
            throw new InvalidInputException(name + ": source " + index + ": " + e.getMessage(), e);
        }
        RasterDataType srcType = sh.dataType();
        Window all = sh.geometry().window();
        Window inSource = wanted.intersect(all);
        if (inSource.isEmpty()) {
            return;
        }
        boolean masked = s.noData() != null;
        boolean scaled = s.offset() != 0 || s.ratio() != 1;
        if (!bandType.isFloatingPoint() && (scaled || srcType.isFloatingPoint())) {
            // GDAL rounds such values differently by type and code path (in float for Byte and Int32,
            // in double for Int16), so plinth does not guess
            throw new InvalidInputException(name + ": source " + index + " puts " + (scaled ? "scaled" : srcType
                    .gdalName()) + " values in an integer band (" + bandType.gdalName() + "), which GDAL rounds in ways plinth "
                    + "does not reproduce; write the VRT out with gdal_translate first");
        }
        boolean asIs = !masked && !scaled && srcType == bandType;
        int w = window.width();
        // the source's cells: v[first + r * stride + c] is cell (c, r) of inSource
        float[] v;
        int first;
        int stride;
        try {
            if (format == RasterFiles.Format.GEOTIFF) {
                // a GeoTIFF decodes only the strips or tiles the window meets, and when its values go in as
                // they are, straight into their place in the mosaic
                if (asIs) {
                    int base = (inSource.rowStart() - dr - window.rowStart()) * w + inSource.colStart() - dc
                            - window.colStart();
                    GeoTiffReader.readInto(s.file(), s.band(), inSource, data, base, w, Monitor.NONE);
                    return;
                }
                v = scratch.atLeast(inSource.width(), inSource.height());
                GeoTiffReader.readInto(s.file(), s.band(), inSource, v, 0, inSource.width(), Monitor.NONE);
                first = 0;
                stride = inSource.width();
            } else {
                if (format == RasterFiles.Format.HGT) {
                    // a tile is decoded whole (it streams from its file or zip) into the shared scratch array
                    v = scratch.atLeast(all.width(), all.height());
                    HgtReader.readInto(s.file(), v);
                } else {
                    v = RasterFiles.read(s.file(), s.band(), null, Monitor.NONE).grid().data();
                }
                first = inSource.rowStart() * all.width() + inSource.colStart();
                stride = all.width();
            }
        } catch (InvalidInputException e) {
            throw new InvalidInputException(name + ": source " + index + ": " + e.getMessage(), e);
        }
        // GDAL works in double when the band or the source is Float64, else in float
        boolean wide = bandType == RasterDataType.FLOAT64 || srcType == RasterDataType.FLOAT64;
        boolean clamped = !bandType.isFloatingPoint() && srcType != bandType;
        double noData = masked ? s.noData() : Double.NaN;
        double ratio = s.ratio();
        double offset = s.offset();
        Window from = inSource;
        // rows of one source are independent: painted in parallel (sources stay in order, later over earlier)
        IntStream.range(0, from.height()).parallel().forEach(r -> {
            int to = (from.rowStart() + r - dr - window.rowStart()) * w + from.colStart() - dc - window.colStart();
            int at = first + r * stride;
            if (asIs) {
                System.arraycopy(v, at, data, to, from.width());
                return;
            }
            for (int c = 0; c < from.width(); c++) {
                float x = v[at + c];
                if (masked && isNoData(x, noData, wide)) {
                    continue;
                }
                data[to + c] = scaled ? (float) (x * ratio + offset) : clamped ? clampTo(bandType, x) : x;
            }
        });
    }

    /**
     * Whether a source value is the source's NODATA as a GDAL 3.6 ComplexSource decides it: NaN matches
     * NaN; otherwise equal, or closer than 2 × float's epsilon × |their sum| ({@code ARE_REAL_EQUAL}):
     * about ±0.005 around -9999. GDAL computes in double when the band or the source is Float64
     * ({@code wide}), in float otherwise, with float's epsilon either way.
     */
    static boolean isNoData(float x, double noData, boolean wide) {
        if (Double.isNaN(noData)) {
            return Float.isNaN(x);
        }
        if (wide) {
            double a = x;
            // GDAL 3.6's ARE_REAL_EQUAL takes float's epsilon in double arithmetic too
            return a == noData || Math.abs(a - noData) < Math.ulp(1.0f) * Math.abs(a + noData) * 2;
        }
        float b = (float) noData;
        return x == b || Math.abs(x - b) < Math.ulp(1.0f) * Math.abs(x + b) * 2;
    }

    /** An integer read from a source, stored in an integer band: clamped to the band type's range. */
    static float clampTo(RasterDataType type, float v) {
        return (float) Math.min(type.maxValue(), Math.max(type.minValue(), v));
    }

    /** The VRT's root element, parsed without resolving external entities. */
    private static Element document(Path path) {
        String name = path.getFileName().toString();
        try {
            return builder().parse(path.toFile()).getDocumentElement();
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(name + ": no such file", e);
        } catch (SAXException e) {
            throw new InvalidInputException(name + ": not a readable VRT (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            if (Files.notExists(path)) {
                throw new InvalidInputException(name + ": no such file", e);
            }
            throw new UncheckedIOException(name + ": cannot read: " + FileErrors.reason(e), e);
        }
    }

    private static Vrt parse(Path path, int bandNumber) {
        String name = path.getFileName().toString();
        Element root = document(path);
        if (!root.getTagName().equals("VRTDataset")) {
            throw new InvalidInputException(name + ": not a VRT (its root element is " + root.getTagName() + ")");
        }
        if (!root.getAttribute("subClass").isEmpty()) {
            throw new InvalidInputException(name + ": a " + root.getAttribute("subClass") + " (such as gdalwarp -of VRT "
                    + "makes) is not read by plinth; warp with plinth or write a GeoTIFF with gdal_translate");
        }
        int cols = positiveInt(name, root, "rasterXSize");
        int rows = positiveInt(name, root, "rasterYSize");
        HeapCheck.requireArraySize(name, cols, rows);
        GeoTransform transform = transform(name, child(root, "GeoTransform"));
        Element srs = child(root, "SRS");
        Crs crs = srs == null || srs.getTextContent().isBlank() ? Crs.unknown() : crs(name, srs.getTextContent());
        List<Element> bands = children(root, "VRTRasterBand");
        if (bands.isEmpty()) {
            throw new InvalidInputException(name + ": the VRT has no VRTRasterBand");
        }
        if (bandNumber < 1 || bandNumber > bands.size()) {
            throw RasterFiles.noSuchBand(name, bandNumber, bands.size());
        }
        Element band = bands.get(bandNumber - 1);
        if (!band.getAttribute("subClass").isEmpty()) {
            throw new InvalidInputException(name + ": band " + bandNumber + " is a " + band.getAttribute("subClass")
                    + ", which plinth does not compute; write it out with gdal_translate first");
        }
        RasterDataType type = dataType(name, bandNumber, band.getAttribute("dataType"));
        Element nd = child(band, "NoDataValue");
        Double declared = nd == null ? null : number(name, "NoDataValue", nd.getTextContent());
        Float noData = declared == null ? null : declared.floatValue();
        if (noData != null && !type.isFloatingPoint()
                && (noData != Math.rint(noData) || clampTo(type, noData) != noData.floatValue())) {
            // GDAL fills such a band's gaps with the value rounded or clamped, which is then no longer
            // the NoData value: the gaps become data (e.g. 32767 m for 40000 in Int16)
            throw new InvalidInputException(name + ": NoDataValue " + nd.getTextContent().strip() + " is not a value that a band "
                    + "of type " + type.gdalName() + " holds, so GDAL would fill the gaps with data; give one in the type's range");
        }
        Element hide = child(band, "HideNoDataValue");
        float fill = noData == null ? 0 : noData;
        if (hide != null && isTrue(hide.getTextContent())) {
            noData = null; // the gaps still hold the value, but as data
            declared = null;
        }
        List<Source> sources = new ArrayList<>();
        Path dir = path.toAbsolutePath().getParent();
        for (Node n = band.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().endsWith("Source")) {
                sources.add(source(name, sources.size() + 1, e, dir));
            }
        }
        Optional<String> citation = srs == null ? Optional.empty() : Optional.of(srs.getTextContent().strip());
        GridGeometry geometry = new GridGeometry(cols, rows, transform, crs);
        return new Vrt(new RasterHeader(geometry, type, noData, PixelAnchor.CORNER, bands.size(), citation, declared), fill,
                sources);
    }

    private static Source source(String name, int index, Element e, Path dir) {
        String where = name + ": source " + index;
        String kind = e.getTagName();
        if (!kind.equals("SimpleSource") && !kind.equals("ComplexSource")) {
            throw new InvalidInputException(where + " is a " + kind + ", which plinth does not compute (it reads "
                    + "SimpleSource and ComplexSource); write the VRT out with gdal_translate first");
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && !SOURCE_CHILDREN.contains(c.getTagName())) {
                throw new InvalidInputException(where + " has " + c.getTagName() + ", which plinth does not apply; "
                        + "write the VRT out with gdal_translate first");
            }
        }
        Element fileName = child(e, "SourceFilename");
        if (fileName == null || fileName.getTextContent().isBlank()) {
            throw new InvalidInputException(where + " has no SourceFilename");
        }
        String file = fileName.getTextContent().strip();
        if (file.startsWith("/vsi")) {
            throw new InvalidInputException(where + ": " + file + " is in a GDAL virtual file system, which plinth "
                    + "does not read; name the file itself (an SRTM .hgt.zip is read directly)");
        }
        Path resolved = "1".equals(fileName.getAttribute("relativeToVRT")) ? dir.resolve(file) : Path.of(file);
        if (resolved.getFileName() == null) {
            throw new InvalidInputException(where + ": SourceFilename " + file + " names no file");
        }
        if (resolved.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".vrt")) {
            throw new InvalidInputException(where + ": " + file + " is itself a VRT; plinth reads one level of VRT");
        }
        Element bandElement = child(e, "SourceBand");
        int band = 1;
        if (bandElement != null) {
            String text = bandElement.getTextContent().strip();
            try {
                band = Integer.parseInt(text);
            } catch (NumberFormatException ex) {
                band = 0;
            }
            if (band < 1) {
                // mask bands (mask,1) and anything else that is not a band number
                throw new InvalidInputException(where + ": SourceBand " + text + " is not a band number plinth reads "
                        + "(1 or more)");
            }
        }
        Window src = rect(where, child(e, "SrcRect"), "SrcRect");
        Window dst = rect(where, child(e, "DstRect"), "DstRect");
        if (src == null || dst == null) {
            throw new InvalidInputException(where + " needs SrcRect and DstRect (gdalbuildvrt writes both)");
        }
        if (src.width() != dst.width() || src.height() != dst.height()) {
            throw new InvalidInputException(where + " is resampled (SrcRect " + src.width() + " x " + src.height()
                    + ", DstRect " + dst.width() + " x " + dst.height() + "); plinth joins tiles of one cell size: "
                    + "build the VRT from such tiles or warp them first");
        }
        Element mask = child(e, "UseMaskBand");
        if (mask != null && isTrue(mask.getTextContent())) {
            throw new InvalidInputException(where + " uses its mask band (an alpha band or an internal mask), which "
                    + "plinth does not read; give the tiles a NoData value instead (gdal_translate -a_nodata)");
        }
        if (kind.equals("SimpleSource")) {
            // GDAL applies NODATA and scaling only in a ComplexSource
            return new Source(resolved, band, src, dst, null, 0, 1);
        }
        Element nd = child(e, "NODATA");
        Double noData = nd == null ? null : number(where, "NODATA", nd.getTextContent());
        Element off = child(e, "ScaleOffset");
        Element ratio = child(e, "ScaleRatio");
        return new Source(resolved, band, src, dst, noData, off == null ? 0 : number(where, "ScaleOffset", off.getTextContent()),
                ratio == null ? 1 : number(where, "ScaleRatio", ratio.getTextContent()));
    }

    /** A rectangle in whole cells; fractional offsets or sizes would need resampling. */
    private static Window rect(String where, Element e, String tag) {
        if (e == null) {
            return null;
        }
        double[] v = new double[4];
        String[] names = {"xOff", "yOff", "xSize", "ySize"};
        for (int i = 0; i < 4; i++) {
            v[i] = number(where, tag + " " + names[i], e.getAttribute(names[i]));
            if (v[i] != Math.rint(v[i]) || Math.abs(v[i]) > Integer.MAX_VALUE / 2.0 || (i >= 2 && v[i] <= 0)) {
                throw new InvalidInputException(where + ": " + tag + " " + names[i] + " " + e.getAttribute(names[i])
                        + " is not a " + (i >= 2 ? "positive " : "") + "whole number of cells (plinth does not resample)");
            }
        }
        return new Window((int) v[0], (int) v[1], (int) (v[0] + v[2]), (int) (v[1] + v[3]));
    }

    private static GeoTransform transform(String name, Element e) {
        if (e == null) {
            return new GeoTransform(0, 1, 0, 0, 0, 1);
        }
        String[] parts = e.getTextContent().strip().split("\\s*,\\s*");
        if (parts.length != 6) {
            throw new InvalidInputException(name + ": GeoTransform '" + e.getTextContent().strip()
                    + "' does not have 6 numbers");
        }
        double[] v = new double[6];
        for (int i = 0; i < 6; i++) {
            v[i] = number(name, "GeoTransform", parts[i]);
        }
        try {
            return new GeoTransform(v[0], v[1], v[2], v[3], v[4], v[5]);
        } catch (IllegalArgumentException ex) {
            throw new InvalidInputException(name + ": GeoTransform '" + e.getTextContent().strip() + "': "
                    + ex.getMessage(), ex);
        }
    }

    /** The SRS as GDAL writes it: WKT 1 (gdalbuildvrt), or an {@code EPSG:n} a user typed. */
    private static Crs crs(String name, String text) {
        try {
            OptionalInt code = Crs.parseEpsgCode(text);
            if (code.isPresent()) {
                return Crs.epsg(code.getAsInt());
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name + ": SRS " + text.strip() + " is not an EPSG code ("
                    + e.getMessage() + ")", e);
        }
        try {
            return EsriWkt.parse(text.strip());
        } catch (IllegalArgumentException e) {
            String shown = text.strip().length() > 60 ? text.strip().substring(0, 60) + "..." : text.strip();
            throw new InvalidInputException(name + ": SRS '" + shown + "' is neither WKT nor EPSG:n, which plinth reads ("
                    + e.getMessage() + ")", e);
        }
    }

    /** As GDAL's CPLTestBool: anything but no, false, off or 0 is true. */
    private static boolean isTrue(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return !(t.equals("0") || t.equals("false") || t.equals("no") || t.equals("off"));
    }

    private static RasterDataType dataType(String name, int bandNumber, String gdalName) {
        String t = gdalName.isEmpty() ? "Byte" : gdalName; // GDAL's default
        for (RasterDataType d : RasterDataType.values()) {
            if (d.gdalName().equals(t)) {
                return d;
            }
        }
        throw new InvalidInputException(name + ": band " + bandNumber + " dataType " + t + " is not a sample type plinth reads "
                + "(Byte, Int8, Int16, UInt16, Int32, UInt32, Float32, Float64)");
    }

    private static int positiveInt(String name, Element e, String attribute) {
        String s = e.getAttribute(attribute);
        try {
            int v = Integer.parseInt(s.strip());
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new InvalidInputException(name + ": " + attribute + " '" + s + "' is not a positive whole number");
    }

    private static double number(String where, String field, String text) {
        try {
            return GdalNumbers.parse(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(where + ": " + field + " '" + text.strip() + "' is not a number", e);
        }
    }

    private static Element child(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }

    /** A parser that reads no DTD and no external entity (a VRT has neither). */
    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            // errors become the exception the caller reports, not lines the parser prints
            b.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
        }
    }
}
