package org.plinth.decision.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plinth.raster.InvalidInputException;
import org.plinth.raster.Monitor;

class WeightDistributionTest {

    @ParameterizedTest
    @ValueSource(longs = {1L, 77L, 20240601L})
    void uniformMarginalIsBetaOneMMinusOne(long seed) {
        // uniform on the 3-simplex (m = 4): w_1 ~ Beta(1, 3), F(x) = 1 - (1 - x)^3.
        // Kolmogorov-Smirnov distance below the 0.1% critical value 1.95 / sqrt(N).
        System.out.println("uniform marginal seed " + seed);
        int m = 4;
        int n = 20_000;
        double[] w = new WeightSampler(WeightDistribution.uniform(m), seed).sample(n, 2, Monitor.NONE);
        double[] first = new double[n];
        for (int d = 0; d < n; d++) {
            first[d] = w[d * m];
            assertThat(Arrays.stream(w, d * m, d * m + m).sum()).isCloseTo(1.0, within(1e-12));
            assertThat(Arrays.stream(w, d * m, d * m + m).min().getAsDouble()).isGreaterThanOrEqualTo(0);
        }
        Arrays.sort(first);
        double ks = 0;
        for (int i = 0; i < n; i++) {
            double f = 1 - Math.pow(1 - first[i], 3);
            ks = Math.max(ks, Math.max(Math.abs(f - i / (double) n), Math.abs(f - (i + 1) / (double) n)));
        }
        assertThat(ks).isLessThan(1.95 / Math.sqrt(n));
    }

    @Test
    void drawsAreIdenticalForEveryThreadCountAndPrefixStable() {
        WeightSampler s = new WeightSampler(WeightDistribution.dirichlet(new double[] {0.5, 0.3, 0.2}, 5), 99L);
        double[] one = s.sample(5000, 1, Monitor.NONE);
        double[] two = s.sample(5000, 2, Monitor.NONE);
        double[] three = s.sample(5000, 3, Monitor.NONE);
        double[] shorter = s.sample(3000, 2, Monitor.NONE);
        assertThat(two).isEqualTo(one);
        assertThat(three).isEqualTo(one);
        assertThat(shorter).isEqualTo(Arrays.copyOf(one, 3000 * 3));
        assertThat(new WeightSampler(s.distribution(), 100L).sample(10, 1, Monitor.NONE))
                .isNotEqualTo(Arrays.copyOf(one, 30));
    }

