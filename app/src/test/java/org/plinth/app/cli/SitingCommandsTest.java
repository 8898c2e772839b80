package org.plinth.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plinth run} and {@code plinth robustness} end to end through the CLI, on the terrain example. */
class SitingCommandsTest {
    static final Path TERRAIN = Path.of("..", "examples", "terrain");

    record Run(int code, String out, String err) {
    }

    static Run plinth(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PlinthCommand.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void runPrintsSitesAndTheReportPath(@TempDir Path dir) {
        Run r = plinth("run", TERRAIN.toString(), "--out", dir.resolve("o").toString(), "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("landmark").contains("hidden").contains("Report: ");
        assertThat(dir.resolve("o/report.html")).exists();
    }

    @Test
    void jsonAndOneStrategy(@TempDir Path dir) throws IOException {
        Run r = plinth("run", TERRAIN.toString(), "--out", dir.resolve("o").toString(), "--json", "--strategy", "hidden");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.path("strategies")).hasSize(1);
        assertThat(j.path("strategies").get(0).path("key").asText()).isEqualTo("hidden");
        assertThat(j.path("strategies").get(0).path("sites").get(0).path("criteria").has("unseen")).isTrue();
        // criteria only the other strategy weighs (visibility, prominence) are not computed
        assertThat(j.path("strategies").get(0).path("sites").get(0).path("criteria").has("prominence")).isFalse();
    }

    @Test
    void robustnessAddsSmaaSweepsAndSpread(@TempDir Path dir) throws IOException {
        Path o = dir.resolve("o");
        Run r = plinth("robustness", TERRAIN.toString(), "--out", o.toString(), "--draws", "2000",
                "--spread-draws", "20", "--seed", "7", "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(o.resolve("rank-acceptability-landmark.png")).exists();
        assertThat(o.resolve("spread-hidden.tif")).exists();
        try (Stream<Path> files = Files.list(o)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("sweep-landmark-")).count()).isEqualTo(4);
        }
        assertThat(Files.readString(o.resolve("report.html"))).contains("id=\"robustness\"").contains("SMAA-2");
        JsonNode rob = new ObjectMapper().readTree(o.resolve("summary.json").toFile()).path("robustness");
        assertThat(rob.path("draws").asInt()).isEqualTo(2000);
        JsonNode landmark = rob.path("strategies").get(0);
        // each site's rank acceptabilities sum to 1
        landmark.path("sites").forEach(site -> {
            double sum = 0;
            for (JsonNode b : site.path("rank_acceptability")) {
                sum += b.asDouble();
            }
            assertThat(sum).isBetween(0.999, 1.001);
        });
        // the printed line names the site most often first, with its share as the summary has it
        String best = null;
        double share = -1;
        for (var e : (Iterable<java.util.Map.Entry<String, JsonNode>>) () -> landmark.path("sites").fields()) {
            double b0 = e.getValue().path("rank_acceptability").get(0).asDouble();
            if (b0 > share) {
                share = b0;
                best = e.getKey();
            }
        }
        assertThat(r.out()).contains(String.format(java.util.Locale.ROOT,
                "robustness   landmark: %s ranks first under %.0f %% of the weight draws", best, 100 * share));
        // the same seed gives the same acceptabilities
        Path o2 = dir.resolve("o2");
        assertThat(plinth("robustness", TERRAIN.toString(), "--out", o2.toString(), "--draws", "2000",
                "--spread-draws", "20", "--seed", "7", "--quiet").code()).isZero();
        JsonNode again = new ObjectMapper().readTree(o2.resolve("summary.json").toFile()).path("robustness");
        assertThat(again.path("strategies")).isEqualTo(rob.path("strategies"));
    }

