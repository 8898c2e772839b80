package org.plinth.siting.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plinth.siting.BadInputException;

class ScenarioReaderTest {
    static final Path KURSK = Path.of("..", "examples", "kursk");

    @Test
    void readsTheKurskExample() {
        Scenario s = ScenarioReader.read(KURSK);
        assertThat(s.name()).isEqualTo("kursk");
        assertThat(s.grid().cellSize()).isEqualTo(100.0);
        assertThat(s.grid().epsg()).isEmpty();
        assertThat(s.hasDem()).isFalse();
        assertThat(s.strategies()).containsOnlyKeys("battlefield", "heritage", "discreet", "commission");
        assertThat(s.strategies().get("commission").weights()).containsKeys("battle_1943", "exposure");
        assertThat(s.criteria().get("battle_1943").where().orElseThrow().values()).containsExactly("battle-1943", "memorial");
        assertThat(s.strategies().get("discreet").aggregation()).isEqualTo("owa");
        assertThat(s.sites().count()).isEqualTo(5);
    }

    private static Path scenarioWith(Path dir, String replace, String with) throws IOException {
        Path src = KURSK.resolve("scenario.yaml");
        String text = Files.readString(src);
        assertThat(text).contains(replace);
        Files.createDirectories(dir.resolve("data"));
        for (Path f : Files.newDirectoryStream(KURSK.resolve("data"))) {
            Files.copy(f, dir.resolve("data").resolve(f.getFileName()));
        }
        Path out = dir.resolve("scenario.yaml");
        Files.writeString(out, text.replace(replace, with));
        return out;
    }

    @Test
    void judgedWeightsCarryTheirConsistencyAndItsWarnings(@TempDir Path dir) throws IOException {
        StrategySpec commission = ScenarioReader.read(KURSK).strategies().get("commission");
        assertThat(commission.weightSource()).isEqualTo("AHP group weights from judgments.yaml, AIJ, group CR 0.002,"
                + " stakeholders' CR 0.001–0.007, threshold 0.10");
        assertThat(commission.weightNotes()).containsExactly("Strategy 'commission', judgments.yaml: stakeholder"
                + " 'studio': 5 of 10 judgments missing, completed by Harker's method (Harker 1987)");
        // the ministry's judgments made contradictory (battle_1943 over heritage 1/9, heritage over access 9, ...)
        Path f = scenarioWith(dir, "judgments: judgments.yaml", "judgments: judgments.yaml");
        String j = Files.readString(KURSK.resolve("judgments.yaml"))
                .replace("- [battle_1943, heritage, 2]", "- [battle_1943, heritage, 1/9]")
                .replace("- [battle_2024, heritage, 1]", "- [battle_2024, heritage, 9]")
                .replace("- [heritage, access, 2]", "- [heritage, access, 9]")
                .replace("- [battle_1943, access, 3]", "- [battle_1943, access, 1/9]");
        Files.writeString(dir.resolve("judgments.yaml"), j);
        StrategySpec bad = ScenarioReader.read(f).strategies().get("commission");
        assertThat(bad.weightNotes()).anySatisfy(n -> assertThat(n).startsWith("Strategy 'commission', judgments.yaml:"
                + " stakeholder 'ministry': consistency ratio").contains("exceeds 0.1"));
    }

    @Test
    void directWeightsThatDoNotSumToOneAreNoted(@TempDir Path dir) throws IOException {
        Path f = scenarioWith(dir, "battle_1943: 0.15}", "battle_1943: 0.50}");
        Files.copy(KURSK.resolve("judgments.yaml"), dir.resolve("judgments.yaml"));
        StrategySpec heritage = ScenarioReader.read(f).strategies().get("heritage");
        assertThat(heritage.weightNotes()).containsExactly("Strategy 'heritage': its weights sum to 1.35, not 1; they"
                + " were divided by that sum (check for a typo)");
        assertThat(ScenarioReader.read(KURSK).strategies().get("heritage").weightNotes()).isEmpty();
    }

    @Test
    void aBboxOutsideTheGlobeSaysSoAndEchoesTheValue(@TempDir Path dir) throws IOException {
        Path f = scenarioWith(dir, "  file: data/kursk_oblast_dcw.geojson", "  bbox: [36, 51, 200, 95]");
        assertThatThrownBy(() -> ScenarioReader.read(f)).isInstanceOf(BadInputException.class)
                .hasMessageEndingWith("area.bbox: must be longitudes in -180..180 and latitudes in -90..90 ([west, south,"
                        + " east, north]), was [36.0, 51.0, 200.0, 95.0]");
    }

