package org.plinth.decision.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KendallTauTest {

    @Test
    void untiedByHand() {
        // Of the 10 pairs, (1,2), (1,3) and (4,5) are discordant: (7 - 3) / 10 = 0.4 (scipy: 0.4).
        assertThat(KendallTau.tauB(new double[] {1, 2, 3, 4, 5}, new double[] {3, 1, 2, 5, 4}))
                .isCloseTo(0.4, within(1e-12));
        assertThat(KendallTau.tauB(new double[] {1, 2, 3}, new double[] {30, 20, 10})).isCloseTo(-1, within(1e-12));
    }

    @Test
    void tiedByHand() {
        // a = (1,2,2,3), b = (1,3,2,3): pairs 0-1, 0-2, 0-3, 2-3 concordant; 1-2 tied in a; 1-3 tied in b.
        // n0 = 6, n1 = n2 = 1: 4 / √(5 · 5) = 0.8 (scipy.stats.kendalltau: 0.8).
        assertThat(KendallTau.tauB(new double[] {1, 2, 2, 3}, new double[] {1, 3, 2, 3}))
                .isCloseTo(0.8, within(1e-12));
    }

    @Test
    void degenerateAndBadInput() {
        assertThat(KendallTau.tauB(new double[] {1}, new double[] {2})).isNaN();
        assertThat(KendallTau.tauB(new double[] {1, 1, 1}, new double[] {1, 2, 3})).isNaN();
        assertThatThrownBy(() -> KendallTau.tauB(new double[] {1, 2}, new double[] {1}))
                .hasMessage("Kendall's tau needs paired samples of one length, were 2 and 1");
        assertThatThrownBy(() -> KendallTau.tauB(new double[] {1, Double.NaN}, new double[] {1, 2}))
                .hasMessage("Kendall's tau samples must be numbers, pair 2 was (NaN, 2.0)");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 2L, 99L, 31337L})
    void matchesQuadraticDefinition(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = 2 + rnd.nextInt(300);
        int levels = 1 + rnd.nextInt(20);
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = rnd.nextInt(levels);
            b[i] = rnd.nextInt(3) == 0 ? a[i] : rnd.nextInt(levels);
        }
        long nc = 0;
        long nd = 0;
        long ta = 0;
        long tb = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double s = Math.signum(a[i] - a[j]) * Math.signum(b[i] - b[j]);
                nc += s > 0 ? 1 : 0;
                nd += s < 0 ? 1 : 0;
                ta += a[i] == a[j] ? 1 : 0;
                tb += b[i] == b[j] ? 1 : 0;
            }
        }
        long n0 = (long) n * (n - 1) / 2;
        double expected = (nc - nd) / Math.sqrt((double) (n0 - ta) * (n0 - tb));
        double tau = KendallTau.tauB(a, b);
        if (Double.isNaN(expected)) {
            assertThat(tau).as("seed %d", seed).isNaN();
        } else {
            assertThat(tau).as("seed %d", seed).isCloseTo(expected, within(1e-12));
        }
    }
}
