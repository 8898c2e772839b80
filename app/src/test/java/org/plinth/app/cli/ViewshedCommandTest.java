package org.plinth.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import org.plinth.raster.GridGeometry;
import org.plinth.raster.Window;
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
        // 5000 m reach 56 cells from the observer cell (55, 55): the box is the whole 111 x 111 DEM.
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
    void minHeightModeWritesFloatMetresWithNanNoDataOnTheMaxDistanceWindow() {
        // 3000 m / 89.994 m = 33.3 cells, so the box is the observer cell (55, 55) +- 34: [21, 90).
        Path mh = dir.resolve("mh.tif");
        assertThat(run("raster", "viewshed", OLINDA.toString(), mh.toString(), "--observer", OBSERVER,
                "--mode", "min-height", "--max-distance", "3000", "--curvature-coefficient", "0", "-q")).isZero();
        FloatGrid written = RasterFiles.read(mh).grid();
        FloatGrid expected = Viewshed.minimumVisibleHeight(RasterFiles.read(OLINDA).grid(), ViewshedOptions.defaults()
                .withObserver(293771, 9115766).withMaxDistance(3000).withCurvatureCoefficient(0));
        Window box = new Window(21, 21, 90, 90);
        assertOnWindow(written, expected, box);
        assertThat(written.isNoData(0, 0)).isTrue();
        assertThat(written.get(55 - 21, 55 - 21)).isZero();
    }

    @Test
    void maxDistanceClipsTheOutputToTheReachedBoxWithTheFullRunsValues() {
        // 2000 m / 89.994 m = 22.2 cells: the observer cell (55, 55) +- 23, [32, 79), 47 x 47 cells,
        // as gdal_viewshed -md 2000 writes it.
        Path vs = dir.resolve("vs.tif");
        assertThat(run("raster", "viewshed", OLINDA.toString(), vs.toString(), "--observer", OBSERVER,
                "--max-distance", "2000", "-q")).isZero();
        ByteGrid full = Viewshed.visibility(RasterFiles.read(OLINDA).grid(), ViewshedOptions.defaults()
                .withObserver(293771, 9115766).withMaxDistance(2000));
        assertOnWindow(RasterFiles.read(vs).grid(), asFloat(full), new Window(32, 32, 79, 79));
        int[] counts = counts(full);
        assertThat(counts[1]).isPositive();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains(counts[0] + " of " + counts[1] + " cells in reach visible");
    }

    @Test
    void geographicDemWindowUsesMetresAtTheObserversLatitude() {
        // Luxembourg, 30" cells; observer cell (47, 45) at 49.81 N: a cell is 599 m wide and 927 m tall,
        // so 10 km reach 16.7 and 10.8 cells: the box is +- 17 columns and +- 11 rows, [30, 65) x [34, 57).
        Path lux = DEMS.resolve("terra_elev_luxembourg.tif");
        double x = 5.741666666666666 + 47.5 / 120;
        double y = 50.191666666666663 - 45.5 / 120;
        Path vs = dir.resolve("lux.tif");
        assertThat(run("raster", "viewshed", lux.toString(), vs.toString(), "--observer", x + "," + y,
                "--max-distance", "10000", "-q")).isZero();
        ByteGrid full = Viewshed.visibility(RasterFiles.read(lux).grid(), ViewshedOptions.defaults()
                .withObserver(x, y).withMaxDistance(10000));
        assertOnWindow(RasterFiles.read(vs).grid(), asFloat(full), new Window(30, 34, 65, 57));
    }

    /**
     * The written grid is {@code box} of the full-DEM result: same size and corner, same cells, and
     * the full result is NoData everywhere outside the box.
     */
    static void assertOnWindow(FloatGrid written, FloatGrid full, Window box) {
        GridGeometry g = full.geometry();
        assertThat(written.cols()).isEqualTo(box.width());
        assertThat(written.rows()).isEqualTo(box.height());
        assertThat(written.geometry().transform().originX())
                .isCloseTo(g.transform().originX() + box.colStart() * g.transform().pixelWidth(), within(1e-9));
        assertThat(written.geometry().transform().originY())
                .isCloseTo(g.transform().originY() + box.rowStart() * g.transform().pixelHeight(), within(1e-9));
        for (int r = 0; r < g.rows(); r++) {
            for (int c = 0; c < g.cols(); c++) {
                float e = full.get(c, r);
                if (box.contains(c, r)) {
                    float w = written.get(c - box.colStart(), r - box.rowStart());
                    if (Float.floatToIntBits(w) != Float.floatToIntBits(e)) {
                        throw new AssertionError("cell (" + c + ", " + r + "): expected " + e + ", was " + w);
                    }
                } else if (!full.isNoData(e)) {
                    throw new AssertionError("cell (" + c + ", " + r + ") outside the box has data " + e);
                }
            }
        }
    }

    static FloatGrid asFloat(ByteGrid b) {
        float[] f = new float[b.data().length];
        for (int i = 0; i < f.length; i++) {
            f[i] = b.data()[i] & 0xFF;
        }
        return new FloatGrid(b.geometry(), f, (float) Viewshed.NO_DATA);
    }

    static int[] counts(ByteGrid b) {
        int visible = 0;
        int reach = 0;
        for (byte v : b.data()) {
            visible += (v & 0xFF) == Viewshed.VISIBLE ? 1 : 0;
            reach += (v & 0xFF) != Viewshed.NO_DATA ? 1 : 0;
        }
        return new int[] {visible, reach};
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
        assertThat(err()).startsWith("plinth: " + OLINDA + ": observer (0.0, 0.0) is outside the DEM").hasLineCount(1);
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
        assertThat(info).contains("Size is 47, 47").contains("Type=Byte").contains("NoData Value=1");
    }

    @Test
    void aMaxDistanceOfWholeCellsGivesGdalViewshedsBox() throws Exception {
        // 41 x 41 cells of 30 m (EPSG:32636), observer at the centre, -md 300 = 10 cells exactly: both
        // tools write the observer cell +- 10 cells, 21 x 21 from (600300, 3500900)
        float[] z = new float[41 * 41];
        for (int k = 0; k < z.length; k++) {
            z[k] = 100 + (k % 41) * 0.5f + (k / 41) % 7;
        }
        Path dem = dir.resolve("dem.tif");
        RasterFiles.write(dem, new FloatGrid(new org.plinth.raster.GridGeometry(41, 41,
                new org.plinth.raster.GeoTransform(600_000, 30, 0, 3_501_200, 0, -30), Crs.epsg(32636)), z, null),
                GeoTiffWriteOptions.defaults());
        Path ours = dir.resolve("ours.tif");
        assertThat(run("raster", "viewshed", dem.toString(), ours.toString(), "--observer", "600615,3500585",
                "--max-distance", "300", "-q")).isZero();
        FloatGrid o = RasterFiles.read(ours).grid();
        assertThat(o.cols()).isEqualTo(21);
        assertThat(o.rows()).isEqualTo(21);
        assertThat(o.geometry().transform().originX()).isEqualTo(600_300.0);
        assertThat(o.geometry().transform().originY()).isEqualTo(3_500_900.0);
        Path theirs = dir.resolve("gdal.tif");
        Process p;
        try {
            p = new ProcessBuilder("gdal_viewshed", "-q", "-md", "300", "-ox", "600615", "-oy", "3500585", dem.toString(),
                    theirs.toString()).redirectErrorStream(true).start();
        } catch (IOException noGdal) {
            org.junit.jupiter.api.Assumptions.abort("gdal_viewshed is not installed");
            return;
        }
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor()).isZero();
        FloatGrid g = RasterFiles.read(theirs).grid();
        assertThat(g.geometry().sameGridAs(o.geometry())).as("gdal_viewshed's grid %s", g.geometry()).isTrue();
    }
}