    @Test
    void unknownLayerNamesKeyLineAndLayers(@TempDir Path dir) throws IOException {
        Path f = scenarioWith(dir, "    layer: border\n    standardise", "    layer: borders\n    standardise");
        assertThatThrownBy(() -> ScenarioReader.read(f)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("scenario.yaml line ").hasMessageContaining("criteria.border.layer")
                .hasMessageContaining("unknown layer 'borders'").hasMessageContaining("places, sites, rivers, border");
    }

    @Test
    void unknownKeyIsAnError(@TempDir Path dir) throws IOException {
        Path f = scenarioWith(dir, "  cell_size: 100", "  cell_size: 100\n  cellsize: 50");
        assertThatThrownBy(() -> ScenarioReader.read(f)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("grid.cellsize").hasMessageContaining("unknown key 'cellsize'");
    }

    @Test
    void negativeAndAllZeroWeightsAreErrors(@TempDir Path dir) throws IOException {
        Path neg = scenarioWith(dir, "battle_2024: 0.20", "battle_2024: -0.25");
        assertThatThrownBy(() -> ScenarioReader.read(neg)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("strategies.battlefield.weights.battle_2024").hasMessageContaining("-0.25");
    }

    @Test
    void allZeroWeights(@TempDir Path dir) throws IOException {
        Path zero = scenarioWith(dir, "{heritage: 0.45, population: 0.20, access: 0.20, battle_1943: 0.15}",
                "{heritage: 0, population: 0}");
        assertThatThrownBy(() -> ScenarioReader.read(zero)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("strategies.heritage.weights").hasMessageContaining("all zero");
    }

    @Test
    void invalidYamlSaysLineAndColumn(@TempDir Path dir) throws IOException {
        Path f = scenarioWith(dir, "grid:\n  cell_size: 100", "grid:\n  cell_size: [100\n");
        assertThatThrownBy(() -> ScenarioReader.read(f)).isInstanceOf(BadInputException.class)
                .hasMessageMatching("scenario\\.yaml line \\d+, column \\d+: invalid YAML.*");
    }

    @Test
    void missingLayerFileAndDemOnlyCriterion(@TempDir Path dir) throws IOException {
        Path f = scenarioWith(dir, "data/rivers_wdbii_full_bbox.geojson", "data/nope.geojson");
        assertThatThrownBy(() -> ScenarioReader.read(f)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("layers.rivers.file").hasMessageContaining("file not found: data/nope.geojson");
    }

    @Test
    void judgmentsNamingAnUnknownCriterionAreAnError(@TempDir Path dir) throws IOException {
        Path f = scenarioWith(dir, "judgments: judgments.yaml", "judgments: judgments.yaml");
        String j = Files.readString(KURSK.resolve("judgments.yaml")).replace("battle_2024", "battle_2025");
        Files.writeString(dir.resolve("judgments.yaml"), j);
        assertThatThrownBy(() -> ScenarioReader.read(f)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("strategies.commission.judgments").hasMessageContaining("'battle_2025'");
    }

    @Test
    void slopeCriterionWithoutDemIsAnError(@TempDir Path dir) throws IOException {
        Path f = scenarioWith(dir, "constraints:\n", "  steepness:\n    kind: slope\n"
                + "    standardise: {function: linear, points: [30, 0]}\n\nconstraints:\n");
        assertThatThrownBy(() -> ScenarioReader.read(f)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("criteria.steepness.kind").hasMessageContaining("needs a DEM");
    }

    /** Numbers that parse but that the run could not use: refused as bad input naming the key, not a failure later. */
    @Test
    void numbersTooLargeOrTooSmallToUseAreRefusedWithTheirKey(@TempDir Path dir) throws IOException {
        Path weights = scenarioWith(dir.resolve("w"), "weights: {battle_1943: 0.45, battle_2024: 0.20,",
                "weights: {battle_1943: 1e308, battle_2024: 1e308,");
        assertThatThrownBy(() -> ScenarioReader.read(weights)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("weights sum to more than a number can hold");
        Path radius = scenarioWith(dir.resolve("r"), "radius: 20000", "radius: 4.9e-324");
        assertThatThrownBy(() -> ScenarioReader.read(radius)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("radius").hasMessageContaining("at least 1 mm").hasMessageContaining("4.9e-324");
        Path cell = scenarioWith(dir.resolve("c"), "cell_size: 100 ", "cell_size: 1e-300 ");
        assertThatThrownBy(() -> ScenarioReader.read(cell)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("cell_size").hasMessageContaining("at least 1 mm");
    }
}
