package org.plinth.siting.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.plinth.siting.run.CriterionValue;
import org.plinth.siting.run.SiteRecord;

/**
 * Writes candidate sites of all strategies as an RFC 7946 GeoJSON FeatureCollection of points in
 * EPSG:4326 (lon, lat), one feature per site with properties {@code id, strategy, rank, score,
 * x, y, area_m2, nearest_place, nearest_place_m} and, per criterion, {@code <key>_raw} and
 * {@code <key>_score}.
 */
public final class SitesGeoJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SitesGeoJson() {
    }

    public static void write(Path file, List<SiteRecord> sites, int gridEpsg) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "FeatureCollection");
        root.put("name", "sites");
        ArrayNode features = root.putArray("features");
        for (SiteRecord s : sites) {
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            ObjectNode p = f.putObject("properties");
            p.put("id", s.id());
            p.put("strategy", s.strategy());
            p.put("rank", s.rank());
            number(p, "score", s.score(), 4);
            number(p, "x", s.x(), 1);
            number(p, "y", s.y(), 1);
            p.put("crs_xy", "EPSG:" + gridEpsg);
            number(p, "area_m2", s.areaM2(), 0);
            p.put("nearest_place", s.nearestPlace());
            number(p, "nearest_place_m", s.nearestPlaceDistance(), 0);
            for (CriterionValue v : s.values()) {
                // a criterion with no value at the site (outside the DEM) is null, not the string "NaN",
                // which would make GDAL/QGIS type the whole column as text
                number(p, v.key() + "_raw", v.raw(), 2);
                number(p, v.key() + "_score", v.score(), 4);
            }
            ObjectNode g = f.putObject("geometry");
            g.put("type", "Point");
            g.putArray("coordinates").add(round(s.lon(), 6)).add(round(s.lat(), 6));
        }
        JSON.writeValue(file.toFile(), root);
    }

    /** A number rounded to {@code digits} decimals, or null when it is NaN or infinite (JSON has neither). */
    private static void number(ObjectNode o, String key, double v, int digits) {
        if (Double.isFinite(v)) {
            o.put(key, round(v, digits));
        } else {
            o.putNull(key);
        }
    }

    static double round(double v, int digits) {
        if (!Double.isFinite(v)) {
            return v;
        }
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
