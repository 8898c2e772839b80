package org.plinth.decision.ahp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AhpTest {
    private static final AhpOptions EV = AhpOptions.defaults();
    private static final AhpOptions GM = AhpOptions.defaults().withMethod(PriorityMethod.GEOMETRIC_MEAN);

    /** Four chairs' brightness (Saaty 1977); CR 0.145 > 0.10. Values cross-checked with numpy.linalg.eig. */
    private static PairwiseComparisons chairs() {
        double[][] m = {
            {1, 5, 6, 7},
            {1 / 5.0, 1, 4, 6},
            {1 / 6.0, 1 / 4.0, 1, 4},
            {1 / 7.0, 1 / 6.0, 1 / 4.0, 1},
        };
        return PairwiseComparisons.ofMatrix(List.of("c1", "c2", "c3", "c4"), m);
    }

    @Test
    void inconsistentJudgmentsAreNamedWithConsistentValues() {
        AhpResult r = Ahp.weigh(chairs(), EV);
        // numpy: w = (0.6187, 0.2353, 0.1009, 0.0451), λmax = 4.3907, CI = 0.1302, CR = 0.1447 (RI 0.90).
        assertThat(r.weights()).containsExactly(new double[] {0.6187, 0.2353, 0.1009, 0.0451}, within(5e-5));
        assertThat(r.lambdaMax()).isCloseTo(4.3907, within(5e-5));
        assertThat(r.consistencyRatio()).isCloseTo(0.1447, within(5e-5));
        // Shares of λmax − n = (1/n) Σ (ε + 1/ε − 2): c1/c4 30.1 %, c1/c2 27.4 %, c3/c4 22.1 %.
        // c1 vs c4 was judged 7; w1/w4 = 13.73, beyond the scale, so the suggestion is 9.
        JudgmentAdvice worst = r.advice().get(0);
        assertThat(worst.first() + "/" + worst.second()).isEqualTo("c1/c4");
        assertThat(worst.consistent()).isCloseTo(13.7255, within(5e-4));
        assertThat(worst.suggestion()).isEqualTo(9.0);
        assertThat(worst.share()).isCloseTo(0.3012, within(5e-4));
        JudgmentAdvice second = r.advice().get(1);
        assertThat(second.first() + "/" + second.second()).isEqualTo("c1/c2");
        assertThat(second.consistent()).isCloseTo(2.6290, within(5e-4));
        assertThat(second.suggestion()).isEqualTo(3.0);
        assertThat(r.advice().stream().mapToDouble(JudgmentAdvice::share).sum()).isCloseTo(1, within(1e-9));
        assertThat(second.describe()).isEqualTo("c1 vs c2: given 5, consistent 2.63 (on the 1–9 scale: 3),"
                + " 27% of the inconsistency");
    }

    @Test
    void twoCriteriaAreAlwaysConsistent() {
        AhpResult r = Ahp.weigh(PairwiseComparisons.builder(List.of("a", "b")).judge("b", "a", 4).build(), EV);
        // w = (1/5, 4/5).
        assertThat(r.weights()).containsExactly(new double[] {0.2, 0.8}, within(1e-14));
        assertThat(r.consistencyRatio()).isZero();
        assertThat(r.lambdaMax()).isEqualTo(2.0);
    }

    @Test
    void randomIndexTables() {
        assertThat(RandomIndex.SAATY_1980.value(4)).isEqualTo(0.90);
        assertThat(RandomIndex.SAATY_1980.value(12)).isEqualTo(1.48);
        assertThat(RandomIndex.SAATY_2005.value(3)).isEqualTo(0.52);
        assertThat(RandomIndex.DONEGAN_DODD_1991.value(10)).isEqualTo(1.4055);
        // 22 lies 2/5 of the way from 20 (1.5371) to 25 (1.5619): 1.5371 + 0.4 × 0.0248 = 1.54702.
        assertThat(RandomIndex.DONEGAN_DODD_1991.value(22)).isCloseTo(1.54702, within(1e-12));
        assertThat(RandomIndex.SAATY_1980.value(2)).isZero();
        assertThatThrownBy(() -> RandomIndex.SAATY_1980.value(16))
                .hasMessage("random index table saaty1980 covers up to 15 criteria, was 16; use donegan-dodd");
        assertThat(RandomIndex.fromId("Donegan-Dodd")).isEqualTo(RandomIndex.DONEGAN_DODD_1991);
        // CR of the chairs with Saaty 2005 (RI 0.89): 0.13024 / 0.89 = 0.14634.
        assertThat(Ahp.weigh(chairs(), EV.withRandomIndex(RandomIndex.SAATY_2005)).consistencyRatio())
                .isCloseTo(0.1302434 / 0.89, within(1e-6));
    }

    @Test
    void geometricMeanOfACompleteMatrixIsTheRowGeometricMean() {
        AhpResult r = Ahp.weigh(chairs(), GM);
        // Row products: 210, 4.8, 1/6, 1/168; fourth roots normalised (numpy: 0.6136, 0.2386, 0.1030, 0.0448).
        double[] g = {Math.pow(210, 0.25), Math.pow(4.8, 0.25), Math.pow(1 / 6.0, 0.25), Math.pow(1 / 168.0, 0.25)};
        double s = g[0] + g[1] + g[2] + g[3];
        assertThat(r.weights()).containsExactly(new double[] {g[0] / s, g[1] / s, g[2] / s, g[3] / s}, within(1e-14));
        assertThat(r.method()).isEqualTo(PriorityMethod.GEOMETRIC_MEAN);
        // λmax is the matrix's own principal eigenvalue whichever method gave the weights.
        assertThat(r.lambdaMax()).isCloseTo(4.3907, within(5e-5));
    }

    @Test
    void badJudgmentsAreRefusedNamingThePair() {
        List<String> c = List.of("battlefield", "heritage", "discretion");
        assertThatThrownBy(() -> PairwiseComparisons.builder(c).judge("battlefield", "heritage", 10))
                .hasMessage("judgment battlefield vs heritage must be in 1/9 … 9 on Saaty's scale, was 10.0");
        assertThatThrownBy(() -> PairwiseComparisons.builder(c).judge("battlefield", "heritage", 0))
                .hasMessage("judgment battlefield vs heritage must be in 1/9 … 9 on Saaty's scale, was 0.0");
        assertThatThrownBy(() -> PairwiseComparisons.builder(c).judge("battlefield", "heritage", 3)
                .judge("heritage", "battlefield", 3))
                .hasMessage("judgment heritage vs battlefield is given twice with different values: 1/3 and 3");
        assertThatThrownBy(() -> PairwiseComparisons.builder(c).judge("battlefield", "access", 3))
                .hasMessage("unknown criterion 'access'; criteria are [battlefield, heritage, discretion]");
        assertThatThrownBy(() -> PairwiseComparisons.builder(List.of("only")))
                .hasMessage("AHP needs at least two criteria, was 1");
        // The reverse pair with the reciprocal value agrees, and 1/9 itself is allowed.
        PairwiseComparisons ok = PairwiseComparisons.builder(c).judge("battlefield", "heritage", 3)
                .judge("heritage", "battlefield", 1 / 3.0).judge("heritage", "discretion", 1 / 9.0).build();
        assertThat(ok.judgments()).hasSize(2);
    }

    @Test
    void disconnectedJudgmentsAreAnError() {
        PairwiseComparisons pc = PairwiseComparisons.builder(List.of("a", "b", "c", "d"))
                .judge("a", "b", 2).judge("c", "d", 3).build();
        assertThatThrownBy(() -> Ahp.weigh(pc, EV))
                .hasMessage("the judgments leave the criteria in 2 unconnected groups [a, b] and [c, d];"
                        + " add a judgment linking each group to another");
    }

    @Test
    void harkerCompletionByHand() {
        // a:b = 2, b:c = 3, a:c missing. Harker's matrix [[2, 2, 0], [1/2, 1, 3], [0, 1/3, 2]] has the
        // consistent solution w ∝ (6, 3, 1): row 1: 2·6 + 2·3 = 18 = 3·6; row 2: 3 + 3 + 3 = 9 = 3·3;
        // row 3: 1 + 2 = 3 = 3·1, so λ = 3 and the completed a:c is 6.
        PairwiseComparisons pc = PairwiseComparisons.builder(List.of("a", "b", "c"))
                .judge("a", "b", 2).judge("b", "c", 3).build();
        AhpResult r = Ahp.weigh(pc, EV);
        assertThat(r.weights()).containsExactly(new double[] {0.6, 0.3, 0.1}, within(1e-12));
        assertThat(r.missingJudgments()).isEqualTo(1);
        assertThat(r.completed()[0][2]).isCloseTo(6, within(1e-9));
        assertThat(r.consistencyRatio()).isCloseTo(0, within(1e-12));
        AhpResult g = Ahp.weigh(pc, GM);
        assertThat(g.weights()).containsExactly(new double[] {0.6, 0.3, 0.1}, within(1e-12));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 7L, 2024L, 99991L})
    void consistentMatricesGiveExactWeightsAndZeroCr(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = 2 + rnd.nextInt(9);
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            w[i] = 1 + 2 * rnd.nextDouble(); // ratios stay within 1/3 … 3
            sum += w[i];
        }
        PairwiseComparisons.Builder b = PairwiseComparisons.builder(names(n));
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                // Leave some pairs out, but keep the chain i, i+1 so the set stays connected.
                if (j == i + 1 || rnd.nextInt(3) > 0) {
                    b.judge(i, j, w[i] / w[j]);
                }
            }
        }
        PairwiseComparisons pc = b.build();
        for (AhpOptions o : List.of(EV, GM)) {
            AhpResult r = Ahp.weigh(pc, o);
            for (int i = 0; i < n; i++) {
                assertThat(r.weights()[i]).as("seed %d %s", seed, o.method()).isCloseTo(w[i] / sum, within(1e-12));
            }
            assertThat(r.consistencyRatio()).as("seed %d", seed).isCloseTo(0, within(1e-12));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3L, 11L, 555L, 424242L})
    void permutingCriteriaPermutesWeights(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = 3 + rnd.nextInt(8);
        double[][] m = randomJudgments(rnd, n);
        int[] p = permutation(rnd, n);
        double[][] q = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                q[p[i]][p[j]] = m[i][j];
            }
        }
        for (AhpOptions o : List.of(EV, GM)) {
            AhpResult a = Ahp.weigh(PairwiseComparisons.ofMatrix(names(n), m), o);
            AhpResult b = Ahp.weigh(PairwiseComparisons.ofMatrix(names(n), q), o);
            for (int i = 0; i < n; i++) {
                assertThat(b.weights()[p[i]]).as("seed %d", seed).isCloseTo(a.weights()[i], within(1e-12));
            }
            assertThat(b.lambdaMax()).as("seed %d", seed).isCloseTo(a.lambdaMax(), within(1e-10));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {5L, 17L, 31337L})
    void incompleteSolutionsSatisfyTheirDefinitions(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = 4 + rnd.nextInt(6);
        double[][] m = randomJudgments(rnd, n);
        for (int i = 0; i < n; i++) {
            for (int j = i + 2; j < n; j++) {
                if (rnd.nextBoolean()) {
                    m[i][j] = Double.NaN;
                    m[j][i] = Double.NaN;
                }
            }
        }
        PairwiseComparisons pc = PairwiseComparisons.ofMatrix(names(n), m);
        // Harker: w is the principal eigenvector of the matrix completed with w_i / w_j.
        AhpResult ev = Ahp.weigh(pc, EV);
        double[] w = ev.weights();
        double[][] c = ev.completed();
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += c[i][j] * w[j];
            }
            assertThat(s).as("seed %d row %d", seed, i).isCloseTo(ev.lambdaMax() * w[i], within(1e-11));
        }
        // Log least squares: Σ_{j given} (ln a_ij − ln w_i + ln w_j) = 0 for every i.
        double[] g = Ahp.weigh(pc, GM).weights();
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                if (i != j && pc.isGiven(i, j)) {
                    s += Math.log(pc.get(i, j)) - Math.log(g[i]) + Math.log(g[j]);
                }
            }
            assertThat(s).as("seed %d row %d", seed, i).isCloseTo(0, within(1e-10));
        }
    }

    static List<String> names(int n) {
        List<String> c = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            c.add("k" + i);
        }
        return c;
    }

    static double[][] randomJudgments(SplittableRandom rnd, int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
            for (int j = i + 1; j < n; j++) {
                int k = 1 + rnd.nextInt(9);
                m[i][j] = rnd.nextBoolean() ? k : 1.0 / k;
                m[j][i] = 1 / m[i][j];
            }
        }
        return m;
    }

    private static int[] permutation(SplittableRandom rnd, int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int k = rnd.nextInt(i + 1);
            int t = p[i];
            p[i] = p[k];
            p[k] = t;
        }
        return p;
    }
}
