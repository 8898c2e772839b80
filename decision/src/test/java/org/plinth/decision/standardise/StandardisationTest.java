package org.plinth.decision.standardise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;

class StandardisationTest {
    private static final double EPS = 1e-12;

    @Test
    void linearBenefitAndCost() {
        Standardisation benefit = Standardisation.linear(0, 100, "m");
        // (25 - 0) / (100 - 0) = 0.25; clamped outside the control points.
        assertThat(benefit.score(25)).isCloseTo(0.25, within(EPS));
        assertThat(benefit.score(-5)).isZero();
        assertThat(benefit.score(150)).isEqualTo(1.0);
        Standardisation cost = Standardisation.linear(5000, 500, "m");
        // (2750 - 5000) / (500 - 5000) = -2250 / -4500 = 0.5; (1400 - 5000) / -4500 = 0.8.
        assertThat(cost.score(2750)).isCloseTo(0.5, within(EPS));
        assertThat(cost.score(1400)).isCloseTo(0.8, within(EPS));
        assertThat(cost.score(100)).isEqualTo(1.0);
        assertThat(cost.score(6000)).isZero();
        assertThat(cost.describe()).isEqualTo("linear cost: 0 at 5000 m, 1 at 500 m");
    }

    @Test
    void fuzzySigmoidIsCosSquared() {
        Standardisation s = Standardisation.sigmoid(0, 100, "m");
        // t = 0.25: cos²((1 - 0.25) π/2) = cos²(3π/8) = (1 + cos(3π/4)) / 2 = (1 - √2/2) / 2.
        assertThat(s.score(25)).isCloseTo((1 - Math.sqrt(2) / 2) / 2, within(EPS));
        // t = 0.5: cos²(π/4) = 1/2; t = 0.75: (1 + √2/2) / 2.
        assertThat(s.score(50)).isCloseTo(0.5, within(EPS));
        assertThat(s.score(75)).isCloseTo((1 + Math.sqrt(2) / 2) / 2, within(EPS));
        assertThat(s.score(0)).isEqualTo(0.0);
        assertThat(s.score(100)).isEqualTo(1.0);
        assertThat(s.score(-1e300)).isEqualTo(0.0);
        // Cost: zero at 300 °, full at 100 °; 250 is a quarter of the way: (1 - √2/2) / 2 again.
        Standardisation cost = Standardisation.sigmoid(300, 100, "°");
        assertThat(cost.score(250)).isCloseTo((1 - Math.sqrt(2) / 2) / 2, within(EPS));
        assertThat(cost.score(50)).isEqualTo(1.0);
    }

    @Test
    void logisticMidpointAndSlope() {
        Standardisation s = Standardisation.logistic(10, 0.5, "people");
        // 1 / (1 + e^0) = 0.5; at 12: 1 / (1 + e^-1) = 0.7310585786300049.
        assertThat(s.score(10)).isCloseTo(0.5, within(EPS));
        assertThat(s.score(12)).isCloseTo(0.7310585786300049, within(EPS));
        // Negative slope is a cost: 1 / (1 + e^1) = 0.2689414213699951.
        Standardisation cost = Standardisation.logistic(10, -0.5, "people");
        assertThat(cost.score(12)).isCloseTo(0.2689414213699951, within(EPS));
        assertThat(cost.score(-1e9)).isEqualTo(1.0);
        assertThat(cost.score(1e9)).isEqualTo(0.0);
        assertThat(s.describe()).isEqualTo("logistic benefit: 0.5 at 10 people, slope 0.5 per people");
    }

