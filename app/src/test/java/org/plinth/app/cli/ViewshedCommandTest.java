package org.plinth.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.io.GeoTiffWriteOptions;
import org.plinth.raster.io.RasterFiles;
import org.plinth.raster.visibility.Viewshed;
import org.plinth.raster.visibility.ViewshedOptions;
import org.plinth.siting.layers.Reprojection;

/** End to end on the Olinda DEM of the raster module's tests (UTM 25 S, 90 m cells). */
class ViewshedCommandTest {
    static final Path DEMS = Path.of("..", "raster", "src", "test", "resources", "dems");
    static final Path OLINDA = DEMS.resolve("stars_olinda_dem_utm25s.tif");
    static final String OBSERVER = "293771,9115766";

    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return PlinthCommand.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void visibleModeWritesTheKernelsByteGridWithNoDataOutsideTheMaxDistance() {
        Path vs = dir.resolve("vs.tif");
        assertThat(run("raster", "viewshed", OLINDA.toString(), vs.toString(), "--observer", OBSERVER,
                "--observer-height", "10", "--max-distance", "5000", "-q")).isZero();
        FloatGrid written = RasterFiles.read(vs).grid();
        ByteGrid expected = Viewshed.visibility(RasterFiles.read(OLINDA).grid(), ViewshedOptions.defaults()
                .withObserver(293771, 9115766).withObserverHeight(10).withMaxDistance(5000));
        assertThat(written.noData()).isEqualTo(1f);
        assertThat(written.geometry().sameGridAs(expected.geometry())).isTrue();
        for (int i = 0; i < expected.data().length; i++) {
            assertThat(written.data()[i]).isEqualTo(expected.data()[i] & 0xFF);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("1530 of 9705 cells in reach visible");
    }

    @Test
    void minHeightModeWritesFloatMetresWithNanNoData() {
        Path mh = dir.resolve("mh.tif");
        assertThat(run("raster", "viewshed", OLINDA.toString(), mh.toString(), "--observer", OBSERVER,
                "--mode", "min-height", "--max-distance", "3000", "--curvature-coefficient", "0", "-q")).isZero();
        FloatGrid written = RasterFiles.read(mh).grid();
        FloatGrid expected = Viewshed.minimumVisibleHeight(RasterFiles.read(OLINDA).grid(), ViewshedOptions.defaults()
                .withObserver(293771, 9115766).withMaxDistance(3000).withCurvatureCoefficient(0));
        assertThat(written.data()).containsExactly(expected.data());
        assertThat(written.isNoData(0, 0)).isTrue();
        assertThat(written.get(55, 55)).isZero();
    }

    @Test
    void lonLatObserverIsTransformedIntoTheGridCrs() {
        // The Olinda file has a user-defined CRS; a copy tagged EPSG:32725 can be transformed into.
        FloatGrid olinda = RasterFiles.read(OLINDA).grid();
        Path tagged = dir.resolve("olinda_32725.tif");
        RasterFiles.write(tagged, new FloatGrid(olinda.geometry().withCrs(Crs.epsg(32725)), olinda.data(), null),
                GeoTiffWriteOptions.defaults());
        double[] ll = Reprojection.between(Crs.epsg(32725), Crs.epsg(4326)).apply(293771, 9115766);
        Path a = dir.resolve("a.tif");
        Path b = dir.resolve("b.tif");
        assertThat(run("raster", "viewshed", tagged.toString(), a.toString(), "--observer", OBSERVER, "-q")).isZero();
        assertThat(run("raster", "viewshed", tagged.toString(), b.toString(), "--observer-lonlat", ll[0] + "," + ll[1],
                "-q")).isZero();
        assertThat(RasterFiles.read(b).grid().data()).containsExactly(RasterFiles.read(a).grid().data());
    }

    @Test
    void lonLatObserverWorksOnAUserDefinedTransverseMercatorCrs() {
        // The Olinda file's CRS is a WKT-only "UTM Zone 25, Southern Hemisphere" on GRS 80: plinth
        // projects the lon/lat itself. Same cell as the UTM position, so the same output.
        double[] ll = Reprojection.between(Crs.epsg(32725), Crs.epsg(4326)).apply(293771, 9115766);
        Path a = dir.resolve("a.tif");
        Path b = dir.resolve("b.tif");
        assertThat(run("raster", "viewshed", OLINDA.toString(), a.toString(), "--observer", OBSERVER, "-q")).isZero();
        assertThat(run("raster", "viewshed", OLINDA.toString(), b.toString(), "--observer-lonlat", ll[0] + "," + ll[1],
                "-q")).isZero();
        assertThat(RasterFiles.read(b).grid().data()).containsExactly(RasterFiles.read(a).grid().data());
    }

    @Test
    void badInputExitsTwoWithOneSentenceAndNoOutput() throws IOException {
        Path o = dir.resolve("o.tif");
        assertThat(run("raster", "viewshed", OLINDA.toString(), o.toString(), "--observer", "0,0")).isEqualTo(2);
        assertThat(err()).startsWith("plinth: observer (0.0, 0.0) is outside the DEM").hasLineCount(1);
        assertThat(run("raster", "viewshed", OLINDA.toString(), o.toString(), "--observer", OBSERVER,
                "--observer-height", "-2")).isEqualTo(2);
        assertThat(err()).contains("observer height must be >= 0 and finite, was -2.0");
        assertThat(run("raster", "viewshed", OLINDA.toString(), o.toString(), "--observer", "12;34")).isEqualTo(2);
        assertThat(err()).contains("--observer must be X,Y (two numbers), was '12;34'");
        assertThat(run("raster", "viewshed", OLINDA.toString(), o.toString(), "--observer-lonlat", "-34.87,-95"))
                .isEqualTo(2);
        assertThat(err()).contains("--observer-lonlat must be a longitude in -180..180 and a latitude in -90..90");
        Path noCrs = dir.resolve("nocrs.asc");
        Files.writeString(noCrs, "ncols 3\nnrows 3\nxllcorner 0\nyllcorner 0\ncellsize 10\n1 2 3\n4 5 6\n7 8 9\n");
        assertThat(run("raster", "viewshed", noCrs.toString(), o.toString(), "--observer", "15,15")).isEqualTo(2);
        assertThat(err()).contains("nocrs.asc has no CRS");
        assertThat(o).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("nocrs.asc");
        }
    }

    @Test
    void theOutputOpensInGdalWithItsNoData() throws Exception {
        Path vs = dir.resolve("vs.tif");
        assertThat(run("raster", "viewshed", OLINDA.toString(), vs.toString(), "--observer", OBSERVER,
                "--max-distance", "2000", "-q")).isZero();
        Process p;
        try {
            p = new ProcessBuilder("gdalinfo", vs.toString()).redirectErrorStream(true).start();
        } catch (IOException noGdal) {
            org.junit.jupiter.api.Assumptions.abort("gdalinfo is not installed");
            return;
        }
        String info = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        assertThat(info).contains("Size is 111, 111").contains("Type=Byte").contains("NoData Value=1");
    }
}
