package org.plinth.siting.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.plinth.siting.scenario.StandardiseSpec;

class SitingPiecesTest {

    @Test
    void horizonDistanceWithRefraction() {
        // R' = 6378137 / 0.85714 = 7,441,138.4 m; √(2·R'·1.7) = 5,029.9 m; √(2·R'·12) = 13,363.7 m; sum 18,393.6 m
        assertThat(CriterionRasters.horizonDistance(1.7, 12, 6378137)).isCloseTo(18393.6, within(0.5));
        // a target at ground level is seen only to the observer's own horizon
        assertThat(CriterionRasters.horizonDistance(1.7, 0, 6378137)).isCloseTo(5029.9, within(0.5));
    }

    @Test
    void percentileCountsStrictlySmallerValues() {
        float[] sorted = {0.1f, 0.2f, 0.2f, 0.5f, 0.9f};
        assertThat(StrategyComparison.percentile(sorted, 0.2f)).isEqualTo(20.0);  // one of five is smaller
        assertThat(StrategyComparison.percentile(sorted, 0.95)).isEqualTo(100.0);
        assertThat(StrategyComparison.percentile(sorted, 0.0)).isEqualTo(0.0);
        assertThat(StrategyComparison.percentile(new float[0], 0.5)).isNaN();
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
