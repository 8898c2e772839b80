package org.plinth.decision.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderStatisticsTest {

    @ParameterizedTest
    @ValueSource(longs = {1L, 2L, 3L})
    void selectsExactlyTheSortedElements(long seed) {
        // clustered, duplicated and extreme values: most land in one bucket or share a value
        System.out.println("order statistics seed " + seed);
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + rnd.nextInt(2000);
            float[] v = new float[n];
            int kind = rnd.nextInt(3);
            for (int i = 0; i < n; i++) {
                v[i] = switch (kind) {
                    case 0 -> rnd.nextFloat();
                    case 1 -> rnd.nextInt(7) / 3f;
                    default -> rnd.nextInt(50) == 0 ? 1e6f : 0.5f + rnd.nextInt(3) * Math.ulp(0.5f);
                };
            }
            float[] sorted = v.clone();
            Arrays.sort(sorted);
            int[] ranks = {rnd.nextInt(n), rnd.nextInt(n), rnd.nextInt(n), rnd.nextInt(n)};
            Arrays.sort(ranks);
            float[] out = new float[4];
            // bounds: exact, or loose by up to the data's spread on either side
            float spread = sorted[n - 1] - sorted[0] + 1e-3f;
            float lo = sorted[0] - (kind == 0 ? 0 : rnd.nextFloat() * spread);
            float hi = sorted[n - 1] + rnd.nextFloat() * spread;
            OrderStatistics os = new OrderStatistics(n);
            os.select(v, n, lo, hi, ranks, out);
            for (int i = 0; i < 4; i++) {
                assertThat(out[i]).isEqualTo(sorted[ranks[i]]);
            }
            assertThat(os.min()).isEqualTo(sorted[0]);
            assertThat(os.max()).isEqualTo(sorted[n - 1]);
        }
    }

    @Test
    void aValueOutsideTheBoundsIsAnError() {
        float[] v = {0.2f, 0.5f, 3f};
        assertThatThrownBy(() -> new OrderStatistics(3).select(v, 3, 0f, 1f, new int[] {1}, new float[1]))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("value 2");
    }
}
