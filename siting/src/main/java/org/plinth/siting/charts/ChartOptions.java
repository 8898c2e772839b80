package org.plinth.siting.charts;

/**
 * Size and content limits of a report chart.
 *
 * @param width    image width in pixels; default 900
 * @param height   image height in pixels; default 500
 * @param maxSites most sites drawn (bars or lines), best first; default 15
 * @param maxRanks ranks shown as separate bar segments in the acceptability chart, the rest
 *                 merged into one grey segment; default 5
 * @param title    chart title, or null for the chart's own default title
 */
public record ChartOptions(int width, int height, int maxSites, int maxRanks, String title) {

    public ChartOptions {
        if (width < 100 || height < 100 || width > 10_000 || height > 10_000) {
            throw new IllegalArgumentException("chart size must be 100..10000 pixels each way, was "
                    + width + " x " + height);
        }
        if (maxSites < 1) {
            throw new IllegalArgumentException("chart must show at least one site, maxSites was " + maxSites);
        }
        if (maxRanks < 1) {
            throw new IllegalArgumentException("chart must show at least one rank, maxRanks was " + maxRanks);
        }
    }

    public static ChartOptions defaults() {
        return new ChartOptions(900, 500, 15, 5, null);
    }

    public ChartOptions withSize(int w, int h) {
        return new ChartOptions(w, h, maxSites, maxRanks, title);
    }

    public ChartOptions withMaxSites(int n) {
        return new ChartOptions(width, height, n, maxRanks, title);
    }

    public ChartOptions withMaxRanks(int n) {
        return new ChartOptions(width, height, maxSites, n, title);
    }

    public ChartOptions withTitle(String t) {
        return new ChartOptions(width, height, maxSites, maxRanks, t);
    }
}
