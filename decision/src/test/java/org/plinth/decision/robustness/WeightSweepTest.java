package org.plinth.decision.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plinth.raster.InvalidInputException;

class WeightSweepTest {
    // A = (1, 0, 0), B = (0.2, 0.9, 0.5), C = (0.6, 0.6, 0.6); base weights (0.5, 0.3, 0.2)
    private static final ScoreMatrix ABC = ScoreMatrix.of(new double[][] {{1, 0, 0}, {0.2, 0.9, 0.5}, {0.6, 0.6, 0.6}});
    private static final double[] BASE = {0.5, 0.3, 0.2};

    @Test
    void sweepingTheFirstCriterionFindsTheHandDerivedReversals() {
        // w = (t, 0.6(1-t), 0.4(1-t)): A = t, B = 0.2t + 0.74(1-t) = 0.74 - 0.54t, C = 0.6.
        // B best at 0; C overtakes B where 0.74 - 0.54t = 0.6: t = 7/27; A overtakes C at t = 0.6.
        CriterionSweep s = new WeightSweep(ABC, BASE, SweepOptions.defaults().withSteps(10).withTrackedSites(2)).sweep(0);
        List<RankReversal> changes = s.topChanges();
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).weight()).isCloseTo(7 / 27.0, within(1e-12));
        assertThat(changes.get(0).previousTop()).isEqualTo(1);
        assertThat(changes.get(0).newTop()).isEqualTo(2);
        assertThat(changes.get(1).weight()).isCloseTo(0.6, within(1e-12));
        assertThat(changes.get(1).newTop()).isEqualTo(0);
        assertThat(s.topAtZero()).isEqualTo(1);
        assertThat(s.topAtOne()).isEqualTo(0);
        assertThat(s.baseWeight()).isEqualTo(0.5);
        // base scores: A 0.5, B 0.47, C 0.6 -> tracked top 2 = C, A; B added as a top site
        assertThat(s.sites()).containsExactly(2, 0, 1);
        assertThat(s.weights()).hasSize(11);
        assertThat(s.weights()[5]).isEqualTo(0.5);
        // t = 0.2: A 0.2, B 0.632, C 0.6 -> C 2, A 3, B 1; t = 0.5: C 1, A 2, B 3; t = 1: A 1, C 2, B 3
        assertThat(s.ranks(0)[2]).isEqualTo(2);
        assertThat(s.ranks(1)[2]).isEqualTo(3);
        assertThat(s.ranks(2)[2]).isEqualTo(1);
        assertThat(new int[] {s.ranks(0)[5], s.ranks(1)[5], s.ranks(2)[5]}).containsExactly(1, 2, 3);
        assertThat(new int[] {s.ranks(0)[10], s.ranks(1)[10], s.ranks(2)[10]}).containsExactly(2, 1, 3);
        assertThat(s.scores(2)[5]).isCloseTo(0.47, within(1e-12));
        assertThat(s.scores(1)[10]).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void sweepingTheSecondCriterionRescalesTheOthersInProportion() {
        // w = (5/7 (1-t), t, 2/7 (1-t)): A = 5/7 (1-t), B = 2/7 + (0.9 - 2/7) t, C = 0.6.
        // A best at 0; C overtakes A at 5/7 (1-t) = 0.6: t = 0.16; B overtakes C at
        // 2/7 + (4.3/7) t = 0.6: t = 2.2/4.3 = 22/43.
        CriterionSweep s = new WeightSweep(ABC, BASE, SweepOptions.defaults()).sweep(1);
        assertThat(s.topChanges()).extracting(RankReversal::newTop).containsExactly(2, 1);
        assertThat(s.topChanges().get(0).weight()).isCloseTo(0.16, within(1e-12));
        assertThat(s.topChanges().get(1).weight()).isCloseTo(22 / 43.0, within(1e-12));
        assertThat(s.topAtZero()).isEqualTo(0);
    }

    @Test
    void otherWeightsShareEquallyWhenTheirBaseWeightsAreZero() {
        // base (1, 0, 0): sweeping criterion 0 gives w = (t, (1-t)/2, (1-t)/2).
        // A = t, B = 0.2t + 0.7(1-t), C = 0.6: B best at 0, C at t = 0.1/0.5 = 0.2, A at 0.6.
        CriterionSweep s = new WeightSweep(ABC, new double[] {1, 0, 0}, SweepOptions.defaults()).sweep(0);
        assertThat(s.topChanges()).extracting(RankReversal::newTop).containsExactly(2, 0);
        assertThat(s.topChanges().get(0).weight()).isCloseTo(0.2, within(1e-12));
        assertThat(s.topChanges().get(1).weight()).isCloseTo(0.6, within(1e-12));
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 2L, 3L, 4L})
    void envelopeAgreesWithBruteForceArgmax(long seed) {
        System.out.println("sweep seed " + seed);
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = 2 + rnd.nextInt(60);
        int m = 2 + rnd.nextInt(5);
        double[][] rows = new double[n][m];
        for (double[] row : rows) {
            for (int j = 0; j < m; j++) {
                row[j] = rnd.nextDouble();
            }
        }
        double[] base = new double[m];
        WeightDistribution.uniform(m).sample(rnd, base, 0);
        ScoreMatrix sm = ScoreMatrix.of(rows);
        for (CriterionSweep s : new WeightSweep(sm, base, SweepOptions.defaults()).compute()) {
            double rest = 1 - base[s.criterion()];
            for (int k = 0; k < 500; k++) {
                double t = rnd.nextDouble();
                int expected = s.topAtZero();
                boolean nearReversal = false;
                for (RankReversal r : s.topChanges()) {
                    nearReversal |= Math.abs(r.weight() - t) < 1e-9;
                    expected = t > r.weight() ? r.newTop() : expected;
                }
                if (nearReversal) {
                    continue;
                }
                double[] w = new double[m];
                for (int i = 0; i < m; i++) {
                    w[i] = i == s.criterion() ? t : (1 - t) * base[i] / rest;
                }
                int argmax = 0;
                for (int site = 1; site < n; site++) {
                    argmax = sm.score(site, w) > sm.score(argmax, w) ? site : argmax;
                }
                assertThat(expected).as("top at t = %s, criterion %d", t, s.criterion()).isEqualTo(argmax);
            }
        }
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> new WeightSweep(ABC, new double[] {0.5, 0.5}, SweepOptions.defaults()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("base weights have 2 criteria but the score matrix has 3");
        assertThatThrownBy(() -> new WeightSweep(ScoreMatrix.of(new double[][] {{1}}), new double[] {1},
                SweepOptions.defaults())).hasMessage("a weight sweep needs at least 2 criteria, had 1");
        assertThatThrownBy(() -> new WeightSweep(ABC, new double[] {0.5, 0.6, -0.1}, SweepOptions.defaults()))
                .hasMessage("base weights must be finite and >= 0, criterion 2 was -0.1");
    }
}
