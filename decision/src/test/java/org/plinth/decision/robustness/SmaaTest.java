package org.plinth.decision.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plinth.raster.InvalidInputException;

class SmaaTest {

    private static SmaaResult run(double[][] rows, int draws, long seed) {
        return new Smaa(ScoreMatrix.of(rows), WeightDistribution.uniform(rows[0].length),
                SmaaOptions.defaults().withDraws(draws).withSeed(seed)).compute();
    }

    /** Four binomial standard deviations at p = 1/2, the widest a single estimate needs. */
    private static double tol(SmaaResult r) {
        return 2 * r.worstCaseMarginOfError();
    }

    @Test
    void twoCriteriaAcceptabilitiesMatchTheAnalyticSolution() {
        // w = (t, 1 - t), t ~ U(0,1). Scores: A = t, B = 1 - t, C = 0.4 (eps = 0.1 below the centre).
        // t > 0.5: A first; C second iff 0.4 > 1 - t iff t > 0.6.  t < 0.5: B first; C second iff t < 0.4.
        // b_A = (0.5, 0.1, 0.4), b_B = (0.5, 0.1, 0.4), b_C = (0, 0.8, 0.2).
        // Central weights: A: E[(t, 1-t) | t > 0.5] = (0.75, 0.25); B: (0.25, 0.75); C never first.
        SmaaResult r = run(new double[][] {{1, 0}, {0, 1}, {0.4, 0.4}}, 20_000, 7L);
        double[][] exact = {{0.5, 0.1, 0.4}, {0.5, 0.1, 0.4}, {0, 0.8, 0.2}};
        for (int i = 0; i < 3; i++) {
            for (int rank = 1; rank <= 3; rank++) {
                assertThat(r.rankAcceptability(i, rank)).as("b_%d^%d", i, rank)
                        .isCloseTo(exact[i][rank - 1], within(tol(r)));
            }
        }
        assertThat(r.rankCount(2, 1)).isZero();
        // t | t > 0.5 has sd 0.5 / sqrt(12); its mean over ~10^4 draws is within 0.006 (4 sd)
        assertThat(r.centralWeights(0)).containsExactly(new double[] {0.75, 0.25}, within(0.006));
        assertThat(r.centralWeights(1)).containsExactly(new double[] {0.25, 0.75}, within(0.006));
        assertThat(r.centralWeights(2)).containsOnly(Double.NaN);
        // with (0.75, 0.25): A = 0.75 > C = 0.4 > B = 0.25, so A is surely first
        assertThat(r.confidenceFactor(0)).isEqualTo(1.0);
        assertThat(r.confidenceFactor(1)).isEqualTo(1.0);
        assertThat(r.confidenceFactor(2)).isNaN();
        assertThat(r.draws()).isEqualTo(20_000);
        assertThat(r.worstCaseMarginOfError()).isCloseTo(1.96 * 0.5 / Math.sqrt(20_000), within(1e-5));
        // largest b(1-b) among the estimates is near 0.5 * 0.5
        assertThat(r.marginOfError()).isCloseTo(r.worstCaseMarginOfError(), within(1e-4));
    }

