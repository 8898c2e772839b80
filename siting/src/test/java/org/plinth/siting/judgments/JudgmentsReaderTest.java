package org.plinth.siting.judgments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.plinth.decision.ahp.GroupAggregation;
import org.plinth.decision.ahp.GroupResult;
import org.plinth.decision.ahp.PriorityMethod;
import org.plinth.decision.ahp.RandomIndex;
import org.plinth.siting.BadInputException;

class JudgmentsReaderTest {
    private static final Path FILE = Path.of("judgments.yaml");
    private static final String HEAD = "criteria: [battlefield, heritage, discretion]\n";

    private static JudgmentsFile read(String text) {
        return JudgmentsReader.read(FILE, text);
    }

    private static String one(String judgments) {
        return HEAD + "stakeholders:\n  - name: commission\n    influence: 2\n    judgments:\n" + judgments;
    }

    @Test
    void readsTheKurskExample() {
        JudgmentsFile f = JudgmentsReader.read(Path.of("..", "examples", "kursk", "judgments.yaml"));
        assertThat(f.criteria()).containsExactly("battle_1943", "battle_2024", "heritage", "access", "exposure");
        assertThat(f.stakeholders()).extracting(s -> s.name())
                .containsExactly("ministry", "studio", "local-authorities", "veterans");
        GroupResult r = f.weigh();
        assertThat(r.weights()).hasSize(5);
        assertThat(r.stakeholders().get(1).result().missingJudgments()).isEqualTo(5);
        assertThat(r.anyInconsistent()).isFalse();
    }

    @Test
    void defaultsAndOptions() {
        JudgmentsFile d = read(one("      - [battlefield, heritage, 3]\n      - [heritage, discretion, 1/2]\n"));
        assertThat(d.options().method()).isEqualTo(PriorityMethod.EIGENVECTOR);
        assertThat(d.aggregation()).isEqualTo(GroupAggregation.AIJ);
        assertThat(d.options().randomIndex()).isEqualTo(RandomIndex.SAATY_1980);
        assertThat(d.options().threshold()).isEqualTo(0.10);
        // 1/2 read as a fraction: heritage:discretion = 0.5, so battlefield:discretion completes to 1.5.
        assertThat(d.stakeholders().get(0).judgments().get(1, 2)).isEqualTo(0.5);
        JudgmentsFile o = read("method: geometric-mean\naggregation: aip-geometric\nrandom_index: donegan-dodd\n"
                + "threshold: 0.05\n" + one("      - [battlefield, heritage, 3]\n      - [heritage, discretion, 2]\n")
                .replace("    influence: 2\n", ""));
        assertThat(o.options().method()).isEqualTo(PriorityMethod.GEOMETRIC_MEAN);
        assertThat(o.aggregation()).isEqualTo(GroupAggregation.AIP_GEOMETRIC);
        assertThat(o.options().randomIndex()).isEqualTo(RandomIndex.DONEGAN_DODD_1991);
        assertThat(o.options().threshold()).isEqualTo(0.05);
        assertThat(o.stakeholders().get(0).influence()).isEqualTo(1.0);
        assertThat(o.weigh().weights()[0]).isCloseTo(6 / 9.0, within(1e-12));
    }

    @Test
    void judgmentOutsideTheScaleNamesFileLineStakeholderAndPair() {
        assertThatThrownBy(() -> read(one("      - [battlefield, heritage, 12]\n")))
                .isInstanceOf(BadInputException.class)
                .hasMessage("judgments.yaml line 6, column 33: stakeholders[0].judgments[0][2]: stakeholder 'commission':"
                        + " judgment battlefield vs heritage must be in 1/9 … 9 on Saaty's scale (e.g. 3 or 1/3), was 12");
        assertThatThrownBy(() -> read(one("      - [battlefield, heritage, 0]\n")))
                .hasMessageContaining("judgment battlefield vs heritage must be in 1/9 … 9").hasMessageEndingWith("was 0");
        assertThatThrownBy(() -> read(one("      - [battlefield, heritage, -3]\n")))
                .hasMessageEndingWith("was -3");
        assertThatThrownBy(() -> read(one("      - [battlefield, heritage, much]\n")))
                .hasMessageEndingWith("must be a number or fraction such as 3 or 1/3, was 'much'");
    }

    @Test
    void pairGivenTwiceWithDifferentValues() {
        assertThatThrownBy(() -> read(one("      - [battlefield, heritage, 3]\n      - [heritage, battlefield, 3]\n")))
                .hasMessage("judgments.yaml line 7, column 9: stakeholders[0].judgments[1]: stakeholder 'commission':"
                        + " pair heritage vs battlefield is given twice with different values"
                        + " (stakeholders[0].judgments[0] gives 1/3, this gives 3)");
        // Agreeing repeats are accepted.
        assertThat(read(one("      - [battlefield, heritage, 3]\n      - [heritage, battlefield, 1/3]\n"
                + "      - [heritage, discretion, 2]\n")).stakeholders()).hasSize(1);
    }

    @Test
    void influencesWhoseSumOverflowsAreRefused() {
        String links = "      - [battlefield, heritage, 3]\n      - [heritage, discretion, 2]\n";
        String two = one(links).replace("influence: 2", "influence: 1e308")
                + "  - name: ministry\n    influence: 1e308\n    judgments:\n" + links;
        assertThatThrownBy(() -> read(two)).hasMessageContaining("judgments.yaml line 3")
                .hasMessageContaining("influences sum to more than a number can hold");
    }

    @Test
    void otherBadInput() {
        assertThatThrownBy(() -> read(one("      - [battlefield, access, 3]\n")))
                .hasMessageContaining("line 6, column 23").hasMessageContaining("stakeholder 'commission': unknown criterion"
                        + " 'access' in judgment battlefield vs access; criteria are [battlefield, heritage, discretion]");
        assertThatThrownBy(() -> read(HEAD + "stakeholders:\n  - name: commission\n    influence: 2\n"))
                .hasMessage("judgments.yaml line 3, column 5: stakeholders[0]: stakeholder 'commission' has no judgments");
        assertThatThrownBy(() -> read(one("      - [battlefield, heritage, 3]\n").replace("influence: 2", "influence: 0")))
                .hasMessage("judgments.yaml line 4, column 16: stakeholders[0].influence: stakeholder 'commission':"
                        + " influence must be > 0, was 0");
        assertThatThrownBy(() -> read(one("      - [battlefield, heritage, 3]\n").replace(HEAD, "criteria: [battlefield]\n")))
                .hasMessage("judgments.yaml line 1, column 11: criteria: at least two criteria are needed to weigh, was 1");
        assertThatThrownBy(() -> read(one("      - [battlefield, heritage, 3]\n")))
                .hasMessageContaining("stakeholder 'commission': the judgments leave the criteria in 2 unconnected groups"
                        + " [[battlefield, heritage], [discretion]]");
        assertThatThrownBy(() -> read(one("      - [battlefield, battlefield, 3]\n")))
                .hasMessageEndingWith("stakeholder 'commission': judgment battlefield vs battlefield compares a criterion"
                        + " with itself");
        assertThatThrownBy(() -> read("method: power\n" + one("      - [battlefield, heritage, 3]\n")))
                .hasMessage("judgments.yaml line 1, column 9: method: method must be eigenvector or geometric-mean,"
                        + " was 'power'");
    }

    @Test
    void invalidYamlHasLineAndColumn() {
        assertThatThrownBy(() -> read(HEAD + "stakeholders:\n  - name: [unclosed\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("judgments.yaml line 4, column 1: invalid YAML: ");
    }
}
