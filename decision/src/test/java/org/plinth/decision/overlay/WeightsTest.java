package org.plinth.decision.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WeightsTest {
    private static final double EPS = 1e-12;

    @Test
    void normalisesToSumOne() {
        // 2, 1, 1 sum to 4.
        assertThat(Weights.criteria(2, 1, 1).values()).containsExactly(0.5, 0.25, 0.25);
        assertThat(Weights.criteria(0, 3).values()).containsExactly(0.0, 1.0);
        assertThat(Weights.equal(4).values()).containsExactly(0.25, 0.25, 0.25, 0.25);
    }

    @Test
    void rejectsNegativeNonFiniteAndAllZero() {
        assertThatThrownBy(() -> Weights.criteria(1, -1)).hasMessage("criterion weight 2 must be finite and >= 0, was -1.0");
        assertThatThrownBy(() -> Weights.criteria(Double.NaN)).hasMessage("criterion weight 1 must be finite and >= 0, was NaN");
        assertThatThrownBy(() -> Weights.of("order weight", 1, Double.POSITIVE_INFINITY))
                .hasMessage("order weight 2 must be finite and >= 0, was Infinity");
        assertThatThrownBy(() -> Weights.criteria(0, 0)).hasMessage("criterion weights must not all be zero, were [0.0, 0.0]");
        assertThatThrownBy(() -> Weights.criteria()).hasMessage("criterion weights must be given, were none");
    }

    @Test
    void yagerQuantifierOrderWeights() {
        // Q(r) = r²: v_k = (k/4)² - ((k-1)/4)² = (2k - 1) / 16 → 1/16, 3/16, 5/16, 7/16.
        Weights v = OrderWeights.forRiskAttitude(4, 2);
        assertThat(v.values()).containsExactly(new double[] {1 / 16.0, 3 / 16.0, 5 / 16.0, 7 / 16.0}, within(EPS));
        // orness = Σ (n-k)/(n-1) v_k = (3·1 + 2·3 + 1·5 + 0·7) / 16 / 3 = 14/48.
        assertThat(OrderWeights.orness(v)).isCloseTo(14 / 48.0, within(EPS));
        // Q(r) = √r: v_1 = √(1/4) = 0.5, v_2 = √(1/2) - 0.5.
        Weights s = OrderWeights.forRiskAttitude(4, 0.5);
        assertThat(s.get(0)).isCloseTo(0.5, within(EPS));
        assertThat(s.get(1)).isCloseTo(Math.sqrt(0.5) - 0.5, within(EPS));
        assertThat(OrderWeights.forRiskAttitude(3, 1).values())
                .containsExactly(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, within(EPS));
        assertThat(OrderWeights.max(3).values()).containsExactly(1.0, 0.0, 0.0);
        assertThat(OrderWeights.min(3).values()).containsExactly(0.0, 0.0, 1.0);
        assertThat(OrderWeights.orness(OrderWeights.min(3))).isZero();
        assertThat(OrderWeights.orness(OrderWeights.max(3))).isEqualTo(1.0);
        assertThatThrownBy(() -> OrderWeights.forRiskAttitude(3, -1)).hasMessage("risk attitude alpha must be >= 0, was -1.0");
    }

    @Test
    void tradeoffIsOneForEqualAndZeroForExtremes() {
        assertThat(OrderWeights.tradeoff(Weights.equal(4))).isCloseTo(1, within(EPS));
        // min over 4: Σ (v - 1/4)² = 0.75² + 3 · 0.25² = 0.75; 1 - √(4 · 0.75 / 3) = 0.
        assertThat(OrderWeights.tradeoff(OrderWeights.min(4))).isCloseTo(0, within(EPS));
        // (0.5, 0.5, 0, 0): Σ = 4 · 0.0625 = 0.25; 1 - √(4 · 0.25 / 3) = 1 - √(1/3).
        assertThat(OrderWeights.tradeoff(Weights.of("order weight", 1, 1, 0, 0)))
                .isCloseTo(1 - Math.sqrt(1 / 3.0), within(EPS));
    }
}
