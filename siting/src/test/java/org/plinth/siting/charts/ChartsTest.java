package org.plinth.siting.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.plinth.decision.robustness.CriterionSweep;
import org.plinth.decision.robustness.ScoreMatrix;
import org.plinth.decision.robustness.Smaa;
import org.plinth.decision.robustness.SmaaOptions;
import org.plinth.decision.robustness.SmaaResult;
import org.plinth.decision.robustness.SweepOptions;
import org.plinth.decision.robustness.WeightDistribution;
import org.plinth.decision.robustness.WeightSweep;

class ChartsTest {
    private static final ScoreMatrix SITES = ScoreMatrix.of(new double[][] {
        {0.9, 0.2, 0.4}, {0.5, 0.7, 0.3}, {0.3, 0.4, 0.9}, {0.6, 0.6, 0.5}, {0.1, 0.95, 0.2}, {0.2, 0.1, 0.1}},
            List.of("Praça", "Alto da Sé", "Carmo", "Varadouro", "Amparo", "Carmo"),
            List.of("visibility", "access", "quiet"));

    private static BufferedImage decode(byte[] png) throws IOException {
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** Number of pixels whose colour is within 8 per channel of {@code c}. */
    private static int pixelsNear(BufferedImage img, Color c) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 0xFF) - c.getRed()) <= 8 && Math.abs(((rgb >> 8) & 0xFF) - c.getGreen()) <= 8
                        && Math.abs((rgb & 0xFF) - c.getBlue()) <= 8) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int distinctColours(BufferedImage img) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                colours.add(img.getRGB(x, y));
            }
        }
        return colours.size();
    }

    @Test
    void rendersHeadless() {
        assertThat(GraphicsEnvironment.isHeadless()).isTrue();
    }

    @Test
    void rankAcceptabilityChartDrawsEveryRankColour() throws IOException {
        SmaaResult r = new Smaa(SITES, WeightDistribution.uniform(3), SmaaOptions.defaults().withDraws(4000)).compute();
        byte[] png = RankAcceptabilityChart.png(r, ChartOptions.defaults().withSize(800, 450).withMaxRanks(3));
        BufferedImage img = decode(png);
        assertThat(img.getWidth()).isEqualTo(800);
        assertThat(img.getHeight()).isEqualTo(450);
        assertThat(png.length).isGreaterThan(5_000);
        // bars: 6 sites, each a full-height stack of 0..1 over roughly 300 px; rank 1 is the most
        // common segment colour, and the grey "rank > 3" segment exists because 6 > 3 ranks
        assertThat(pixelsNear(img, RankAcceptabilityChart.rankColour(1, 3))).isGreaterThan(2_000);
        assertThat(pixelsNear(img, RankAcceptabilityChart.rankColour(2, 3))).isGreaterThan(500);
        assertThat(pixelsNear(img, RankAcceptabilityChart.rankColour(3, 3))).isGreaterThan(500);
        assertThat(pixelsNear(img, RankAcceptabilityChart.LATER_RANKS)).isGreaterThan(2_000);
        assertThat(distinctColours(img)).isGreaterThan(20);
    }

    @Test
    void weightSweepChartDrawsEverySiteLineAndTheReversalMarkers() throws IOException {
        CriterionSweep sweep = new WeightSweep(SITES, new double[] {0.4, 0.4, 0.2},
                SweepOptions.defaults().withTrackedSites(4)).sweep(0);
        assertThat(sweep.topChanges()).isNotEmpty();
        byte[] png = WeightSweepChart.png(sweep, SITES.siteNames(), ChartOptions.defaults());
        BufferedImage img = decode(png);
        assertThat(img.getWidth()).isEqualTo(900);
        assertThat(img.getHeight()).isEqualTo(500);
        for (int k = 0; k < sweep.sites().length; k++) {
            assertThat(pixelsNear(img, ChartStyle.seriesColour(k))).as("line of series %d", k).isGreaterThan(200);
        }
        assertThat(pixelsNear(img, WeightSweepChart.REVERSAL)).isGreaterThan(100);
    }

    @Test
    void repeatedSiteNamesGetDistinctLabels() {
        assertThat(ChartStyle.labels(SITES.siteNames(), new int[] {2, 5, 0})).containsExactly("Carmo", "Carmo #6", "Praça");
    }
}
