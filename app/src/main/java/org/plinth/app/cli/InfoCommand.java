package org.plinth.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.PixelAnchor;
import org.plinth.raster.io.RasterDescription;
import org.plinth.raster.io.RasterFiles;
import org.plinth.raster.io.RasterHeader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plinth raster info}: what plinth reads from a raster, as {@code gdalinfo} shows what GDAL reads,
 * so that a user can see how plinth takes a file (a VRT, a zipped SRTM tile, a GeoTIFF's anchor and
 * NoData) before running a kernel on it.
 */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = {"What plinth reads from a raster file, as gdalinfo: format, size, sample type, CRS, "
                + "georeference, extent, cell anchor and NoData of band 1 (or --band N); --stats reads the cells too.",
            "Reads GeoTIFF, SRTM .hgt / .hgt.zip, ESRI ASCII grid and GDAL VRT mosaics."})
public final class InfoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "RASTER", description = "The raster file.")
    Path file;

    @Option(names = "--stats", description = "Read the cells and report minimum, maximum, mean and standard deviation "
            + "of the valid ones, and how many are NoData (gdalinfo -stats, computed exactly). NoData cells are those "
            + "plinth's kernels skip: NaN or equal to the NoData value in float32 (GDAL also skips values within "
            + "float rounding of it).")
    boolean stats;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Option(names = {"-b", "--band"}, paramLabel = "N", converter = BandNumberConverter.class, description = "The band whose sample type, NoData and statistics "
            + "are shown, numbered from 1 (default: ${DEFAULT-VALUE}).")
    int band = 1;

    /** The statistics of a grid's valid cells. */
    record Stats(long valid, long noData, double min, double max, double mean, double stdDev) {
        static Stats of(FloatGrid g) {
            long n = 0;
            long none = 0;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double mean = 0;
            double m2 = 0;
            for (float v : g.data()) {
                if (g.isNoData(v)) {
                    none++;
                    continue;
                }
                n++;
                min = Math.min(min, v);
                max = Math.max(max, v);
                double d = v - mean; // Welford: stable for large grids
                mean += d / n;
                m2 += d * (v - mean);
            }
            return n == 0 ? new Stats(0, none, Double.NaN, Double.NaN, Double.NaN, Double.NaN)
                    : new Stats(n, none, min, max, mean, Math.sqrt(m2 / n));
        }
    }

    @Override
    public Integer call() {
        RasterDescription d = RasterFiles.describe(file, band, stats);
        String format = format();
        Stats s = d.cells().map(Stats::of).orElse(null);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(json(d, format, s));
        } else {
            text(out, d, format, s);
        }
        out.flush();
        return PlinthCommand.OK;
    }

    private String format() {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return switch (RasterFiles.detect(file)) {
            case GEOTIFF -> "GeoTIFF";
            case HGT -> name.endsWith(".zip") ? "SRTM .hgt (zipped)" : "SRTM .hgt";
            case ASCII_GRID -> "ESRI ASCII grid";
            case VRT -> "GDAL VRT";
        };
    }

    private static String crs(Crs crs) {
        if (!crs.isKnown()) {
            return "none (kernels that measure in metres refuse this raster)";
        }
        String kind = crs.isGeographic() ? "geographic, degrees" : "projected, " + crs.linearUnit();
        if (crs.epsgCode().isPresent()) {
            return "EPSG:" + crs.epsgCode().getAsInt() + " (" + kind + ")";
        }
        String wkt = crs.wkt().orElse("");
        return "WKT only (" + kind + "): " + (wkt.length() > 70 ? wkt.substring(0, 70) + "..." : wkt);
    }

    private void text(PrintWriter out, RasterDescription d, String format, Stats s) {
        RasterHeader h = d.header();
        GridGeometry g = h.geometry();
        GeoTransform t = g.transform();
        out.println("File: " + file);
        out.println("Format: " + format + (h.bandCount() > 1 ? "; band " + band + " of " + h.bandCount()
                + " (commands read band 1 unless given --band)" : ""));
        out.printf(Locale.ROOT, "Size: %d x %d cells, %s%n", g.cols(), g.rows(), h.dataType().gdalName());
        out.println("CRS: " + crs(g.crs()));
        if (!d.georeferenced()) {
            // as gdalinfo: no transform, so coordinates are the cells' own (column, row from the top-left corner)
            out.println("Georeference: none (no model transformation, tie point or pixel scale); the raster "
                    + "commands refuse this file until it is georeferenced (e.g. gdal_translate -a_srs -a_ullr)");
            out.printf(Locale.ROOT, "Extent in cell coordinates: columns 0 to %d, rows 0 to %d%n", g.cols(), g.rows());
            out.println("NoData: " + noData(h));
            statistics(out, s);
            return;
        }
        out.printf(Locale.ROOT, "Origin: (%s, %s); cell size %s x %s%s%n", num(t.originX()), num(t.originY()),
                num(t.pixelWidth()), num(t.pixelHeight()), t.rotationX() != 0 || t.rotationY() != 0
                        ? "; rotation " + num(t.rotationX()) + ", " + num(t.rotationY()) : "");
        double[] e = extent(g);
        out.printf(Locale.ROOT, "Extent: west %s, south %s, east %s, north %s%n", num(e[0]), num(e[1]), num(e[2]),
                num(e[3]));
        out.println("Coordinates refer to: " + (h.anchor() == PixelAnchor.CENTER
                ? "cell centres in the file (PixelIsPoint, .hgt posts); the origin above is the outer corner, as GDAL's"
                : "cell corners (PixelIsArea)"));
        out.println("NoData: " + noData(h));
        statistics(out, s);
    }

    private static void statistics(PrintWriter out, Stats s) {
        if (s != null) {
            out.printf(Locale.ROOT, "Statistics: minimum %s, maximum %s, mean %s, standard deviation %s; %d NoData %s "
                    + "(%.2f %%)%n", num(s.min()), num(s.max()), num(s.mean()), num(s.stdDev()), s.noData(),
                    s.noData() == 1 ? "cell" : "cells", 100.0 * s.noData() / Math.max(1, s.noData() + s.valid()));
        }
    }

    private String json(RasterDescription d, String format, Stats s) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        RasterHeader h = d.header();
        GridGeometry g = h.geometry();
        ObjectNode o = mapper.createObjectNode();
        o.put("file", file.toString());
        o.put("format", format);
        o.put("bands", h.bandCount());
        o.put("band", band);
        o.putArray("size").add(g.cols()).add(g.rows());
        o.put("dataType", h.dataType().gdalName());
        ObjectNode crs = o.putObject("crs");
        crs.put("known", g.crs().isKnown());
        g.crs().epsgCode().ifPresent(c -> crs.put("epsg", c));
        g.crs().wkt().ifPresent(w -> crs.put("wkt", w));
        crs.put("geographic", g.crs().isGeographic());
        if (g.crs().isKnown()) {
            crs.put("unit", g.crs().isGeographic() ? "degree" : g.crs().linearUnit());
        } else {
            crs.putNull("unit");
        }
        o.put("georeferenced", d.georeferenced());
        if (d.georeferenced()) {
            var gt = o.putArray("geoTransform");
            for (double v : g.transform().toArray()) {
                gt.add(v);
            }
            double[] e = extent(g);
            o.putArray("extent").add(e[0]).add(e[1]).add(e[2]).add(e[3]);
        } else {
            // as gdalinfo -json: no transform; the corners below are cell coordinates (column, row)
            o.putNull("geoTransform");
            o.putNull("extent");
        }
        var corners = o.putObject("corners");
        String[] names = {"upperLeft", "upperRight", "lowerRight", "lowerLeft"};
        double[][] c = g.corners();
        for (int i = 0; i < 4; i++) {
            corners.putArray(names[i]).add(c[i][0]).add(c[i][1]);
        }
        o.put("anchor", h.anchor() == PixelAnchor.CENTER ? "center" : "corner");
        // as the file states it; NaN and infinities as the strings "NaN", "Infinity", "-Infinity"
        Double declared = h.declaredNoData();
        if (declared == null) {
            o.putNull("noData");
        } else if (!Double.isFinite(declared)) {
            o.put("noData", declared.toString());
        } else if (declared == Math.rint(declared) && Math.abs(declared) < 1e15) {
            o.put("noData", (long) (double) declared);
        } else {
            o.put("noData", declared);
        }
        if (s != null) {
            ObjectNode st = o.putObject("statistics");
            st.put("validCells", s.valid());
            st.put("noDataCells", s.noData());
            if (s.valid() > 0) {
                st.put("minimum", s.min());
                st.put("maximum", s.max());
                st.put("mean", s.mean());
                st.put("stdDev", s.stdDev());
            }
        }
        try {
            return mapper.writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException("cannot write JSON", ex);
        }
    }

    /** The NoData value as the file states it, and the float32 value plinth compares cells with where they differ. */
    private static String noData(RasterHeader h) {
        if (h.declaredNoData() == null) {
            return "none";
        }
        double d = h.declaredNoData();
        String stated = d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
        return h.noData() != null && h.noData().doubleValue() != d && !Double.isNaN(d)
                ? stated + " (plinth compares cells with it in float32: " + num(h.noData()) + ")" : stated;
    }

    /** West, south, east, north over the four corners. */
    private static double[] extent(GridGeometry g) {
        double[] e = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (double[] c : g.corners()) {
            e[0] = Math.min(e[0], c[0]);
            e[1] = Math.min(e[1], c[1]);
            e[2] = Math.max(e[2], c[0]);
            e[3] = Math.max(e[3], c[1]);
        }
        return e;
    }

    /** A number in plain notation, as short as it reads back exactly. */
    private static String num(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        // plain notation for ordinary values; scientific for huge or tiny ones (-3.4028234663852886E38)
        return Math.abs(v) >= 1e15 || Math.abs(v) < 1e-9 ? Double.toString(v)
                : new java.math.BigDecimal(Double.toString(v)).toPlainString();
    }
}
