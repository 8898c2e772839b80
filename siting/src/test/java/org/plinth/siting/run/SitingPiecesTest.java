package org.plinth.siting.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;
import org.plinth.siting.scenario.StandardiseSpec;

class SitingPiecesTest {

    /** Sizes in messages: whole metres without a decimal point, and huge ones as they are (not as Long.MAX_VALUE). */
    @Test
    void sizesInMessagesReadAsGiven() {
        assertThat(StudyArea.fmt(100)).isEqualTo("100");
        assertThat(StudyArea.fmt(0.5)).isEqualTo("0.5");
        assertThat(StudyArea.fmt(1e300)).isEqualTo("1.0E300");
        assertThat(StudyArea.fmt(-2.5e18)).isEqualTo("-2.5E18");
    }

    @Test
    void horizonDistanceWithRefraction() {
        // R' = 6378137 / 0.85714 = 7,441,138.4 m; √(2·R'·1.7) = 5,029.9 m; √(2·R'·12) = 13,363.7 m; sum 18,393.6 m
        assertThat(CriterionRasters.horizonDistance(1.7, 12, 6378137)).isCloseTo(18393.6, within(0.5));
        // a target at ground level is seen only to the observer's own horizon
        assertThat(CriterionRasters.horizonDistance(1.7, 0, 6378137)).isCloseTo(5029.9, within(0.5));
    }

    @Test
    void scoreDistributionPercentilesAndQuantilesOverAllowedCellsOnly() {
        // five allowed cells 0.1, 0.2, 0.2, 0.5, 0.9 and one excluded cell 1.0 that must not count
        GridGeometry g = new GridGeometry(6, 1, GeoTransform.northUp(0, 6, 1, 1), Crs.epsg(32637));
        FloatGrid suit = new FloatGrid(g, new float[] {0.1f, 0.2f, 0.2f, 0.5f, 0.9f, 1.0f}, null);
        ByteGrid allowed = new ByteGrid(g, new byte[] {1, 1, 1, 1, 1, 0}, null);
        ScoreDistribution d = new ScoreDistribution(suit, allowed);
        assertThat(d.count()).isEqualTo(5);
        assertThat(d.mean()).isCloseTo((0.1 + 0.2 + 0.2 + 0.5 + 0.9) / 5, within(1e-7));
        assertThat(d.percentileOf(0.2)).isEqualTo(20.0);  // one of five lies in a lower bin
        assertThat(d.percentileOf(0.95)).isEqualTo(100.0);
        assertThat(d.percentileOf(0.0)).isEqualTo(0.0);
        // the 60 % quantile is the third value, 0.2, to within one bin of 1/65536
        assertThat(d.quantile(0.6)).isCloseTo(0.2, within(1.0 / 65536));
        assertThat(d.quantile(1.0)).isCloseTo(0.9, within(1.0 / 65536));
    }

    @Test
    void standardiseSpecsMapToTheDecisionFunctions() {
        // linear cost from 40 km (0) to 5 km (1): 22.5 km is half-way → 0.5
        assertThat(Standardisations.of(new StandardiseSpec("linear", new double[] {40000, 5000}, null), "m")
                .score(22500)).isCloseTo(0.5, within(1e-12));
        // breakpoints (0,0) (10,1) (20,0.5): at 15 → 0.75
        assertThat(Standardisations.of(new StandardiseSpec("breakpoints", new double[] {0, 10, 20},
                new double[] {0, 1, 0.5}), "m").score(15)).isCloseTo(0.75, within(1e-12));
        // j-shaped: 0.5 at the first point, 1 at the second
        assertThat(Standardisations.of(new StandardiseSpec("j-shaped", new double[] {8000, 1000}, null), "m")
                .score(8000)).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void rawValuesReadAsPhrases() {
        assertThat(new CriterionValue("d", "d", 4210, "m", 0.5, 0.2).rawText()).isEqualTo("4.2 km");
        assertThat(new CriterionValue("d", "d", 420, "m", 0.5, 0.2).rawText()).isEqualTo("420 m");
        assertThat(new CriterionValue("p", "p", 12345, "people", 0.5, 0.2).rawText()).isEqualTo("12,345 people");
        assertThat(new CriterionValue("p", "p", Double.NaN, "people", 0.5, 0.2).rawText()).isEqualTo("n/a");
    }
}
