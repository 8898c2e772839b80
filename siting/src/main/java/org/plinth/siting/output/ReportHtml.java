package org.plinth.siting.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.plinth.siting.layers.VectorLayer;
import org.plinth.siting.run.Comparison;
import org.plinth.siting.run.CriterionLayer;
import org.plinth.siting.run.CriterionValue;
import org.plinth.siting.run.SiteRecord;
import org.plinth.siting.run.SitingResult;
import org.plinth.siting.run.StrategyOutcome;

/**
 * The self-contained HTML report: opens offline (maps embedded as data URIs, styles inline).
 * Sections: summary, warnings, data sources and attribution, criteria and weights, constraints, one
 * section per strategy (map and sites table), comparison of strategies, extra sections supplied by
 * later steps (e.g. robustness), and method notes.
 */
public final class ReportHtml {
    private static final String CSS = """
            body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:1500px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}
            h1{margin-bottom:.2em}h2{border-bottom:2px solid #ddd;padding-bottom:.2em;margin-top:2em}
            table{border-collapse:collapse;margin:.6em 0;font-size:.9em}
            td,th{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}
            th{background:#f3f3f3}td.n{text-align:right;font-variant-numeric:tabular-nums}
            .warn{background:#fff4e5;border-left:5px solid #e8890c;padding:.6em 1em}
            .note{color:#555;font-size:.9em}img.map{max-width:100%;border:1px solid #ccc}
            """;

    private ReportHtml() {
    }