    @Test
    void badScenarioIsExitTwoAndNothingIsWritten(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("s");
        Files.createDirectories(bad);
        Files.writeString(bad.resolve("scenario.yaml"), "area: {bbox: [1, 2, 3]}\n");
        Run r = plinth("run", bad.toString(), "--out", dir.resolve("o").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("scenario.yaml").contains("area.bbox");
        assertThat(dir.resolve("o")).doesNotExist();
        Run missing = plinth("run", dir.resolve("nope").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("scenario file not found");
    }

    @Test
    void anOutputFolderHoldingTheScenarioIsRefusedAndTheScenarioKept(@TempDir Path dir) throws IOException {
        // a folder with an earlier run's summary.json that also holds the scenario: replacing it would delete it
        Path parent = dir.resolve("work");
        Path scenario = parent.resolve("scen");
        Files.createDirectories(scenario.resolve("data"));
        for (String f : new String[] {"scenario.yaml", "data/olinda_dem_epsg31985.tif", "data/viewpoints.geojson"}) {
            Files.copy(TERRAIN.resolve(f), scenario.resolve(f));
        }
        Files.writeString(parent.resolve("summary.json"), "{}");
        for (Path out : new Path[] {parent, scenario}) {
            Run r = plinth("run", scenario.toString(), "--out", out.toString(), "--quiet");
            assertThat(r.code()).as(r.err()).isEqualTo(2);
            assertThat(r.err()).contains("output folder " + out + ": it holds ").contains("an input of the run");
            assertThat(scenario.resolve("scenario.yaml")).exists();
            assertThat(scenario.resolve("data/olinda_dem_epsg31985.tif")).exists();
        }
        assertThat(plinth("run", scenario.toString(), "--out", parent.resolve("o").toString(), "--quiet").code()).isZero();
        // the scenario reached through a link to its folder: the link's target is still the scenario's folder
        Path link = Files.createSymbolicLink(dir.resolve("link"), scenario);
        Files.writeString(scenario.resolve("summary.json"), "{}");
        Run viaLink = plinth("run", link.toString(), "--out", scenario.toString(), "--quiet");
        assertThat(viaLink.code()).as(viaLink.err()).isEqualTo(2);
        assertThat(scenario.resolve("scenario.yaml")).exists();
    }

    @Test
    void anOutputFolderHoldingAVrtsTilesOrAJudgmentsFileIsRefused(@TempDir Path dir) throws IOException {
        Path scenario = Files.createDirectories(dir.resolve("scen"));
        Path tiles = Files.createDirectories(dir.resolve("tiles"));
        Files.copy(TERRAIN.resolve("data/olinda_dem_epsg31985.tif"), tiles.resolve("olinda.tif"));
        Files.createDirectories(scenario.resolve("data"));
        Files.copy(TERRAIN.resolve("data/viewpoints.geojson"), scenario.resolve("data/viewpoints.geojson"));
        var header = org.plinth.raster.io.RasterFiles.header(tiles.resolve("olinda.tif")).geometry();
        double[] t = header.transform().toArray();
        Files.writeString(scenario.resolve("dem.vrt"), String.format(java.util.Locale.ROOT,
                "<VRTDataset rasterXSize=\"111\" rasterYSize=\"111\"><SRS>EPSG:31985</SRS>"
                        + "<GeoTransform>%.17g, %.17g, 0, %.17g, 0, %.17g</GeoTransform><VRTRasterBand dataType=\"Float32\" "
                        + "band=\"1\"><SimpleSource><SourceFilename relativeToVRT=\"1\">../tiles/olinda.tif</SourceFilename>"
                        + "<SrcRect xOff=\"0\" yOff=\"0\" xSize=\"111\" ySize=\"111\"/><DstRect xOff=\"0\" yOff=\"0\" "
                        + "xSize=\"111\" ySize=\"111\"/></SimpleSource></VRTRasterBand></VRTDataset>", t[0], t[1], t[3], t[5]));
        Files.writeString(scenario.resolve("scenario.yaml"), Files.readString(TERRAIN.resolve("scenario.yaml"))
                .replace("dem: [data/olinda_dem_epsg31985.tif]", "dem: [dem.vrt]"));
        Files.writeString(tiles.resolve("summary.json"), "{}");
        Run r = plinth("run", scenario.toString(), "--out", tiles.toString(), "--quiet");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("olinda.tif, an input of the run");
        assertThat(tiles.resolve("olinda.tif")).exists();
    }

    @Test
    void failedRunKeepsTheEarlierGoodOutput(@TempDir Path dir) throws IOException {
        Path o = dir.resolve("o");
        assertThat(plinth("run", TERRAIN.toString(), "--out", o.toString(), "--quiet").code()).isZero();
        long size = Files.size(o.resolve("report.html"));
        Run r = plinth("run", TERRAIN.toString(), "--out", o.toString(), "--strategy", "no-such", "--quiet");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no strategy 'no-such'");
        assertThat(Files.size(o.resolve("report.html"))).isEqualTo(size);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("o");
        }
    }
}
