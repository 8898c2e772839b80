package org.plinth.siting.robustness;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.plinth.decision.robustness.CriterionSweep;
import org.plinth.decision.robustness.RankReversal;
import org.plinth.decision.robustness.SmaaResult;
import org.plinth.siting.charts.ChartOptions;
import org.plinth.siting.charts.RankAcceptabilityChart;
import org.plinth.siting.charts.WeightSweepChart;
import org.plinth.siting.output.Float32Tiff;
import org.plinth.siting.output.Html;
import org.plinth.siting.output.OutputExtension;

/**
 * The robustness analysis as outputs: {@code rank-acceptability-<strategy>.png},
 * {@code sweep-<strategy>-<criterion>.png}, {@code spread-<strategy>.tif} (per-cell width between
 * the 10 % and 90 % quantiles of suitability under weight uncertainty, Float32, NoData −9999), a
 * report section and a {@code robustness} entry in {@code summary.json}.
 */
public final class RobustnessOutputs implements OutputExtension {
    private static final int TABLE_ROWS = 10;
    private final List<StrategyRobustness> results;
    private final RobustnessOptions options;
    private final Map<String, byte[]> charts = new LinkedHashMap<>();

    public RobustnessOutputs(List<StrategyRobustness> results, RobustnessOptions options) {
        this.results = results;
        this.options = options;
        for (StrategyRobustness r : results) {
            charts.put("rank-acceptability-" + r.strategy() + ".png", RankAcceptabilityChart.png(r.smaa(),
                    ChartOptions.defaults().withTitle("Rank acceptability, strategy " + r.strategy())));
            for (CriterionSweep s : r.sweeps()) {
                charts.put("sweep-" + r.strategy() + "-" + s.criterionName() + ".png", WeightSweepChart.png(s,
                        r.siteIds(), ChartOptions.defaults().withSize(640, 360)
                                .withTitle(r.strategy() + ": weight of " + s.criterionName())));
            }
        }
    }

    @Override
    public void writeFiles(Path dir) throws IOException {
        for (Map.Entry<String, byte[]> e : charts.entrySet()) {
            Files.write(dir.resolve(e.getKey()), e.getValue());
        }
        for (StrategyRobustness r : results) {
            Float32Tiff.write(dir.resolve("spread-" + r.strategy() + ".tif"), RobustnessAnalysis.width(r.spread()));
        }
    }

    /** Per strategy, the site most often ranked first under the drawn weights: "robust      battlefield: ...". */
    @Override
    public List<String> summaryLines() {
        List<String> lines = new ArrayList<>();
        for (StrategyRobustness r : results) {
            int[] order = r.smaa().sitesByAcceptability();
            if (order.length == 0) {
                continue;
            }
            int best = order[0];
            lines.add(String.format(Locale.ROOT, "%-12s %s ranks first under %.0f %% of the weight draws"
                            + " (confidence factor %.2f)", "robustness", r.strategy() + ": " + r.siteIds().get(best),
                    100 * r.smaa().rankAcceptabilities(best)[0], r.smaa().confidenceFactor(best)));
        }
        return lines;
    }

    @Override
    public String htmlSection() {
        StringBuilder h = new StringBuilder("<section id=\"robustness\"><h2>Robustness of the rankings</h2>\n");
        h.append(String.format(Locale.ROOT, "<p>SMAA-2 (Lahdelma &amp; Salminen 2001) over all %d candidate sites of all"
                + " strategies, %,d weight draws (seed %d); per-cell spread from %d draws. Ranking model: the weighted"
                + " linear combination of each strategy's criterion scores (for an OWA strategy, its risk-neutral form).</p>\n",
                results.stream().mapToInt(r -> r.siteIds().size()).max().orElse(0), options.draws(), options.seed(),
                options.spreadDraws()));
        for (StrategyRobustness r : results) {
            strategy(h, r);
        }
        return h.append("</section>\n").toString();
    }