    @Test
    void boundedAcceptanceIsExactAndDrawsStayInTheBox() {
        // lower (0.1, 0.2, 0), upper (0.5, 0.6, 0.4): free mass 0.7, u_i = 0.4 / 0.7 = 4/7 each;
        // pairs overshoot 1, so P = 1 - 3 (1 - 4/7)^2 = 22/49.
        double[] lo = {0.1, 0.2, 0.0};
        double[] hi = {0.5, 0.6, 0.4};
        BoundedSimplex d = (BoundedSimplex) WeightDistribution.bounded(lo, hi);
        assertThat(d.acceptance()).isCloseTo(22.0 / 49.0, within(1e-12));
        int n = 20_000;
        double[] w = new WeightSampler(d, 5L).sample(n, 2, Monitor.NONE);
        double[] mean = new double[3];
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < 3; i++) {
                assertThat(w[k * 3 + i]).isBetween(lo[i], hi[i]);
                mean[i] += w[k * 3 + i] / n;
            }
        }
        // v = (w - lo) / 0.7 is uniform on the simplex cut symmetrically, so E[v_i] = 1/3
        // and E[w] = lo + 0.7 / 3; standard error of each mean below 0.1 / sqrt(N)
        for (int i = 0; i < 3; i++) {
            assertThat(mean[i]).isCloseTo(lo[i] + 0.7 / 3, within(4 * 0.1 / Math.sqrt(n)));
        }
    }

    @Test
    void pilotEstimateAgreesWithInclusionExclusion() {
        // m = 12, every upper bound 0.2: P = sum_k (-1)^k C(12,k) (1 - 0.2k)_+^11 = 0.1994365747...
        double[] lo = new double[12];
        double[] hi = new double[12];
        Arrays.fill(hi, 0.2);
        BoundedSimplex d = (BoundedSimplex) WeightDistribution.bounded(lo, hi);
        assertThat(d.exactAcceptance(1L << 20)).isCloseTo(0.19943657471999926, within(1e-12));
        assertThat(d.exactAcceptance(10)).isNaN();
        double sigma = Math.sqrt(0.2 * 0.8 / BoundedSimplex.PILOT_PROPOSALS);
        assertThat(d.pilotAcceptance()).isCloseTo(0.19943657471999926, within(4 * sigma));
    }

    @Test
    void hopelessBoundsAreRejectedWithTheAcceptance() {
        // m = 10, upper bounds 0.11: acceptance = sum_k (-1)^k C(10,k) (1 - 0.11k)^9 = 1.0e-9
        double[] lo = new double[10];
        double[] hi = new double[10];
        Arrays.fill(hi, 0.11);
        assertThatThrownBy(() -> WeightDistribution.bounded(lo, hi))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("share of 1.0000")
                .hasMessageContaining("widen the bounds");
    }

    @Test
    void boundsThatMissTheSimplexAreRejected() {
        assertThatThrownBy(() -> WeightDistribution.bounded(new double[] {0.6, 0.5}, new double[] {1, 1}))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("lower bounds sum to 1.1");
        assertThatThrownBy(() -> WeightDistribution.bounded(new double[] {0.3, 0}, new double[] {0.2, 1}))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("criterion 0 was [0.3, 0.2]");
        assertThatThrownBy(() -> WeightDistribution.around(new double[] {0.5, 0.6}, 0.1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("must sum to 1, was 1.1");
    }

    @Test
    void lowerBoundsSummingToOneGiveThatPoint() {
        WeightDistribution d = WeightDistribution.bounded(new double[] {0.25, 0.75}, new double[] {0.5, 0.75});
        double[] w = new double[2];
        d.sample(new SplittableRandom(1), w, 0);
        assertThat(w).containsExactly(0.25, 0.75);
    }

    @Test
    void aroundClampsTheBoxToZeroAndOne() {
        BoundedSimplex d = (BoundedSimplex) WeightDistribution.around(new double[] {0.05, 0.95}, 0.1);
        // 0.95 - 0.1 and 0.05 + 0.1 in double arithmetic
        assertThat(d.lower()).containsExactly(new double[] {0.0, 0.85}, within(1e-15));
        assertThat(d.upper()).containsExactly(new double[] {0.15, 1.0}, within(1e-15));
    }

    @Test
    void dirichletHasTheCentreAsMeanAndTheDocumentedVariance() {
        // alpha = 20 c: Var[w_i] = c_i (1 - c_i) / 21
        double[] c = {0.5, 0.3, 0.2};
        int n = 40_000;
        double[] w = new WeightSampler(WeightDistribution.dirichlet(c, 20), 3L).sample(n, 2, Monitor.NONE);
        for (int i = 0; i < 3; i++) {
            double mean = 0;
            double sq = 0;
            for (int k = 0; k < n; k++) {
                mean += w[k * 3 + i];
                sq += w[k * 3 + i] * w[k * 3 + i];
            }
            mean /= n;
            double var = sq / n - mean * mean;
            double expectedVar = c[i] * (1 - c[i]) / 21;
            assertThat(mean).isCloseTo(c[i], within(4 * Math.sqrt(expectedVar / n)));
            assertThat(var).isCloseTo(expectedVar, within(0.05 * expectedVar));
        }
    }

    @Test
    void dirichletWithTinyAlphaStaysOnTheSimplex() {
        // alpha_i = 0.001 / 3: gamma variates far below Double.MIN_VALUE, handled in log space
        WeightDistribution d = WeightDistribution.dirichlet(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, 0.001);
        SplittableRandom rng = new SplittableRandom(8);
        double[] w = new double[3];
        for (int k = 0; k < 1000; k++) {
            d.sample(rng, w, 0);
            assertThat(w).doesNotContain(Double.NaN);
            assertThat(w[0] + w[1] + w[2]).isCloseTo(1.0, within(1e-12));
        }
    }

    @Test
    void dirichletZeroCentreWeightIsAlwaysZero() {
        WeightDistribution d = WeightDistribution.dirichlet(new double[] {0.6, 0.0, 0.4}, 3);
        SplittableRandom rng = new SplittableRandom(2);
        double[] w = new double[3];
        for (int k = 0; k < 100; k++) {
            d.sample(rng, w, 0);
            assertThat(w[1]).isZero();
        }
    }
}