    @Test
    void threeCriteriaAcceptabilitiesMatchExactGeometry() {
        // A, B, C = unit vectors (score w_1, w_2, w_3), D = (0.5, 0.5, 0.5) (score 0.5).
        // At most one w_i exceeds 0.5. Regions {w_i > 0.5} are corner triangles of area 1/4 each,
        // the rest (all w_i < 0.5) the medial triangle, area 1/4:
        //  D: first 1/4 (medial), else second (behind the corner's site): b_D = (1/4, 3/4, 0, 0).
        //  A: first 1/4; in the medial triangle A is 2nd/3rd/4th by the order of w: 1/12 each;
        //     in B's or C's corner A is 3rd or 4th with equal chance: 1/4 each.
        //     b_A = (1/4, 1/12, 1/3, 1/3).
        // Central weights: centroid of A's corner (1,0,0),(.5,.5,0),(.5,0,.5) = (2/3, 1/6, 1/6);
        // D's medial triangle centroid = (1/3, 1/3, 1/3). Confidence: all 1 (A 2/3 > D 0.5 > 1/6).
        SmaaResult r = run(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {0.5, 0.5, 0.5}}, 40_000, 3L);
        double[] bA = {0.25, 1 / 12.0, 1 / 3.0, 1 / 3.0};
        for (int site = 0; site < 3; site++) {
            assertThat(r.rankAcceptabilities(site)).containsExactly(bA, within(tol(r)));
        }
        assertThat(r.rankAcceptabilities(3)).containsExactly(new double[] {0.25, 0.75, 0, 0}, within(tol(r)));
        assertThat(r.rankCount(3, 3) + r.rankCount(3, 4)).isZero();
        assertThat(r.centralWeights(0)).containsExactly(new double[] {2 / 3.0, 1 / 6.0, 1 / 6.0}, within(0.005));
        assertThat(r.centralWeights(3)).containsExactly(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, within(0.005));
        for (int site = 0; site < 4; site++) {
            assertThat(r.confidenceFactor(site)).isEqualTo(1.0);
        }
    }

    @Test
    void asymmetricThreeCriteriaCaseMatchesFineIntegration() {
        double[][] rows = {{0.9, 0.2, 0.4}, {0.5, 0.7, 0.3}, {0.3, 0.4, 0.9}, {0.6, 0.6, 0.5}, {0.1, 0.95, 0.2}};
        LatticeReference ref = new LatticeReference(rows, 600);
        SmaaResult r = run(rows, 40_000, 12L);
        // lattice error: indicator regions cut O(perimeter / N) of the N^2 cells, below 0.004 at N = 600
        for (int i = 0; i < rows.length; i++) {
            for (int rank = 1; rank <= rows.length; rank++) {
                assertThat(r.rankAcceptability(i, rank)).as("b_%d^%d", i, rank)
                        .isCloseTo(ref.acceptability(i, rank), within(tol(r) + 0.004));
            }
            if (ref.acceptability(i, 1) > 0.05) {
                assertThat(r.centralWeights(i)).as("central weights of %d", i)
                        .containsExactly(ref.centralWeights(i), within(0.01));
            }
        }
    }

    @Test
    void resultsAreBitIdenticalForEveryThreadCount() {
        SplittableRandom rnd = new SplittableRandom(5);
        double[][] rows = new double[60][4];
        for (double[] row : rows) {
            for (int j = 0; j < 4; j++) {
                row[j] = rnd.nextDouble();
            }
        }
        ScoreMatrix m = ScoreMatrix.of(rows);
        SmaaOptions o = SmaaOptions.defaults().withDraws(5000).withSeed(42).withCriteriaNoise(0.05);
        WeightDistribution w = WeightDistribution.dirichlet(new double[] {0.4, 0.3, 0.2, 0.1}, 8);
        SmaaResult one = new Smaa(m, w, o.withParallelism(1)).compute();
        SmaaResult three = new Smaa(m, w, o.withParallelism(3)).compute();
        for (int i = 0; i < 60; i++) {
            assertThat(three.rankAcceptabilities(i)).isEqualTo(one.rankAcceptabilities(i));
            assertThat(three.centralWeights(i)).isEqualTo(one.centralWeights(i));
            assertThat(Double.compare(three.confidenceFactor(i), one.confidenceFactor(i))).isZero();
        }
        SmaaResult otherSeed = new Smaa(m, w, o.withSeed(43)).compute();
        assertThat(otherSeed.rankAcceptabilities(0)).isNotEqualTo(one.rankAcceptabilities(0));
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 2L, 3L, 4L, 5L, 6L})
    void acceptabilitiesSumToOneAndADominatingSiteAlwaysWins(long seed) {
        System.out.println("SMAA property seed " + seed);
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = 2 + rnd.nextInt(40);
        int m = 1 + rnd.nextInt(6);
        double[][] rows = new double[n][m];
        int best = rnd.nextInt(n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                rows[i][j] = i == best ? 0.95 : rnd.nextDouble() * 0.9;
            }
        }
        int draws = 3000;
        SmaaResult r = run(rows, draws, seed);
        for (int i = 0; i < n; i++) {
            long perSite = 0;
            long perRank = 0;
            for (int k = 1; k <= n; k++) {
                perSite += r.rankCount(i, k);
                perRank += r.rankCount(k - 1, i + 1);
            }
            assertThat(perSite).isEqualTo(draws);
            assertThat(perRank).isEqualTo(draws);
        }
        assertThat(r.rankAcceptability(best, 1)).isEqualTo(1.0);
        assertThat(r.confidenceFactor(best)).isEqualTo(1.0);
        assertThat(r.centralWeights(best)).satisfies(w -> assertThat(java.util.Arrays.stream(w).sum())
                .isCloseTo(1.0, within(1e-9)));
        assertThat(r.sitesByAcceptability()[0]).isEqualTo(best);
    }

    @Test
    void noisyCriteriaGiveTheAnalyticConfidenceFactor() {
        // one criterion, A = 0.6, B = 0.4, both + U(-0.2, 0.2): A - B = 0.2 + T with T triangular on
        // [-0.4, 0.4]; P(T < -0.2) = 0.2^2 / (2 * 0.4^2) = 0.125, so b_A^1 = p_A = 0.875, p_B = 0.125.
        SmaaResult r = new Smaa(ScoreMatrix.of(new double[][] {{0.6}, {0.4}}), WeightDistribution.uniform(1),
                SmaaOptions.defaults().withDraws(40_000).withCriteriaNoise(0.2)).compute();
        double sd4 = 4 * Math.sqrt(0.875 * 0.125 / 40_000);
        assertThat(r.rankAcceptability(0, 1)).isCloseTo(0.875, within(sd4));
        assertThat(r.confidenceFactor(0)).isCloseTo(0.875, within(sd4));
        assertThat(r.confidenceFactor(1)).isCloseTo(0.125, within(sd4));
        assertThat(r.centralWeights(1)).containsExactly(1.0);
    }

    @Test
    void identicalSitesShareTheirRanks() {
        // A and B identical: each first in half of the draws; C is always third; at their central
        // weights A and B tie for first, so each has confidence 1/2.
        SmaaResult r = run(new double[][] {{0.5, 0.8}, {0.5, 0.8}, {0.2, 0.2}}, 20_000, 9L);
        assertThat(r.rankAcceptability(0, 1)).isCloseTo(0.5, within(tol(r)));
        assertThat(r.rankAcceptability(1, 1)).isCloseTo(0.5, within(tol(r)));
        assertThat(r.rankAcceptability(2, 3)).isEqualTo(1.0);
        assertThat(r.confidenceFactor(0)).isEqualTo(0.5);
    }

    @Test
    void holisticAcceptabilityWeighsRanksByMetaWeights() {
        // b_A = (0.5, 0.1, 0.4), b_C = (0, 0.8, 0.2) as in the analytic case; linear meta-weights
        // (1, 0.5, 0): a_A = 0.55, a_C = 0.4.
        SmaaResult r = run(new double[][] {{1, 0}, {0, 1}, {0.4, 0.4}}, 20_000, 7L);
        double[] a = r.holisticAcceptability(MetaWeights.linear(3));
        assertThat(a[0]).isCloseTo(0.55, within(2 * tol(r)));
        assertThat(a[2]).isCloseTo(0.4, within(2 * tol(r)));
        assertThat(a[2]).isEqualTo(0.5 * r.rankAcceptability(2, 2), within(1e-15));
    }

    @Test
    void metaWeightSchemes() {
        assertThat(MetaWeights.linear(3)).containsExactly(1, 0.5, 0);
        assertThat(MetaWeights.linear(1)).containsExactly(1);
        assertThat(MetaWeights.inverse(4)).containsExactly(1, 0.5, 1 / 3.0, 0.25);
        // tails of 1 + 1/2 + 1/3 = 11/6: (11/6, 5/6, 2/6) / (11/6)
        assertThat(MetaWeights.centroid(3)).containsExactly(new double[] {1, 5 / 11.0, 2 / 11.0}, within(1e-15));
    }

    @Test
    void trackingFewerRanksCountsOnlyThose() {
        SplittableRandom rnd = new SplittableRandom(3);
        double[][] rows = new double[30][3];
        for (double[] row : rows) {
            for (int j = 0; j < 3; j++) {
                row[j] = rnd.nextDouble();
            }
        }
        SmaaOptions o = SmaaOptions.defaults().withDraws(2000);
        SmaaResult all = new Smaa(ScoreMatrix.of(rows), WeightDistribution.uniform(3), o).compute();
        SmaaResult top2 = new Smaa(ScoreMatrix.of(rows), WeightDistribution.uniform(3), o.withTrackedRanks(2)).compute();
        assertThat(top2.trackedRanks()).isEqualTo(2);
        for (int i = 0; i < 30; i++) {
            assertThat(top2.rankAcceptabilities(i)).containsExactly(all.rankAcceptability(i, 1), all.rankAcceptability(i, 2));
        }
        assertThatThrownBy(() -> top2.rankAcceptability(0, 3)).hasMessage("rank must be in 1..2, was 3");
    }

    @Test
    void badInputIsRejectedWithTheValue() {
        assertThatThrownBy(() -> ScoreMatrix.of(new double[][] {{0.2, Double.NaN}}))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("score of site 0 on criterion 1 must be in [0, 1], was NaN");
        assertThatThrownBy(() -> ScoreMatrix.of(new double[][] {{0.2, 1.5}}))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("was 1.5");
        assertThatThrownBy(() -> ScoreMatrix.of(new double[][] {{0.2, 0.5}, {0.1}}))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("site 1 had 1");
        assertThatThrownBy(() -> new Smaa(ScoreMatrix.of(new double[][] {{0.2, 0.5}}), WeightDistribution.uniform(3),
                SmaaOptions.defaults())).isInstanceOf(InvalidInputException.class)
                .hasMessage("weight distribution has 3 criteria but the score matrix has 2");
        assertThatThrownBy(() -> SmaaOptions.defaults().withDraws(0))
                .hasMessage("number of draws must be >= 1, was 0");
    }
}
