package org.plinth.siting.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.plinth.siting.run.Comparison;
import org.plinth.siting.run.CriterionLayer;
import org.plinth.siting.run.CriterionValue;
import org.plinth.siting.run.SiteRecord;
import org.plinth.siting.run.SitingResult;
import org.plinth.siting.run.StrategyOutcome;

/**
 * The run's facts for machines ({@code summary.json}; {@code plinth run --json} prints it): the
 * scenario, grid, criteria, constraints, strategies with weights and sites, the comparison, the
 * warnings and the timings. Numbers are plain JSON numbers; NaN becomes null.
 */
public final class SummaryJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryJson() {
    }

    public static ObjectNode build(SitingResult r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("plinth", "0.1.0");
        root.put("scenario", r.scenario().name());
        root.put("title", r.scenario().title());
        ObjectNode grid = root.putObject("grid");
        grid.put("crs", r.area().grid().crs().toString());
        grid.put("cell_size_m", r.area().grid().transform().cellWidth());
        grid.put("cols", r.area().grid().cols());
        grid.put("rows", r.area().grid().rows());
        grid.putArray("extent").add(r.area().grid().minX()).add(r.area().grid().minY())
                .add(r.area().grid().maxX()).add(r.area().grid().maxY());
        grid.put("area_km2", Math.round(r.area().areaKm2()));
        root.put("dem", r.scenario().hasDem());
        ArrayNode crit = root.putArray("criteria");
        for (CriterionLayer c : r.criteria()) {
            ObjectNode o = crit.addObject();
            o.put("key", c.key());
            o.put("label", c.spec().label());
            o.put("kind", c.spec().kind().name().toLowerCase(java.util.Locale.ROOT));
            o.put("unit", c.spec().kind().unit());
            o.put("standardisation", c.standardisation().describe());
            o.put("method", c.method());
            o.put("proxy", c.proxy());
        }
        ObjectNode cons = root.putObject("constraints_excluded_share");
        r.constraintShares().forEach((k, v) -> cons.put(k, round(v)));
        ArrayNode strategies = root.putArray("strategies");
        for (StrategyOutcome s : r.strategies()) {
            strategies.add(strategy(s));
        }
        root.set("comparison", comparison(r.comparison()));
        ArrayNode w = root.putArray("warnings");
        r.warnings().forEach(w::add);
        ObjectNode t = root.putObject("timings_s");
        r.timings().forEach((k, v) -> t.put(k, Math.round(v * 1000) / 1000.0));
        return root;
    }

    public static String toJson(SitingResult r) {
        return toJson(build(r));
    }

    public static String toJson(ObjectNode summary) {
        try {
            return JSON.writeValueAsString(summary);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode strategy(StrategyOutcome s) {
        ObjectNode o = JSON.createObjectNode();
        o.put("key", s.key());
        o.put("label", s.spec().label());
        o.put("aggregation", s.spec().aggregation());
        if ("owa".equals(s.spec().aggregation())) {
            o.put("owa_alpha", s.spec().owaAlpha());
        }
        ObjectNode w = o.putObject("weights");
        s.weights().forEach((k, v) -> w.put(k, round(v)));
        o.put("weight_source", s.spec().weightSource());
        putNumber(o, "mean_score", round(s.meanScore()));
        putNumber(o, "p90_score", round(s.p90Score()));
        ArrayNode sites = o.putArray("sites");
        for (SiteRecord site : s.sites()) {
            sites.add(site(site));
        }
        return o;
    }

    static ObjectNode site(SiteRecord s) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", s.id());
        o.put("rank", s.rank());
        o.put("score", round(s.score()));
        o.put("lon", Math.round(s.lon() * 1e6) / 1e6);
        o.put("lat", Math.round(s.lat() * 1e6) / 1e6);
        o.put("x", Math.round(s.x() * 10) / 10.0);
        o.put("y", Math.round(s.y() * 10) / 10.0);
        o.put("area_m2", Math.round(s.areaM2()));
        o.put("nearest_place", s.nearestPlace());
        putNumber(o, "nearest_place_m", Math.round(s.nearestPlaceDistance()));
        ObjectNode values = o.putObject("criteria");
        for (CriterionValue v : s.values()) {
            ObjectNode c = values.putObject(v.key());
            putNumber(c, "raw", v.raw());
            c.put("unit", v.unit());
            c.put("text", v.rawText());
            putNumber(c, "score", round(v.score()));
        }
        return o;
    }

    private static ObjectNode comparison(Comparison c) {
        ObjectNode o = JSON.createObjectNode();
        ArrayNode keys = o.putArray("strategies");
        c.strategies().forEach(keys::add);
        o.set("kendall_tau", matrix(c.kendallTau()));
        ArrayNode sites = o.putArray("kendall_tau_sites");
        for (int[] row : c.tauSites()) {
            ArrayNode r = sites.addArray();
            for (int n : row) {
                r.add(n);
            }
        }
        o.set("top10_jaccard", matrix(c.topOverlap()));
        o.set("top_k_overlap", matrix(c.topKOverlap()));
        o.put("match_distance_m", c.matchDistance());
        ArrayNode every = o.putArray("in_every_top_decile");
        c.inEveryTopDecile().forEach(s -> every.add(s.id()));
        ArrayNode shared = o.putArray("shared_sites");
        for (Comparison.SharedSite s : c.shared()) {
            ObjectNode so = shared.addObject();
            so.put("id", s.id());
            ArrayNode hi = so.putArray("high_in");
            s.highIn().forEach(hi::add);
            ObjectNode pc = so.putObject("percentiles");
            for (Map.Entry<String, Double> e : s.percentiles().entrySet()) {
                pc.put(e.getKey(), Math.round(e.getValue() * 10) / 10.0);
            }
        }
        return o;
    }

    private static ArrayNode matrix(double[][] m) {
        ArrayNode a = JSON.createArrayNode();
        for (double[] row : m) {
            ArrayNode r = a.addArray();
            for (double v : row) {
                if (Double.isFinite(v)) {
                    r.add(round(v));
                } else {
                    r.addNull();
                }
            }
        }
        return a;
    }

    private static void putNumber(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }

    private static double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 10000) / 10000.0 : Double.NaN;
    }
}
