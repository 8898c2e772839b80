package org.plinth.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plinth.app.cli.SitingCommandsTest.TERRAIN;
import static org.plinth.app.cli.SitingCommandsTest.plinth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plinth.app.cli.SitingCommandsTest.Run;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.io.GeoTiffReader;
import org.plinth.raster.io.GeoTiffWriteOptions;
import org.plinth.raster.io.GeoTiffWriter;

/**
 * {@code plinth run} on broken copies of the terrain example: each must exit 2 with one sentence
 * naming the file and key, and leave nothing behind (regressions found by trying to break the CLI).
 */
class BadInputRunTest {
    private static final String DEM = "data/olinda_dem_epsg31985.tif";

    @Test
    void demThatMissesTheAreaIsRefused(@TempDir Path dir) throws IOException {
        Path s = copyTerrain(dir);
        // the same DEM moved 100 km east: valid, but with no value inside the area
        FloatGrid dem = GeoTiffReader.read(s.resolve(DEM)).grid();
        GridGeometry g = dem.geometry();
        GeoTransform t = g.transform();
        GeoTransform moved = new GeoTransform(t.originX() + 100_000, t.pixelWidth(), t.rotationX(), t.originY(),
                t.rotationY(), t.pixelHeight());
        FloatGrid far = new FloatGrid(new GridGeometry(g.cols(), g.rows(), moved, g.crs()), dem.data(), dem.noData());
        GeoTiffWriter.write(s.resolve(DEM), far, GeoTiffWriteOptions.defaults());
        Run r = plinth("run", s.toString(), "--out", dir.resolve("o").toString(), "--quiet");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("plinth: scenario.yaml: dem: the DEM has no value inside the area"
                + " (does it cover the area, and is its CRS right?)" + System.lineSeparator());
        assertOnly(dir, "s");
    }

    @Test
    void demThatCoversPartOfTheAreaRunsAndSaysSo(@TempDir Path dir) throws IOException {
        Path s = copyTerrain(dir);
        // widen the area westwards past the DEM's edge (-34.912 is about the DEM's west edge)
        replace(s.resolve("scenario.yaml"), "bbox: [-34.912,", "bbox: [-34.960,");
        Run r = plinth("run", s.toString(), "--out", dir.resolve("o").toString(), "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("warning: The DEM covers only [0-9.]+ % of the area");
    }

    @Test
    void constraintsThatExcludeEverythingAreRefusedAndTheEarlierRunKept(@TempDir Path dir) throws IOException {
        Path s = copyTerrain(dir);
        Path out = dir.resolve("o");
        assertThat(plinth("run", s.toString(), "--out", out.toString(), "--quiet").code()).isZero();
        byte[] before = Files.readAllBytes(out.resolve("summary.json"));
        // keep 1000 km from every viewpoint
        replace(s.resolve("scenario.yaml"), "    max: 15\n", "    max: 15\n  far:\n    kind: distance\n"
                + "    layer: viewpoints\n    min: 1000000\n");
        Run r = plinth("run", s.toString(), "--out", out.toString(), "--quiet");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("plinth: scenario.yaml: constraints: together they exclude the whole area"
                + " (steep excludes ").contains("far excludes 100 %), so no site can be proposed").hasLineCount(1);
        assertThat(Files.readAllBytes(out.resolve("summary.json"))).isEqualTo(before);
        Run robustness = plinth("robustness", s.toString(), "--out", dir.resolve("rob").toString(), "--quiet");
        assertThat(robustness.code()).isEqualTo(2);
        assertThat(robustness.err()).startsWith("plinth: scenario.yaml: constraints: together they exclude");
    }

    @Test
    void anAreaWithNoCellCentreIsRefused(@TempDir Path dir) throws IOException {
        Run r = refused(dir, "scenario.yaml", "cell_size: 90", "cell_size: 1000000");
        assertThat(r.err()).isEqualTo("plinth: scenario.yaml: area: no cell centre of the 1000000 m grid lies inside"
                + " the area; use a smaller grid.cell_size or a larger area" + System.lineSeparator());
    }

    @Test
    void aNameFieldThatNoFeatureHasIsRefused(@TempDir Path dir) throws IOException {
        Run r = refused(dir, "scenario.yaml", "    name_field: name", "    name_field: nom");
        assertThat(r.err()).startsWith("plinth: scenario.yaml: layers.viewpoints.name_field: no feature of"
                + " viewpoints.geojson has a field 'nom' (fields: ").contains("name");
    }

    @Test
    void aLayerBesideASubAreaIsAWarningAndOneFarAwayAnError(@TempDir Path dir) throws IOException {
        // a 28 x 33 km area around Kursk city: the state border lies some 90 km south-west, outside its grid
        Path kursk = Path.of("..", "examples", "kursk");
        Path s = dir.resolve("k");
        Files.createDirectories(s.resolve("data"));
        Files.copy(kursk.resolve("scenario.yaml"), s.resolve("scenario.yaml"));
        Files.copy(kursk.resolve("judgments.yaml"), s.resolve("judgments.yaml"));
        try (Stream<Path> data = Files.list(kursk.resolve("data"))) {
            for (Path f : (Iterable<Path>) data::iterator) {
                Files.copy(f, s.resolve("data").resolve(f.getFileName()));
            }
        }
        replace(s.resolve("scenario.yaml"), "  file: data/kursk_oblast_dcw.geojson", "  bbox: [36.0, 51.6, 36.4, 51.9]");
        Run r = plinth("run", s.toString(), "--out", dir.resolve("o").toString(), "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("warning: Layer 'border': no feature of national_borders_wdbii_full_bbox.geojson"
                + " lies inside the area's grid; distances count the nearest ones outside it.");
        // the same area 2000 km east: every layer is far away, which a wrong CRS would also do
        replace(s.resolve("scenario.yaml"), "bbox: [36.0, 51.6, 36.4, 51.9]", "bbox: [66.0, 51.6, 66.4, 51.9]");
        Run far = plinth("run", s.toString(), "--out", dir.resolve("o2").toString(), "--quiet");
        assertThat(far.code()).isEqualTo(2);
        assertThat(far.err()).contains(": no feature of ").contains("lies inside the area's grid or near it"
                + " (is its CRS right?)").hasLineCount(1);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        // WGS 84 geocentric: "projected" coordinates in metres, but x, y squeeze north-south steps near the equator
        "EPSG:4978   | grid.crs: EPSG:4978 distorts distances at the area's centre (east-west x1.000, north-south x0.1",
        // NAD83 / New York Long Island (ftUS): a projected CRS, but its cell size would be read in feet
        "EPSG:2263   | grid.crs: must be a projected CRS in metres, was EPSG:2263 (0.304800609601219 m per unit)",
        "EPSG:999999 | grid.crs: unknown EPSG code 999999",
    })
    void aGridCrsNotInMetresOrNotTrueToScaleIsRefused(String crs, String message, @TempDir Path dir) throws IOException {
        Run r = refused(dir, "scenario.yaml", "crs: EPSG:31985", "crs: " + crs);
        assertThat(r.err()).startsWith("plinth: scenario.yaml: " + message);
    }

