package org.plinth.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plinth weigh} end to end: exit codes, text and JSON output, bad-input messages. */
class WeighCommandTest {
    private static final String KURSK = Path.of("..", "examples", "kursk", "judgments.yaml").toString();

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PlinthCommand.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Path write(Path dir, String text) throws IOException {
        Path f = dir.resolve("judgments.yaml");
        Files.writeString(f, text);
        return f;
    }

    private static final String HEAD = "criteria: [battlefield, heritage, discretion]\n";

    private static String commission(String judgments) {
        return HEAD + "stakeholders:\n  - name: commission\n    influence: 2\n    judgments:\n" + judgments;
    }

    @Test
    void kurskExampleAsTable() {
        Run r = run("weigh", KURSK);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("criterion", "group", "ministry", "studio", "local-authorities", "veterans",
                "battle_1943", "λmax", "CR", "method eigenvector (principal eigenvector)",
                "random index saaty1980 (Saaty 1980)",
                "stakeholder 'studio': 5 of 10 judgments missing, completed by Harker's method (Harker 1987)");
    }

    @Test
    void kurskExampleAsJson() throws IOException {
        Run r = run("weigh", KURSK, "--json");
        assertThat(r.code()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("method").asText()).isEqualTo("eigenvector");
        assertThat(j.get("aggregation").asText()).isEqualTo("aij");
        assertThat(j.get("random_index_table").asText()).isEqualTo("saaty1980");
        List<String> criteria = new ArrayList<>();
        j.get("weights").fieldNames().forEachRemaining(criteria::add);
        assertThat(criteria).containsExactly("battle_1943", "battle_2024", "heritage", "access", "exposure");
        double sum = 0;
        for (String c : criteria) {
            sum += j.get("weights").get(c).asDouble();
        }
        assertThat(sum).isCloseTo(1, within(1e-12));
        // The group CR is that of the AIJ matrix: λmax ≥ n and CR = (λmax − 5) / 4 / 1.12.
        double lambda = j.get("lambda_max").asDouble();
        assertThat(lambda).isGreaterThanOrEqualTo(5.0);
        assertThat(j.get("consistency_index").asDouble()).isCloseTo((lambda - 5) / 4, within(1e-12));
        assertThat(j.get("consistency_ratio").asDouble()).isCloseTo((lambda - 5) / 4 / 1.12, within(1e-12));
        assertThat(j.get("stakeholders")).hasSize(4);
        JsonNode studio = j.get("stakeholders").get(1);
        assertThat(studio.get("name").asText()).isEqualTo("studio");
        assertThat(studio.get("weights").get("heritage").asDouble()).isBetween(0.0, 1.0);
        assertThat(studio.get("consistency_ratio").isNumber()).isTrue();
        assertThat(studio.get("missing_judgments").asInt()).isEqualTo(5);
        assertThat(j.get("warnings").get(0).asText()).startsWith("stakeholder 'studio': 5 of 10 judgments missing");
    }

    @Test
    void aipHasNoGroupConsistency(@TempDir Path dir) throws IOException {
        Path f = write(dir, "aggregation: aip\n" + commission("      - [battlefield, heritage, 3]\n"
                + "      - [heritage, discretion, 2]\n"));
        JsonNode j = new ObjectMapper().readTree(run("weigh", f.toString(), "--json").out());
        assertThat(j.get("aggregation").asText()).isEqualTo("aip-arithmetic");
        assertThat(j.get("lambda_max").isNull()).isTrue();
        assertThat(j.get("consistency_ratio").isNull()).isTrue();
        // a:b = 3, b:c = 2 completes consistently: w ∝ (6, 2, 1).
        assertThat(j.get("weights").get("battlefield").asDouble()).isCloseTo(6 / 9.0, within(1e-12));
    }

    @Test
    void strictExitsOneOnInconsistency(@TempDir Path dir) throws IOException {
        Path f = write(dir, commission("      - [battlefield, heritage, 3]\n      - [battlefield, discretion, 5]\n"
                + "      - [heritage, discretion, 1/4]\n"));
        Run relaxed = run("weigh", f.toString());
        assertThat(relaxed.code()).isZero();
        assertThat(relaxed.out()).contains("stakeholder 'commission': consistency ratio 0.356 exceeds 0.10");
        assertThat(run("weigh", f.toString(), "--strict").code()).isEqualTo(1);
        JsonNode j = new ObjectMapper().readTree(run("weigh", f.toString(), "--json", "--strict").out());
        assertThat(j.get("stakeholders").get(0).get("suggestions")).hasSize(3);
        Path ok = write(dir, commission("      - [battlefield, heritage, 3]\n      - [heritage, discretion, 2]\n"));
        assertThat(run("weigh", ok.toString(), "--strict").code()).isZero();
    }

    @Test
    void badInputExitsTwoWithOneClearMessage(@TempDir Path dir) throws IOException {
        String[][] cases = {
            {commission("      - [battlefield, heritage, 10]\n"),
                "judgments.yaml line 6, column 33: stakeholders[0].judgments[0][2]: stakeholder 'commission': judgment"
                    + " battlefield vs heritage must be in 1/9 … 9 on Saaty's scale (e.g. 3 or 1/3), was 10"},
            {commission("      - [battlefield, heritage, 3]\n      - [battlefield, heritage, 2]\n"),
                "stakeholder 'commission': pair battlefield vs heritage is given twice with different values"},
            {commission("      - [battlefield, access, 3]\n"), "stakeholder 'commission': unknown criterion 'access'"},
            {HEAD + "stakeholders:\n  - name: commission\n", "stakeholder 'commission' has no judgments"},
            {commission("      - [battlefield, heritage, 3]\n").replace("influence: 2", "influence: -1"),
                "stakeholder 'commission': influence must be > 0, was -1"},
            {commission("      - [battlefield, heritage, 3]\n").replace(HEAD, "criteria: [battlefield]\n"),
                "at least two criteria are needed to weigh, was 1"},
            {HEAD + "stakeholders: [\n", "judgments.yaml line 3, column 1: invalid YAML"},
        };
        for (String[] c : cases) {
            Path f = write(dir, c[0]);
            Run r = run("weigh", f.toString());
            assertThat(r.code()).as(c[1]).isEqualTo(2);
            assertThat(r.out()).as(c[1]).isEmpty();
            assertThat(r.err()).as(c[1]).startsWith("plinth: judgments.yaml").contains(c[1]);
            assertThat(r.err().strip().lines().count()).as(c[1]).isEqualTo(1);
        }
        Run missing = run("weigh", dir.resolve("none.yaml").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("none.yaml: judgments file not found");
    }
}
