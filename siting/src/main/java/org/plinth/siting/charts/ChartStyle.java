package org.plinth.siting.charts;

import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Plot;

/** The house look of report charts (white background, light grid, fixed palette) and PNG encoding. */
final class ChartStyle {
    /**
     * Qualitative palette (Okabe &amp; Ito 2008, colour-blind safe), then further distinct colours;
     * series beyond its length reuse it.
     */
    static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xD55E00),
        new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xF0E442), new Color(0x000000),
        new Color(0x8C564B), new Color(0x7F7F7F), new Color(0xBCBD22), new Color(0x17BECF),
    };
    static final Color GRID = new Color(0xDDDDDD);
    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 16);

    private ChartStyle() {
    }

    /**
     * Labels for the given sites, their names made unique (a repeated name gets its 1-based site
     * number appended) because chart datasets key series and categories by label.
     */
    static List<String> labels(List<String> names, int[] sites) {
        Set<String> used = new HashSet<>();
        List<String> out = new ArrayList<>(sites.length);
        for (int site : sites) {
            String label = names.get(site);
            if (!used.add(label)) {
                label = label + " #" + (site + 1);
                used.add(label);
            }
            out.add(label);
        }
        return out;
    }

    static Color seriesColour(int series) {
        return PALETTE[series % PALETTE.length];
    }

    static void apply(JFreeChart chart, Plot plot) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(TITLE_FONT);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(GRID);
    }

    /** The chart drawn at the given size, as PNG bytes. */
    static byte[] png(JFreeChart chart, int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding of a chart failed", e); // in-memory stream: not expected
        }
        return out.toByteArray();
    }
}
