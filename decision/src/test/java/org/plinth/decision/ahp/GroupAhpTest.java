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

class GroupAhpTest {
    private static final List<String> AB = List.of("a", "b");

    private static Stakeholder two(String name, double influence, double aOverB) {
        return new Stakeholder(name, influence, PairwiseComparisons.builder(AB).judge("a", "b", aOverB).build());
    }

    @Test
    void aipArithmeticAndGeometricByHand() {
        // P judges a:b = 3 → (0.75, 0.25); Q judges 1 → (0.5, 0.5). Influence 3 : 1 → 0.75 : 0.25.
        List<Stakeholder> g = List.of(two("P", 3, 3), two("Q", 1, 1));
        GroupResult arith = new GroupAhp(AhpOptions.defaults(), GroupAggregation.AIP_ARITHMETIC).weigh(g);
        // 0.75 · 0.75 + 0.25 · 0.5 = 0.6875.
        assertThat(arith.weights()).containsExactly(new double[] {0.6875, 0.3125}, within(1e-12));
        assertThat(arith.group()).isNull();
        assertThat(arith.consistencyRatio()).isNaN();
        assertThat(arith.warnings()).containsExactly("aip-arithmetic combines priorities, so the group has no"
                + " judgment matrix: λmax, CI and CR are reported per stakeholder only");
        GroupResult geo = new GroupAhp(AhpOptions.defaults(), GroupAggregation.AIP_GEOMETRIC).weigh(g);
        // a: 0.75^0.75 · 0.5^0.25, b: 0.25^0.75 · 0.5^0.25; the 0.5^0.25 cancels: a / (a + b) = 3^0.75 / (1 + 3^0.75).
        double r = Math.pow(3, 0.75);
        assertThat(geo.weights()).containsExactly(new double[] {r / (1 + r), 1 / (1 + r)}, within(1e-12));
        assertThat(arith.stakeholders().get(0).influence()).isEqualTo(0.75);
    }

    @Test
    void aijIsTheWeightedGeometricMeanOfJudgments() {
        // Judgments 3 and 1/3 with influence 2 : 1 → 3^(2/3) · 3^(-1/3) = 3^(1/3) = 1.44225.
        List<Stakeholder> g = List.of(two("P", 2, 3), two("Q", 1, 1 / 3.0));
        GroupResult r = new GroupAhp(AhpOptions.defaults(), GroupAggregation.AIJ).weigh(g);
        double c = Math.cbrt(3);
        assertThat(r.group().completed()[0][1]).isCloseTo(c, within(1e-12));
        assertThat(r.group().completed()[1][0]).isCloseTo(1 / c, within(1e-12));
        assertThat(r.weights()).containsExactly(new double[] {c / (1 + c), 1 / (1 + c)}, within(1e-12));
        assertThat(r.consistencyRatio()).isZero();
    }

