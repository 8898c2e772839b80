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
                + "georeference, extent, cell anchor and NoData of band 1; --stats reads the cells too.",
            "Reads GeoTIFF, SRTM .hgt / .hgt.zip, ESRI ASCII grid and GDAL VRT mosaics."})
public final class InfoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "RASTER", description = "The raster file.")
    Path file;

    @Option(names = "--stats", description = "Read the cells and report minimum, maximum, mean and standard deviation "
            + "of the valid ones, and how many are NoData (gdalinfo -stats, computed exactly).")
    boolean stats;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

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
        RasterHeader h = RasterFiles.header(file);
        String format = format();
        Stats s = stats ? Stats.of(RasterFiles.read(file).grid()) : null;
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(json(h, format, s));
        } else {
            text(out, h, format, s);
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

    private void text(PrintWriter out, RasterHeader h, String format, Stats s) {
        GridGeometry g = h.geometry();
        GeoTransform t = g.transform();
        out.println("File: " + file);
        out.println("Format: " + format + (h.bandCount() > 1 ? " (band 1 of " + h.bandCount() + " is read)" : ""));
        out.printf(Locale.ROOT, "Size: %d x %d cells, %s%n", g.cols(), g.rows(), h.dataType().gdalName());
        out.println("CRS: " + crs(g.crs()));
        out.printf(Locale.ROOT, "Origin: (%s, %s); cell size %s x %s%s%n", num(t.originX()), num(t.originY()),
                num(t.pixelWidth()), num(t.pixelHeight()), t.rotationX() != 0 || t.rotationY() != 0
                        ? "; rotation " + num(t.rotationX()) + ", " + num(t.rotationY()) : "");
        out.printf(Locale.ROOT, "Extent: west %s, south %s, east %s, north %s%n", num(g.minX()), num(g.minY()),
                num(g.maxX()), num(g.maxY()));
        out.println("Coordinates refer to: " + (h.anchor() == PixelAnchor.CENTER
                ? "cell centres in the file (PixelIsPoint, .hgt posts); the origin above is the outer corner, as GDAL's"
                : "cell corners (PixelIsArea)"));
        out.println("NoData: " + (h.noData() == null ? "none" : num(h.noData())));
        if (s != null) {
            out.printf(Locale.ROOT, "Statistics: minimum %s, maximum %s, mean %s, standard deviation %s; %d NoData cells "
                    + "(%.2f %%)%n", num(s.min()), num(s.max()), num(s.mean()), num(s.stdDev()), s.noData(),
                    100.0 * s.noData() / Math.max(1, s.noData() + s.valid()));
        }
    }

    private String json(RasterHeader h, String format, Stats s) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        GridGeometry g = h.geometry();
        ObjectNode o = mapper.createObjectNode();
        o.put("file", file.toString());
        o.put("format", format);
        o.put("bands", h.bandCount());
        o.putArray("size").add(g.cols()).add(g.rows());
        o.put("dataType", h.dataType().gdalName());
        ObjectNode crs = o.putObject("crs");
        crs.put("known", g.crs().isKnown());
        g.crs().epsgCode().ifPresent(c -> crs.put("epsg", c));
        g.crs().wkt().ifPresent(w -> crs.put("wkt", w));
        crs.put("geographic", g.crs().isGeographic());
        var gt = o.putArray("geoTransform");
        for (double v : g.transform().toArray()) {
            gt.add(v);
        }
        o.putArray("extent").add(g.minX()).add(g.minY()).add(g.maxX()).add(g.maxY());
        o.put("anchor", h.anchor() == PixelAnchor.CENTER ? "center" : "corner");
        if (h.noData() == null) {
            o.putNull("noData");
        } else if (Float.isFinite(h.noData())) {
            o.put("noData", h.noData().doubleValue());
        } else {
            o.put("noData", h.noData().toString());
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
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** A number as short as it reads back exactly (no exponent for ordinary coordinates). */
    private static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return Double.toString(v);
    }
}