    @Test
    void unknownEpsgInAGeoJsonCrsNamesTheLayerAndFile(@TempDir Path dir) throws IOException {
        Run r = refused(dir, "data/viewpoints.geojson", "EPSG::31985", "EPSG::99999");
        assertThat(r.err()).contains("layers.viewpoints: viewpoints.geojson: unknown EPSG code 99999");
    }

    @Test
    void brokenJsonSaysWhereWithoutParserInternals(@TempDir Path dir) throws IOException {
        Path s = copyTerrain(dir);
        Files.writeString(s.resolve("data/viewpoints.geojson"), "{\"type\": \"FeatureCollection\", \"features\": [\n");
        Run r = plinth("run", s.toString(), "--out", dir.resolve("o").toString(), "--quiet");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("plinth: scenario.yaml: layers.viewpoints.file: ")
                .contains("viewpoints.geojson: not valid JSON at line 2").doesNotContain("Source")
                .doesNotContain("StreamReadFeature");
        assertThat(r.err().lines()).hasSize(1);
    }

    @Test
    void outThatIsAFileIsRefusedAndKept(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "keep me");
        Run r = plinth("run", TERRAIN.toString(), "--out", file.toString(), "--quiet");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(file + " is a file, not a folder");
        assertThat(Files.readString(file)).isEqualTo("keep me");
        Run under = plinth("run", TERRAIN.toString(), "--out", file.resolve("o").toString(), "--quiet");
        assertThat(under.code()).isEqualTo(2);
        assertOnly(dir, "notes.txt");
    }

    @Test
    void outThatIsTheScenarioFolderIsRefusedAndKept(@TempDir Path dir) throws IOException {
        Path s = copyTerrain(dir);
        Run r = plinth("run", s.toString(), "--out", s.toString(), "--quiet");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("it holds " + s.resolve("scenario.yaml") + ", an input of the run");
        assertThat(s.resolve("scenario.yaml")).exists();
        assertThat(s.resolve(DEM)).exists();
        assertOnly(dir, "s");
    }

    @Test
    void demWithoutEpsgCodeSaysHowToAssignOne(@TempDir Path dir) throws IOException {
        Path s = copyTerrain(dir);
        // the same Olinda DEM as stars ships it: UTM 25S as WKT only, no EPSG code
        Files.copy(ViewshedCommandTest.OLINDA, s.resolve(DEM), StandardCopyOption.REPLACE_EXISTING);
        Run r = plinth("run", s.toString(), "--out", dir.resolve("o").toString(), "--quiet");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("the DEM's CRS has no EPSG code").contains("gdal_translate -a_srs EPSG:<code>");
        assertOnly(dir, "s");
    }

    @Test
    void geoPackageThatIsNotSqliteSaysSo(@TempDir Path dir) throws IOException {
        Path s = copyTerrain(dir);
        Files.writeString(s.resolve("data/vp.gpkg"), "garbage\n");
        replace(s.resolve("scenario.yaml"), "data/viewpoints.geojson", "data/vp.gpkg");
        Run r = plinth("run", s.toString(), "--out", dir.resolve("o").toString(), "--quiet");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).endsWith("vp.gpkg: not a GeoPackage (the file is not an SQLite database)"
                + System.lineSeparator());
        assertOnly(dir, "s");
    }

    /**
     * {@code plinth run} on a copy of the terrain example with one text replacement in {@code file}: must
     * exit 2 in one line and leave nothing but the copy behind. Returns the run for its message.
     */
    private static Run refused(Path dir, String file, String from, String to) throws IOException {
        Path s = copyTerrain(dir);
        replace(s.resolve(file), from, to);
        Run r = plinth("run", s.toString(), "--out", dir.resolve("o").toString(), "--quiet");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).hasLineCount(1);
        assertOnly(dir, "s");
        return r;
    }

    private static Path copyTerrain(Path dir) throws IOException {
        Path s = dir.resolve("s");
        Files.createDirectories(s.resolve("data"));
        Files.copy(TERRAIN.resolve("scenario.yaml"), s.resolve("scenario.yaml"));
        for (String f : new String[] {DEM, "data/viewpoints.geojson"}) {
            Files.copy(TERRAIN.resolve(f), s.resolve(f));
        }
        return s;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private static void assertOnly(Path dir, String name) throws IOException {
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly(name);
        }
    }
}
