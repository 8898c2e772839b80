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
            p.put("score", round(s.score(), 4));
            p.put("x", round(s.x(), 1));
            p.put("y", round(s.y(), 1));
            p.put("crs_xy", "EPSG:" + gridEpsg);
            p.put("area_m2", round(s.areaM2(), 0));
            p.put("nearest_place", s.nearestPlace());
            p.put("nearest_place_m", round(s.nearestPlaceDistance(), 0));
            for (CriterionValue v : s.values()) {
                p.put(v.key() + "_raw", round(v.raw(), 2));
                p.put(v.key() + "_score", round(v.score(), 4));
            }
            ObjectNode g = f.putObject("geometry");
            g.put("type", "Point");
            g.putArray("coordinates").add(round(s.lon(), 6)).add(round(s.lat(), 6));
        }
        JSON.writeValue(file.toFile(), root);
    }

    static double round(double v, int digits) {
        if (!Double.isFinite(v)) {
            return v;
        }
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