    @Test
    void aijUsesOnlyTheStakeholdersWhoJudgedAPair() {
        List<String> abc = List.of("a", "b", "c");
        Stakeholder p = new Stakeholder("P", 1, PairwiseComparisons.builder(abc).judge("a", "b", 2).judge("b", "c", 2).build());
        Stakeholder q = new Stakeholder("Q", 3, PairwiseComparisons.builder(abc).judge("a", "b", 8).judge("a", "c", 4).build());
        GroupResult r = new GroupAhp(AhpOptions.defaults(), GroupAggregation.AIJ).weigh(List.of(p, q));
        double[][] m = r.group().completed();
        // a:b both: 2^(1/4) · 8^(3/4) = 2^(1/4 + 9/4) = 2^2.5; b:c only P: 2; a:c only Q: 4.
        assertThat(m[0][1]).isCloseTo(Math.pow(2, 2.5), within(1e-12));
        assertThat(m[1][2]).isCloseTo(2, within(1e-12));
        assertThat(m[0][2]).isCloseTo(4, within(1e-12));
        assertThat(r.group().missingJudgments()).isZero();
        assertThat(r.warnings()).contains("stakeholder 'P': 1 of 3 judgments missing, completed by Harker's method"
                + " (Harker 1987)");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {8L, 64L, 4096L})
    void aijKeepsReciprocityAndIdenticalStakeholdersChangeNothing(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = 3 + rnd.nextInt(6);
        List<String> names = AhpTest.names(n);
        List<Stakeholder> group = new ArrayList<>();
        for (int k = 0; k < 2 + rnd.nextInt(4); k++) {
            group.add(new Stakeholder("s" + k, 0.5 + rnd.nextDouble(),
                    PairwiseComparisons.ofMatrix(names, AhpTest.randomJudgments(rnd, n))));
        }
        GroupResult r = new GroupAhp(AhpOptions.defaults(), GroupAggregation.AIJ).weigh(group);
        double[][] m = r.group().completed();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertThat(m[i][j] * m[j][i]).as("seed %d", seed).isCloseTo(1, within(1e-12));
            }
        }
        // Everyone judging alike: the group is that one judge, under every aggregation.
        PairwiseComparisons same = group.get(0).judgments();
        List<Stakeholder> clones = List.of(new Stakeholder("x", 1, same), new Stakeholder("y", 5, same));
        double[] alone = Ahp.weigh(same, AhpOptions.defaults()).weights();
        for (GroupAggregation a : GroupAggregation.values()) {
            double[] w = new GroupAhp(AhpOptions.defaults(), a).weigh(clones).weights();
            assertThat(w).as("seed %d %s", seed, a).containsExactly(alone, within(1e-12));
        }
    }

    @Test
    void inconsistentStakeholderIsNamedInWarnings() {
        List<String> c = List.of("battlefield", "heritage", "discretion");
        // 3 and 5 but heritage:discretion 1/4 (a consistent set would give 5/3): CR = 0.3564 (numpy.linalg.eig).
        Stakeholder s = new Stakeholder("commission", 2, PairwiseComparisons.builder(c)
                .judge("battlefield", "heritage", 3).judge("battlefield", "discretion", 5)
                .judge("heritage", "discretion", 1 / 4.0).build());
        GroupResult r = new GroupAhp(AhpOptions.defaults(), GroupAggregation.AIJ).weigh(List.of(s));
        assertThat(r.anyInconsistent()).isTrue();
        assertThat(r.stakeholders().get(0).result().consistencyRatio()).isCloseTo(0.3564, within(5e-5));
        assertThat(r.warnings().get(0)).startsWith("stakeholder 'commission': consistency ratio ")
                .contains("exceeds 0.10 (Saaty 1980); most inconsistent: ");
    }

    @Test
    void groupValidation() {
        assertThatThrownBy(() -> new Stakeholder("x", 0, PairwiseComparisons.builder(AB).judge("a", "b", 2).build()))
                .hasMessage("stakeholder 'x' influence must be finite and > 0, was 0.0");
        assertThatThrownBy(() -> new Stakeholder("x", 1, PairwiseComparisons.builder(AB).build()))
                .hasMessage("stakeholder 'x' gives no judgments");
        assertThatThrownBy(() -> new GroupAhp(AhpOptions.defaults(), GroupAggregation.AIJ)
                .weigh(List.of(two("P", 1, 2), two("P", 1, 3))))
                .hasMessage("stakeholder 'P' is listed twice");
        Stakeholder other = new Stakeholder("Q", 1, PairwiseComparisons.builder(List.of("b", "a")).judge("a", "b", 2).build());
        assertThatThrownBy(() -> new GroupAhp(AhpOptions.defaults(), GroupAggregation.AIJ)
                .weigh(List.of(two("P", 1, 2), other)))
                .hasMessage("stakeholder 'Q' judges criteria [b, a], the group judges [a, b]");
        assertThat(GroupAggregation.fromId("AIP")).isEqualTo(GroupAggregation.AIP_ARITHMETIC);
    }
}
