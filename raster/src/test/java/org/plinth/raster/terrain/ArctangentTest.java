package org.plinth.raster.terrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ArctangentTest {

    @Test
    void agreesWithMathAtanTo2e8Radians() {
        long seed = 20240611L;
        System.out.println("arctangent random seed " + seed);
        SplittableRandom rnd = new SplittableRandom(seed);
        double worst = 0;
        for (int i = 0; i < 1_000_000; i++) {
            // Magnitudes from 1e-12 to 1e12, both signs, with extra weight near the reduction points.
            double x = Math.copySign(Math.pow(10, rnd.nextDouble() * 24 - 12), rnd.nextBoolean() ? 1 : -1);
            if (i % 4 == 0) {
                x = rnd.nextDouble() * 3 - 1.5;
            }
            worst = Math.max(worst, Math.abs(Arctangent.atan(x) - Math.atan(x)));
            double y = rnd.nextDouble() * 2 - 1;
            worst = Math.max(worst, Math.abs(Arctangent.atan2(y, x) - Math.atan2(y, x)));
        }
        assertThat(worst).isLessThan(2e-8);
    }

    @Test
    void specialValues() {
        assertThat(Arctangent.atan(0)).isZero();
        assertThat(Arctangent.atan(1)).isCloseTo(Math.PI / 4, within(2e-8));
        assertThat(Arctangent.atan(Double.POSITIVE_INFINITY)).isEqualTo(Math.PI / 2);
        assertThat(Arctangent.atan(Double.NEGATIVE_INFINITY)).isEqualTo(-Math.PI / 2);
        assertThat(Arctangent.atan(Double.NaN)).isNaN();
        assertThat(Arctangent.atan2(0, 0)).isZero();
        assertThat(Arctangent.atan2(1, 0)).isEqualTo(Math.PI / 2);
        assertThat(Arctangent.atan2(-1, 0)).isEqualTo(-Math.PI / 2);
        assertThat(Arctangent.atan2(0, -1)).isEqualTo(Math.PI);
        assertThat(Arctangent.atan2(-0.0, -1)).isEqualTo(-Math.PI);
        assertThat(Arctangent.atan2(-2, -2)).isCloseTo(-3 * Math.PI / 4, within(2e-8));
    }
}
