package org.plinth.siting.charts;

import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.plinth.decision.robustness.SmaaResult;

/**
 * SMAA rank acceptability as a stacked bar chart: one bar per site (best first in SMAA order,
 * {@link SmaaResult#sitesByAcceptability()}), segments for ranks 1..k on a ramp from dark blue
 * through teal to light yellow, and one grey segment for all later ranks, so every bar reaches 1. The subtitle states the
 * number of draws and the 95% margin of error.
 */
public final class RankAcceptabilityChart {
    /** Colour ramp of the shown ranks, best first: dark blue, teal, yellow-green, light yellow. */
    static final Color[] RAMP = {new Color(0x0B3C8C), new Color(0x2A9D8F), new Color(0x8CC63F), new Color(0xF2D16B)};
    static final Color LATER_RANKS = new Color(0xBDBDBD);

    private RankAcceptabilityChart() {
    }

    /** The chart as PNG bytes. */
    public static byte[] png(SmaaResult result, ChartOptions options) {
        return ChartStyle.png(chart(result, options), options.width(), options.height());
    }

    /** The chart, for callers that render it elsewhere. */
    public static JFreeChart chart(SmaaResult result, ChartOptions options) {
        int ranks = Math.min(options.maxRanks(), result.trackedRanks());
        int[] order = result.sitesByAcceptability();
        int sites = Math.min(options.maxSites(), order.length);
        boolean rest = ranks < result.sites();
        List<String> labels = ChartStyle.labels(result.siteNames(), Arrays.copyOf(order, sites));
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int q = 0; q < sites; q++) {
            int site = order[q];
            String name = labels.get(q);
            double shown = 0;
            for (int r = 1; r <= ranks; r++) {
                double b = result.rankAcceptability(site, r);
                shown += b;
                data.addValue(b, "rank " + r, name);
            }
            if (rest) {
                data.addValue(Math.max(0, 1 - shown), "rank > " + ranks, name);
            }
        }
        String title = options.title() != null ? options.title() : "Rank acceptability";
        JFreeChart chart = ChartFactory.createStackedBarChart(title, "site", "rank acceptability", data,
                PlotOrientation.VERTICAL, true, false, false);
        chart.addSubtitle(new TextTitle(String.format(Locale.ROOT,
                "%,d weight draws; 95%% margin of error at most %.3f", result.draws(), result.worstCaseMarginOfError())));
        CategoryPlot plot = chart.getCategoryPlot();
        ChartStyle.apply(chart, plot);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setRange(0, 1);
        CategoryAxis x = plot.getDomainAxis();
        if (sites > 8) {
            x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        StackedBarRenderer renderer = (StackedBarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        for (int r = 1; r <= ranks; r++) {
            renderer.setSeriesPaint(r - 1, rankColour(r, ranks));
        }
        renderer.setSeriesPaint(ranks, LATER_RANKS);
        return chart;
    }

    /** Colour of rank {@code r} of {@code shown}: evenly spaced along {@link #RAMP}. */
    static Color rankColour(int r, int shown) {
        double f = shown <= 1 ? 0 : (r - 1) / (double) (shown - 1) * (RAMP.length - 1);
        int i = Math.min((int) f, RAMP.length - 2);
        double t = f - i;
        Color a = RAMP[i];
        Color b = RAMP[i + 1];
        return new Color(mix(a.getRed(), b.getRed(), t), mix(a.getGreen(), b.getGreen(), t),
                mix(a.getBlue(), b.getBlue(), t));
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }
}
