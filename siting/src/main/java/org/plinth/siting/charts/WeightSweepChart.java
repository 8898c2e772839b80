package org.plinth.siting.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.plinth.decision.robustness.CriterionSweep;
import org.plinth.decision.robustness.RankReversal;

/**
 * One-at-a-time weight sensitivity of one criterion as a line chart: the rank of each tracked site
 * (rank 1 at the top) against the criterion's weight, a dashed marker at the base weight and a red
 * marker at each weight where the best site changes.
 */
public final class WeightSweepChart {
    static final Color REVERSAL = new Color(0xC0392B);
    static final Color BASE = new Color(0x555555);

    private WeightSweepChart() {
    }

    /** The chart as PNG bytes; {@code siteNames} are indexed by site. */
    public static byte[] png(CriterionSweep sweep, List<String> siteNames, ChartOptions options) {
        return ChartStyle.png(chart(sweep, siteNames, options), options.width(), options.height());
    }

    /** The chart, for callers that render it elsewhere. */
    public static JFreeChart chart(CriterionSweep sweep, List<String> siteNames, ChartOptions options) {
        XYSeriesCollection data = new XYSeriesCollection();
        int[] sites = sweep.sites();
        double[] weights = sweep.weights();
        int worst = 1;
        int shown = Math.min(sites.length, options.maxSites());
        List<String> labels = ChartStyle.labels(siteNames, Arrays.copyOf(sites, shown));
        for (int k = 0; k < shown; k++) {
            XYSeries s = new XYSeries(labels.get(k), false, true);
            int[] ranks = sweep.ranks(k);
            for (int step = 0; step < weights.length; step++) {
                s.add(weights[step], ranks[step]);
                worst = Math.max(worst, ranks[step]);
            }
            data.addSeries(s);
        }
        String title = options.title() != null ? options.title() : "Rank against the weight of " + sweep.criterionName();
        JFreeChart chart = ChartFactory.createXYLineChart(title, "weight of " + sweep.criterionName(), "rank", data,
                PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        ChartStyle.apply(chart, plot);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        x.setRange(0, 1);
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setInverted(true);
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        y.setRange(0.5, worst + 0.5);
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        for (int k = 0; k < data.getSeriesCount(); k++) {
            renderer.setSeriesPaint(k, ChartStyle.seriesColour(k));
            renderer.setSeriesStroke(k, new BasicStroke(2.5f));
            renderer.setSeriesShapesVisible(k, true);
        }
        plot.addDomainMarker(marker(sweep.baseWeight(), "base", BASE, true));
        for (RankReversal r : sweep.topChanges()) {
            plot.addDomainMarker(marker(r.weight(), String.format(Locale.ROOT, "%.3f", r.weight()), REVERSAL, false));
        }
        return chart;
    }

    private static ValueMarker marker(double at, String label, Color colour, boolean dashed) {
        ValueMarker m = new ValueMarker(at);
        m.setPaint(colour);
        m.setAlpha(1f);
        m.setStroke(dashed
                ? new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f)
                : new BasicStroke(1.5f));
        m.setLabel(label);
        m.setLabelPaint(colour);
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        return m;
    }
}