    /**
     * The report.
     *
     * @param r the run
     * @param maps strategy key → PNG bytes
     * @param extraSections further HTML sections (already escaped), in order
     */
    public static String render(SitingResult r, Map<String, byte[]> maps, List<String> extraSections) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .text(r.scenario().title()).raw("</title><style>").raw(CSS).raw("</style></head><body>\n");
        h.raw("<h1>").text(r.scenario().title()).raw("</h1>\n");
        summary(h, r);
        warnings(h, r);
        sources(h, r);
        criteria(h, r);
        constraints(h, r);
        for (StrategyOutcome s : r.strategies()) {
            strategy(h, r, s, maps.get(s.key()));
        }
        comparison(h, r.comparison());
        extraSections.forEach(h::raw);
        method(h, r);
        h.raw("</body></html>\n");
        return h.toString();
    }

    private static void summary(Html h, SitingResult r) {
        h.raw("<section id=\"summary\"><h2>Summary</h2>\n");
        if (!r.scenario().description().isBlank()) {
            h.el("p", r.scenario().description());
        }
        h.raw("<table>");
        h.row("Scenario", r.scenario().name() + " (" + r.scenario().file().getFileName() + ")");
        h.row("Area", String.format(Locale.ROOT, "%,.0f km²", r.area().areaKm2()));
        h.row("Grid", String.format(Locale.ROOT, "%s, %.0f m cells, %,d × %,d", r.area().grid().crs(),
                r.area().grid().transform().cellWidth(), r.area().grid().cols(), r.area().grid().rows()));
        h.row("Terrain (DEM)", r.scenario().hasDem() ? r.scenario().dem().stream().map(p -> p.getFileName().toString())
                .collect(Collectors.joining(", ")) : "none — see warnings");
        h.row("Strategies", String.join(", ", r.strategies().stream().map(s -> s.spec().label()).toList()));
        double total = r.timings().values().stream().mapToDouble(Double::doubleValue).sum();
        h.row("Run time", String.format(Locale.ROOT, "%.1f s", total));
        h.raw("</table></section>\n");
    }

    private static void warnings(Html h, SitingResult r) {
        h.raw("<section id=\"warnings\"><h2>Warnings</h2>\n");
        if (r.warnings().isEmpty()) {
            h.el("p", "None.");
        } else {
            h.raw("<div class=\"warn\"><ul>");
            for (String w : r.warnings()) {
                h.el("li", w);
            }
            h.raw("</ul></div>");
        }
        h.raw("</section>\n");
    }

    private static void sources(Html h, SitingResult r) {
        h.raw("<section id=\"sources\"><h2>Data sources and attribution</h2>\n<table>");
        h.headerRow("Layer", "File", "Features", "CRS");
        for (VectorLayer l : r.layers().values()) {
            h.row(l.name(), l.source().getFileName().toString(), String.valueOf(l.features().size()),
                    "read in its own CRS, used in " + r.area().grid().crs());
        }
        h.row("area", r.scenario().area().file() == null ? "bbox" : r.scenario().area().file().getFileName().toString(),
                "1", r.scenario().area().file() == null ? "longitude/latitude (EPSG:4326)"
                        : "read in its own CRS, used in " + r.area().grid().crs());
        for (var dem : r.scenario().dem()) {
            h.row("DEM", dem.getFileName().toString(), "raster", "read in its own CRS, warped or resampled (bilinear)"
                    + " onto the " + r.area().grid().crs() + " grid");
        }
        h.raw("</table>\n<p>Attribution and licences:</p><ul>");
        for (String a : r.scenario().attribution()) {
            h.el("li", a);
        }
        h.raw("</ul></section>\n");
    }

    private static void criteria(Html h, SitingResult r) {
        h.raw("<section id=\"criteria\"><h2>Criteria and weights</h2>\n<table>");
        List<String> head = new ArrayList<>(List.of("Criterion", "Raw value", "Unit", "Standardisation"));
        r.strategies().forEach(s -> head.add("w(" + s.key() + ")"));
        h.headerRow(head.toArray(String[]::new));
        for (CriterionLayer c : r.criteria()) {
            List<String> cells = new ArrayList<>(List.of(c.spec().label() + (c.proxy() ? " [proxy]" : ""),
                    c.method(), c.spec().kind().unit(), c.standardisation().describe()));
            for (StrategyOutcome s : r.strategies()) {
                Double w = s.weights().get(c.key());
                cells.add(w == null ? "–" : String.format(Locale.ROOT, "%.3f", w));
            }
            h.row(cells.toArray(String[]::new));
        }
        h.raw("</table>\n<p class=\"note\">Weights are normalised to sum 1 per strategy. ");
        for (StrategyOutcome s : r.strategies()) {
            h.text(s.spec().label() + " (" + s.spec().weightSource() + "): " + ("owa".equals(s.spec().aggregation())
                    ? String.format(Locale.ROOT, "ordered weighted average, risk attitude α = %.2f. ", s.spec().owaAlpha())
                    : "weighted linear combination. "));
        }
        h.raw("</p></section>\n");
    }

    private static void constraints(Html h, SitingResult r) {
        h.raw("<section id=\"constraints\"><h2>Constraints</h2>\n<table>");
        h.headerRow("Constraint", "Rule", "Share of the area excluded");
        for (var c : r.scenario().constraints().values()) {
            String rule = "distance".equals(c.kind())
                    ? "distance to " + c.layer() + (Double.isNaN(c.min()) ? "" : String.format(Locale.ROOT, " < %.0f m", c.min()))
                            + (Double.isNaN(c.max()) ? "" : String.format(Locale.ROOT, " or > %.0f m", c.max()))
                    : String.format(Locale.ROOT, "slope > %.1f°", c.max());
            Double share = r.constraintShares().get(c.key());
            h.row(c.label(), rule, share == null ? "" : String.format(Locale.ROOT, "%.1f %%", share * 100));
        }
        h.raw("</table><p class=\"note\">Cells outside the area of interest are always excluded; excluded cells score 0.</p></section>\n");
    }

    private static void strategy(Html h, SitingResult r, StrategyOutcome s, byte[] png) {
        h.raw("<section id=\"strategy-").text(s.key()).raw("\"><h2>Strategy: ").text(s.spec().label()).raw("</h2>\n");
        if (!s.spec().description().isBlank()) {
            h.el("p", s.spec().description());
        }
        if (png != null) {
            h.raw("<img class=\"map\" alt=\"suitability map, ").text(s.spec().label()).raw("\" src=\"data:image/png;base64,")
                    .raw(Base64.getEncoder().encodeToString(png)).raw("\">\n");
        }
        h.raw(String.format(Locale.ROOT, "<p class=\"note\">Mean suitability of allowed cells %.3f; 90th percentile %.3f.</p>",
                s.meanScore(), s.p90Score()));
        sitesTable(h, r, s);
        h.raw("</section>\n");
    }

    private static void sitesTable(Html h, SitingResult r, StrategyOutcome s) {
        if (s.sites().isEmpty()) {
            h.raw("<p class=\"warn\">No site met the threshold and minimum area.</p>");
            return;
        }
        h.raw("<table>");
        List<String> head = new ArrayList<>(List.of("#", "Score", "Lon, lat", "x, y (" + r.area().grid().crs() + ")",
                "Area ≥ threshold", "Nearest settlement"));
        s.sites().get(0).values().forEach(v -> head.add(v.label()));
        h.headerRow(head.toArray(String[]::new));
        for (SiteRecord site : s.sites()) {
            List<String> cells = new ArrayList<>(List.of(String.valueOf(site.rank()),
                    String.format(Locale.ROOT, "%.3f", site.score()),
                    String.format(Locale.ROOT, "%.5f, %.5f", site.lon(), site.lat()),
                    String.format(Locale.ROOT, "%.0f, %.0f", site.x(), site.y()),
                    String.format(Locale.ROOT, "%.1f km²", site.areaM2() / 1e6),
                    site.nearestPlace() == null ? "–" : site.nearestPlace() + " ("
                            + CriterionValue.distanceText(site.nearestPlaceDistance()) + ")"));
            for (CriterionValue v : site.values()) {
                cells.add(v.rawText() + (Double.isFinite(v.score()) ? String.format(Locale.ROOT, " → %.2f", v.score())
                        : " → –"));
            }
            h.row(cells.toArray(String[]::new));
        }
        h.raw("</table><p class=\"note\">Each criterion cell: raw value → standardised score.</p>");
    }

    private static void comparison(Html h, Comparison c) {
        h.raw("<section id=\"comparison\"><h2>Comparison of strategies</h2>\n");
        h.el("p", "Kendall's τ-b between the strategies' orderings of all candidate sites (each strategy scores every "
                + "site of every strategy, except sites where it has no suitability, such as cells outside the DEM for a "
                + "strategy with a terrain criterion; 1 = same order, −1 = reversed):");
        matrix(h, c.strategies(), c.kendallTau());
        IntSummaryStatistics sites = Arrays.stream(c.tauSites()).flatMapToInt(Arrays::stream).summaryStatistics();
        if (sites.getMin() < sites.getMax()) {
            h.el("p", "Some sites lie where a strategy has no suitability, so these τ are over fewer sites: the number "
                    + "of sites both strategies score (a τ over a few sites says little):");
            double[][] counts = new double[c.tauSites().length][];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = Arrays.stream(c.tauSites()[i]).asDoubleStream().toArray();
            }
            matrix(h, c.strategies(), counts, "%.0f");
        }
        h.el("p", "Overlap (Jaccard index) of each pair's best 10 % of allowed cells:");
        matrix(h, c.strategies(), c.topOverlap());
        h.el("p", String.format(Locale.ROOT, "Top-k overlap: the share of each pair's top site lists that are the same place"
                + " (within %.1f km, each site matched once):", c.matchDistance() / 1000));
        matrix(h, c.strategies(), c.topKOverlap());
        List<String> every = c.inEveryTopDecile().stream().map(Comparison.SharedSite::id).toList();
        h.el("p", "In the top decile of every strategy: " + (every.isEmpty() ? "no candidate site." : String.join(", ", every)
                + "."));
        h.el("p", "Sites that rank high in several strategies (at or above the 90th percentile of allowed cells):");
        if (c.shared().isEmpty()) {
            h.el("p", "None: the strategies point to different places.");
        } else {
            h.raw("<table>");
            List<String> head = new ArrayList<>(List.of("Site", "High in"));
            head.addAll(c.strategies().stream().map(k -> "percentile (" + k + ")").toList());
            h.headerRow(head.toArray(String[]::new));
            for (Comparison.SharedSite s : c.shared()) {
                List<String> cells = new ArrayList<>(List.of(s.id(), String.join(", ", s.highIn())));
                for (String k : c.strategies()) {
                    Double p = s.percentiles().get(k);
                    cells.add(p == null || !Double.isFinite(p) ? "–" : String.format(Locale.ROOT, "%.1f", p));
                }
                h.row(cells.toArray(String[]::new));
            }
            h.raw("</table>");
        }
        h.raw("</section>\n");
    }

    private static void matrix(Html h, List<String> keys, double[][] m) {
        matrix(h, keys, m, "%.3f");
    }

    private static void matrix(Html h, List<String> keys, double[][] m, String format) {
        h.raw("<table>");
        List<String> head = new ArrayList<>(List.of(""));
        head.addAll(keys);
        h.headerRow(head.toArray(String[]::new));
        for (int i = 0; i < keys.size(); i++) {
            List<String> cells = new ArrayList<>(List.of(keys.get(i)));
            for (int j = 0; j < keys.size(); j++) {
                cells.add(Double.isFinite(m[i][j]) ? String.format(Locale.ROOT, format, m[i][j]) : "n/a");
            }
            h.row(cells.toArray(String[]::new));
        }
        h.raw("</table>");
    }

    private static void method(Html h, SitingResult r) {
        h.raw("<section id=\"method\"><h2>Method</h2>\n<ul>");
        h.el("li", "Distances are exact Euclidean distances on the grid, from each cell centre to the nearest feature "
                + "(lines and polygons rasterised onto the grid).");
        h.el("li", "Each criterion's raw value is standardised to 0..1 (1 = best); a strategy combines the scores with "
                + "its weights; constraints set excluded cells to 0.");
        h.el("li", String.format(Locale.ROOT, "Candidate sites: best-first, at least %.1f km apart, each in a contiguous area "
                        + "of at least %.2f km² scoring %.2f or more.", r.scenario().sites().minSeparation() / 1000,
                r.scenario().sites().minArea() / 1e6, r.scenario().sites().threshold()));
        h.el("li", "Outputs: suitability-<strategy>.tif (Float32 GeoTIFF), sites.geojson and sites.gpkg (EPSG:4326), "
                + "map-<strategy>.png, summary.json.");
        h.raw("</ul></section>\n");
    }
}