    private void strategy(StringBuilder h, StrategyRobustness r) {
        SmaaResult s = r.smaa();
        h.append("<h3>Strategy ").append(Html.esc(r.strategy())).append("</h3>\n<p>")
                .append(Html.esc("Weights drawn " + r.distribution() + ". Margin of error of each acceptability (95 %): ±"
                        + String.format(Locale.ROOT, "%.4f", s.worstCaseMarginOfError()) + "."))
                .append("</p>\n<table><tr><th>Site</th><th>rank-1 acceptability</th><th>top-3 acceptability</th>"
                        + "<th>confidence factor</th><th>central weights (")
                .append(Html.esc(String.join(", ", r.criteria()))).append(")</th></tr>\n");
        int[] order = s.sitesByAcceptability();
        for (int k = 0; k < Math.min(TABLE_ROWS, order.length); k++) {
            int i = order[k];
            double[] b = s.rankAcceptabilities(i);
            double top3 = 0;
            for (int q = 0; q < Math.min(3, b.length); q++) {
                top3 += b[q];
            }
            h.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%.3f</td><td>%.3f</td><td>%s</td><td>%s</td></tr>\n",
                    Html.esc(r.siteIds().get(i)), b[0], top3, fmt(s.confidenceFactor(i)), weights(s.centralWeights(i))));
        }
        h.append("</table>\n");
        img(h, "rank-acceptability-" + r.strategy() + ".png", "rank acceptability chart");
        h.append("<p>One-at-a-time sweeps (each weight from 0 to 1, the others rescaled in proportion): the weights at"
                + " which the top site changes.</p>\n<ul>");
        for (CriterionSweep sw : r.sweeps()) {
            List<String> changes = new ArrayList<>();
            for (RankReversal rr : sw.topChanges()) {
                changes.add(String.format(Locale.ROOT, "at %.3f: %s → %s", rr.weight(), r.siteIds().get(rr.previousTop()),
                        r.siteIds().get(rr.newTop())));
            }
            h.append("<li>").append(Html.esc(String.format(Locale.ROOT, "%s (weight %.3f): ", sw.criterionName(),
                    sw.baseWeight()) + (changes.isEmpty() ? "the top site never changes" : String.join("; ", changes))))
                    .append("</li>\n");
        }
        h.append("</ul>\n");
        for (CriterionSweep sw : r.sweeps()) {
            img(h, "sweep-" + r.strategy() + "-" + sw.criterionName() + ".png", "weight sweep " + sw.criterionName());
        }
        h.append(String.format(Locale.ROOT, "<p>Per-cell spread of suitability (10–90 %% range under weight uncertainty,"
                + " file spread-%s.tif): median %.3f, 90th percentile %.3f over allowed cells.</p>\n", Html.esc(r.strategy()),
                r.spreadSummary()[0], r.spreadSummary()[1]));
    }

    private void img(StringBuilder h, String name, String alt) {
        h.append("<img alt=\"").append(Html.esc(alt)).append("\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(charts.get(name))).append("\">\n");
    }

    @Override
    public void addTo(ObjectNode summary) {
        ObjectNode o = summary.putObject("robustness");
        o.put("draws", options.draws());
        o.put("seed", options.seed());
        o.put("spread_draws", options.spreadDraws());
        ArrayNode arr = o.putArray("strategies");
        for (StrategyRobustness r : results) {
            ObjectNode so = arr.addObject();
            so.put("strategy", r.strategy());
            so.put("distribution", r.distribution());
            so.put("margin_of_error_95", r.smaa().worstCaseMarginOfError());
            ObjectNode sites = so.putObject("sites");
            for (int i = 0; i < r.siteIds().size(); i++) {
                ObjectNode site = sites.putObject(r.siteIds().get(i));
                ArrayNode b = site.putArray("rank_acceptability");
                for (double v : r.smaa().rankAcceptabilities(i)) {
                    b.add(Math.round(v * 10000) / 10000.0);
                }
                double cf = r.smaa().confidenceFactor(i);
                if (Double.isFinite(cf)) {
                    site.put("confidence_factor", cf);
                } else {
                    site.putNull("confidence_factor");
                }
                ArrayNode cw = site.putArray("central_weights");
                for (double v : r.smaa().centralWeights(i)) {
                    if (Double.isFinite(v)) {
                        cw.add(Math.round(v * 10000) / 10000.0);
                    } else {
                        cw.addNull();
                    }
                }
            }
            so.put("spread_median", r.spreadSummary()[0]);
            so.put("spread_p90", r.spreadSummary()[1]);
        }
    }

    private static String weights(double[] w) {
        if (w.length == 0 || Double.isNaN(w[0])) {
            return "never first";
        }
        List<String> parts = new ArrayList<>();
        for (double v : w) {
            parts.add(String.format(Locale.ROOT, "%.2f", v));
        }
        return String.join(", ", parts);
    }

    private static String fmt(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : "–";
    }

}
