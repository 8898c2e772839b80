package org.plinth.decision.ahp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Published worked examples. Weights are compared after rounding to the printed precision; λmax
 * and CR where the source prints them. Where a value is not printed in the source, the test says
 * that it was cross-checked with numpy.linalg.eig instead.
 */
class AhpPublishedExamplesTest {

    private static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }

    @Test
    void saatyWealthOfNations() {
        // Saaty, T.L. (1980) The Analytic Hierarchy Process, McGraw-Hill, ch. 2 (after Saaty & Khouja
        // 1976): relative wealth of seven nations. Printed eigenvector .427, .230, .021, .052, .052,
        // .123, .094 and λmax = 7.61; CI = 0.101 and CR = 0.077 follow with RI(7) = 1.32.
        List<String> nations = List.of("US", "USSR", "China", "France", "UK", "Japan", "W. Germany");
        double[][] m = {
            {1, 4, 9, 6, 6, 5, 5},
            {1 / 4.0, 1, 7, 5, 5, 3, 4},
            {1 / 9.0, 1 / 7.0, 1, 1 / 5.0, 1 / 5.0, 1 / 7.0, 1 / 5.0},
            {1 / 6.0, 1 / 5.0, 5, 1, 1, 1 / 3.0, 1 / 3.0},
            {1 / 6.0, 1 / 5.0, 5, 1, 1, 1 / 3.0, 1 / 3.0},
            {1 / 5.0, 1 / 3.0, 7, 3, 3, 1, 2},
            {1 / 5.0, 1 / 4.0, 5, 3, 3, 1 / 2.0, 1},
        };
        AhpResult r = Ahp.weigh(PairwiseComparisons.ofMatrix(nations, m), AhpOptions.defaults());
        double[] w = r.weights();
        double[] rounded = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            rounded[i] = round(w[i], 3);
        }
        assertThat(rounded).containsExactly(0.427, 0.230, 0.021, 0.052, 0.052, 0.123, 0.094);
        assertThat(round(r.lambdaMax(), 2)).isEqualTo(7.61);
        assertThat(round(r.consistencyIndex(), 3)).isEqualTo(0.101);
        assertThat(round(r.consistencyRatio(), 3)).isEqualTo(0.077);
        assertThat(r.randomIndexValue()).isEqualTo(1.32);
    }

    @Test
    void saatyDrinkConsumption() {
        // Saaty, T.L. (2008) "Decision making with the analytic hierarchy process", Int. J. Services
        // Sciences 1(1):83–98, Table 2: relative consumption of drinks in the US. Printed eigenvector:
        // coffee .177, wine .019, tea .042, beer .116, sodas .190, milk .129, water .327.
        // λmax 7.1766 and CR 0.0223 (RI 1.32) cross-checked with numpy.linalg.eig.
        List<String> drinks = List.of("coffee", "wine", "tea", "beer", "sodas", "milk", "water");
        double[][] m = {
            {1, 9, 5, 2, 1, 1, 1 / 2.0},
            {1 / 9.0, 1, 1 / 3.0, 1 / 9.0, 1 / 9.0, 1 / 9.0, 1 / 9.0},
            {1 / 5.0, 3, 1, 1 / 3.0, 1 / 4.0, 1 / 3.0, 1 / 9.0},
            {1 / 2.0, 9, 3, 1, 1 / 2.0, 1, 1 / 3.0},
            {1, 9, 4, 2, 1, 2, 1 / 2.0},
            {1, 9, 3, 1, 1 / 2.0, 1, 1 / 3.0},
            {2, 9, 9, 3, 2, 3, 1},
        };
        AhpResult r = Ahp.weigh(PairwiseComparisons.ofMatrix(drinks, m), AhpOptions.defaults());
        double[] w = r.weights();
        double[] rounded = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            rounded[i] = round(w[i], 3);
        }
        assertThat(rounded).containsExactly(0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327);
        assertThat(r.lambdaMax()).isCloseTo(7.1766, within(5e-5));
        assertThat(r.consistencyRatio()).isCloseTo(0.0223, within(5e-5));
    }

    @Test
    void wikipediaLeaderCriteria() {
        // Wikipedia, "Analytic hierarchy process – leader example" (criteria level): experience,
        // education, charisma, age. Printed priorities 0.547, 0.127, 0.270, 0.056 and CR 0.044. The exact
        // eigenvector is (0.54757, 0.12656, 0.26995, 0.05593) (numpy.linalg.eig): the page truncates
        // rather than rounds, so the weights are checked to within 0.001 of the printed values.
        PairwiseComparisons pc = PairwiseComparisons.builder(List.of("experience", "education", "charisma", "age"))
                .judge("experience", "education", 4).judge("experience", "charisma", 3)
                .judge("experience", "age", 7).judge("education", "age", 3)
                .judge("charisma", "education", 3).judge("charisma", "age", 5).build();
        AhpResult r = Ahp.weigh(pc, AhpOptions.defaults());
        assertThat(r.weight("experience")).isCloseTo(0.547, within(0.001));
        assertThat(r.weight("education")).isCloseTo(0.127, within(0.001));
        assertThat(r.weight("charisma")).isCloseTo(0.270, within(0.001));
        assertThat(r.weight("age")).isCloseTo(0.056, within(0.001));
        assertThat(r.weight("experience")).isCloseTo(0.54757, within(5e-6));
        assertThat(round(r.consistencyRatio(), 3)).isEqualTo(0.044);
        assertThat(r.method()).isEqualTo(PriorityMethod.EIGENVECTOR);
    }
}