    @Test
    void jShapedIsHalfAtItsControlPoint() {
        Standardisation s = Standardisation.jShaped(0, 100, "m");
        // u = (x - 100) / (100 - 0); score = 1 / (1 + u²).
        assertThat(s.score(0)).isCloseTo(0.5, within(EPS));     // u = -1
        assertThat(s.score(50)).isCloseTo(0.8, within(EPS));    // u = -0.5: 1 / 1.25
        assertThat(s.score(-100)).isCloseTo(0.2, within(EPS));  // u = -2: 1 / 5
        assertThat(s.score(100)).isEqualTo(1.0);
        assertThat(s.score(500)).isEqualTo(1.0);
        // Cost: half at 1000, full at 200; at 600 u = (600 - 200) / (200 - 1000) = -0.5 → 0.8.
        Standardisation cost = Standardisation.jShaped(1000, 200, "m");
        assertThat(cost.score(600)).isCloseTo(0.8, within(EPS));
        assertThat(cost.score(100)).isEqualTo(1.0);
        assertThat(cost.score(Double.POSITIVE_INFINITY)).isEqualTo(0.0);
    }

    @Test
    void breakpointsInterpolateAndHoldEnds() {
        Standardisation s = Standardisation.breakpoints(new double[] {0, 100, 300}, new double[] {0, 1, 0.2}, "m");
        assertThat(s.score(50)).isCloseTo(0.5, within(EPS));
        // Halfway from (100, 1) to (300, 0.2): 1 + 0.5 × (0.2 - 1) = 0.6.
        assertThat(s.score(200)).isCloseTo(0.6, within(EPS));
        assertThat(s.score(100)).isEqualTo(1.0);
        assertThat(s.score(-10)).isEqualTo(0.0);
        assertThat(s.score(400)).isCloseTo(0.2, within(EPS));
        assertThat(s.describe()).isEqualTo("breakpoints (m → score): 0 → 0, 100 → 1, 300 → 0.2");
    }

    @Test
    void nanScoresNaN() {
        assertThat(Standardisation.linear(0, 1, "m").score(Double.NaN)).isNaN();
        assertThat(Standardisation.sigmoid(0, 1, "m").score(Double.NaN)).isNaN();
        assertThat(Standardisation.logistic(0, 1, "m").score(Double.NaN)).isNaN();
        assertThat(Standardisation.jShaped(0, 1, "m").score(Double.NaN)).isNaN();
        assertThat(Standardisation.breakpoints(new double[] {0, 1}, new double[] {0, 1}, "m").score(Double.NaN))
                .isNaN();
    }

    @Test
    void parametersAreValidatedWithTheValue() {
        assertThatThrownBy(() -> Standardisation.linear(5, 5, "m"))
                .hasMessage("linear control points must differ, both were 5.0");
        assertThatThrownBy(() -> Standardisation.sigmoid(Double.NaN, 5, "m"))
                .hasMessage("sigmoid zero point must be finite, was NaN");
        assertThatThrownBy(() -> Standardisation.logistic(0, 0, "m"))
                .hasMessage("logistic slope must be non-zero, was 0");
        assertThatThrownBy(() -> Standardisation.jShaped(0, 1, " "))
                .hasMessage("the raw unit must be stated (e.g. \"m\"), was blank");
        assertThatThrownBy(() -> Standardisation.breakpoints(new double[] {0, 2, 1}, new double[] {0, 1, 1}, "m"))
                .hasMessage("breakpoint x values must be strictly increasing, x[2] = 1.0 follows 2.0");
        assertThatThrownBy(() -> Standardisation.breakpoints(new double[] {0, 1}, new double[] {0, 1.5}, "m"))
                .hasMessage("breakpoint score y[1] must be in 0..1, was 1.5");
        assertThatThrownBy(() -> Standardisation.breakpoints(new double[] {0}, new double[] {0}, "m"))
                .hasMessage("breakpoints need at least two points, was 1");
    }

    @Test
    void applyScoresGridAndMapsNoDataToNaN() {
        GridGeometry g = new GridGeometry(3, 2, GeoTransform.northUp(0, 20, 10, 10), Crs.epsg(32637));
        FloatGrid raw = new FloatGrid(g, new float[] {0, 250, 500, -9999, Float.NaN, 1000}, -9999f);
        FloatGrid out = Standardisation.linear(0, 1000, "m").apply(raw);
        assertThat(out.data()).containsExactly(0f, 0.25f, 0.5f, Float.NaN, Float.NaN, 1f);
        assertThat(out.noData()).isNull();
        assertThat(out.geometry()).isEqualTo(g);
    }
}
