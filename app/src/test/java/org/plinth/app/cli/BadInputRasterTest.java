package org.plinth.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.plinth.app.cli.SitingCommandsTest.TERRAIN;
import static org.plinth.app.cli.SitingCommandsTest.plinth;
import static org.plinth.app.cli.ViewshedCommandTest.OLINDA;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plinth.raster.io.RasterFiles;
import org.plinth.app.cli.SitingCommandsTest.Run;

/**
 * {@code plinth raster ...} and {@code plinth weigh} on bad input found by trying to break the CLI:
 * exit 2, one sentence, nothing written.
 */
class BadInputRasterTest {
    private static final Path VIEWPOINTS = TERRAIN.resolve("data/viewpoints.geojson");
    private static final Path DEM_EPSG = TERRAIN.resolve("data/olinda_dem_epsg31985.tif");

    @Test
    void outputThatIsAFolderFailsBeforeWork(@TempDir Path dir) throws IOException {
        Run viewshed = plinth("raster", "viewshed", "--observer", "293000,9115000", OLINDA.toString(), dir.toString());
        Run distance = plinth("raster", "distance", "--to", VIEWPOINTS.toString(), DEM_EPSG.toString(), dir.toString());
        for (Run r : new Run[] {viewshed, distance}) {
            assertThat(r.code()).as(r.err()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("plinth: the output " + dir + " is a folder, not a file name"
                    + System.lineSeparator());
        }
        assertEmpty(dir);
    }

    @Test
    void featuresInEpsgGoOntoAUserDefinedTransverseMercatorRasterAsOntoItsEpsgTwin(@TempDir Path dir) {
        // the stars Olinda DEM's CRS is WKT only (user-defined UTM 25S on GRS 80); olinda_dem_epsg31985.tif is
        // the same grid tagged EPSG:31985 (SIRGAS 2000 / UTM 25S); the viewpoints are EPSG:31985
        Path wkt = dir.resolve("wkt.tif");
        Path epsg = dir.resolve("epsg.tif");
        assertThat(plinth("raster", "distance", "--to", VIEWPOINTS.toString(), OLINDA.toString(), wkt.toString(), "-q")
                .code()).isZero();
        assertThat(plinth("raster", "distance", "--to", VIEWPOINTS.toString(), DEM_EPSG.toString(), epsg.toString(),
                "-q").code()).isZero();
        float[] a = RasterFiles.read(wkt).grid().data();
        float[] b = RasterFiles.read(epsg).grid().data();
        assertThat(a).hasSameSizeAs(b);
        for (int i = 0; i < a.length; i++) {
            assertThat(a[i]).as("cell %d", i).isCloseTo(b[i], within(1e-3f));
        }
        Path vis = dir.resolve("vis.tif");
        Run visibility = plinth("raster", "visibility", "--observers", VIEWPOINTS.toString(), OLINDA.toString(),
                vis.toString(), "-q");
        assertThat(visibility.code()).as(visibility.err()).isZero();
    }

    @Test
    void featuresOntoARasterWithoutCrsNameTheRaster(@TempDir Path dir) throws IOException {
        Path noCrs = dir.resolve("nocrs.asc");
        Files.writeString(noCrs, "ncols 3\nnrows 3\nxllcorner 289000\nyllcorner 9111000\ncellsize 10\n1 2 3\n4 5 6\n7 8 9\n");
        Run r = plinth("raster", "distance", "--to", VIEWPOINTS.toString(), noCrs.toString(),
                dir.resolve("x.tif").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("plinth: " + noCrs + " has no CRS, so the features of " + VIEWPOINTS
                + " cannot be placed on its grid; assign one with gdal_translate -a_srs EPSG:<code>"
                + System.lineSeparator());
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(noCrs);
        }
    }

    @Test
    void distanceBeyondTheHeapIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        // LIKE's header only is read (3000 x 3000 cells); the kernel's grids then fill a 48 MB heap
        Path like = dir.resolve("like.tif");
        org.plinth.raster.GridGeometry g = new org.plinth.raster.GridGeometry(3000, 3000,
                new org.plinth.raster.GeoTransform(250_000, 30, 0, 9_160_000, 0, -30), org.plinth.raster.Crs.epsg(31985));
        RasterFiles.write(like, org.plinth.raster.FloatGrid.filled(g, 0f, null), org.plinth.raster.io.GeoTiffWriteOptions
                .defaults().withCompression(org.plinth.raster.io.Compression.DEFLATE));
        Path out = dir.resolve("d.tif");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-Xmx48m", "-cp", System.getProperty("java.class.path"),
                "org.plinth.app.Main", "raster", "distance", "-q", like.toString(), out.toString(), "--to",
                VIEWPOINTS.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isEqualTo(2);
        assertThat(output).startsWith("plinth: the grids are too large for the Java heap (").hasLineCount(1)
                .contains("PLINTH_JAVA_OPTS=-Xmx");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(like);
        }
    }

    @Test
    void missingWeightFieldIsNamed(@TempDir Path dir) throws IOException {
        Run r = plinth("raster", "visibility", "--observers", VIEWPOINTS.toString(), "--weight-field", "nope",
                DEM_EPSG.toString(), dir.resolve("x.tif").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("feature #1 has no field 'nope'").doesNotContain("null");
        assertEmpty(dir);
    }

    @Test
    void observerOutsideTheDemGivesTheExtentRounded(@TempDir Path dir) throws IOException {
        Run r = plinth("raster", "viewshed", "--observer", "0,0", OLINDA.toString(), dir.resolve("x.tif").toString());
        assertThat(r.code()).isEqualTo(2);
        // gdalinfo: upper left (288776.250, 9120760.750), lower right (298765.591, 9110771.409)
        assertThat(r.err()).isEqualTo("plinth: " + OLINDA + ": observer (0.0, 0.0) is outside the DEM, which spans x 288776.250 to"
                + " 298765.591 and y 9110771.409 to 9120760.750" + System.lineSeparator());
        assertEmpty(dir);
    }

    @Test
    void outputThatIsTheInputIsRefusedAndTheInputKept(@TempDir Path dir) throws IOException {
        Path dem = dir.resolve("dem.tif");
        Files.copy(DEM_EPSG, dem);
        byte[] before = Files.readAllBytes(dem);
        Run slope = plinth("raster", "slope", dem.toString(), dem.toString());
        Run viewshed = plinth("raster", "viewshed", "--observer", "293000,9115000", dem.toString(),
                dir.resolve(".").resolve("dem.tif").toString());
        Run visibility = plinth("raster", "visibility", "--observers", VIEWPOINTS.toString(), dem.toString(),
                dem.toString());
        for (Run r : new Run[] {slope, viewshed, visibility}) {
            assertThat(r.code()).as(r.err()).isEqualTo(2);
            assertThat(r.err()).contains("writing it would replace the input").hasLineCount(1);
        }
        assertThat(Files.readAllBytes(dem)).isEqualTo(before);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(dem);
        }
    }

    @Test
    void judgmentsThatAreNotUtf8SaySo(@TempDir Path dir) throws IOException {
        Path j = dir.resolve("j.yaml");
        Files.write(j, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 'x'});
        Run r = plinth("weigh", j.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("plinth: " + j + ": not UTF-8 text (save the YAML file as UTF-8)"
                + System.lineSeparator());
    }

    @Test
    void judgmentsThatAreAFolderSaySo(@TempDir Path dir) {
        Run r = plinth("weigh", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("plinth: " + dir + ": is a folder; give the judgments YAML file itself"
                + System.lineSeparator());
    }

    private static void assertEmpty(Path dir) throws IOException {
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }
}
