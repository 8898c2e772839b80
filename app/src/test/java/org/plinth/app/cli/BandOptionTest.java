package org.plinth.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.io.RasterFiles;

/**
 * {@code --band N} (gdaldem -b, gdal_proximity -srcband) on every raster command, on olinda_bands3.tif
 * (make_band_fixture.sh: band 1 the Olinda DEM times 0.5, band 2 the DEM, band 3 times 2): band 2 gives
 * exactly what the single-band DEM gives, band 3 what gdaldem -b 3 gives, and a band the file does not
 * have is refused in one sentence, exit 2, nothing written.
 */
class BandOptionTest {
    private static final Path DEMS = Path.of("../raster/src/test/resources/dems");
    private static final Path OLINDA = DEMS.resolve("stars_olinda_dem_utm25s.tif");
    private static final Path BANDS = DEMS.resolve("olinda_bands3.tif");
    private static final String NO_BAND_4 = "olinda_bands3.tif: has no band 4 (it has 3 bands, numbered 1 to 3)";

    @TempDir
    Path tmp;

    private final CliRun cli = new CliRun();

    /** Runs {@code raster COMMAND} on the single-band DEM and on band 2 of the stack; the outputs' cells. */
    private float[][] singleAndBand2(String command, String... options) {
        Path single = tmp.resolve(command + "_single.tif");
        Path band2 = tmp.resolve(command + "_band2.tif");
        String[] a = concat(new String[] {"raster", command, OLINDA.toString(), single.toString(), "-q"}, options);
        String[] b = concat(new String[] {"raster", command, BANDS.toString(), band2.toString(), "-q", "--band", "2"},
                options);
        assertThat(cli.run(a)).as(cli.stderr()).isZero();
        assertThat(cli.run(b)).as(cli.stderr()).isZero();
        return new float[][] {RasterFiles.read(single).grid().data(), RasterFiles.read(band2).grid().data()};
    }

    private static String[] concat(String[] a, String[] b) {
        String[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @Test
    void band2OfTheStackGivesWhatTheDemGivesOnEveryDemCommand() {
        for (String[] job : new String[][] {{"slope"}, {"aspect"}, {"hillshade"},
            {"viewshed", "--observer", ViewshedCommandTest.OBSERVER, "--observer-height", "10"},
            {"viewshed", "--observer", ViewshedCommandTest.OBSERVER, "--max-distance", "2000", "--mode", "min-height"}}) {
            float[][] outs = singleAndBand2(job[0], java.util.Arrays.copyOfRange(job, 1, job.length));
            assertThat(outs[1]).as(String.join(" ", job)).containsExactly(outs[0]);
        }
    }

    @Test
    void warpReadsTheBandItIsGiven() throws Exception {
        // a VRT whose band 1 is the Luxembourg DEM halved and band 2 the DEM (warp takes geographic grids)
        Files.copy(DEMS.resolve("terra_elev_luxembourg.tif"), tmp.resolve("lux.tif"));
        String source = """
                    <%s>
                      <SourceFilename relativeToVRT="1">lux.tif</SourceFilename>
                      <SourceBand>1</SourceBand>
                      <SrcRect xOff="0" yOff="0" xSize="%d" ySize="%d"/>
                      <DstRect xOff="0" yOff="0" xSize="%d" ySize="%d"/>%s
                    </%s>""";
        var header = RasterFiles.header(tmp.resolve("lux.tif"));
        int c = header.geometry().cols();
        int r = header.geometry().rows();
        double[] gt = header.geometry().transform().toArray();
        Path vrt = tmp.resolve("lux2.vrt");
        Files.writeString(vrt, "<VRTDataset rasterXSize=\"" + c + "\" rasterYSize=\"" + r + "\">\n"
                + "  <SRS>EPSG:4326</SRS>\n  <GeoTransform>" + gt[0] + ", " + gt[1] + ", " + gt[2] + ", " + gt[3] + ", "
                + gt[4] + ", " + gt[5] + "</GeoTransform>\n"
                + "  <VRTRasterBand dataType=\"Float32\" band=\"1\">\n    <NoDataValue>-32768</NoDataValue>\n"
                + source.formatted("ComplexSource", c, r, c, r, "<NODATA>-32768</NODATA><ScaleRatio>0.5</ScaleRatio>",
                        "ComplexSource") + "\n"
                + "  </VRTRasterBand>\n  <VRTRasterBand dataType=\"Float32\" band=\"2\">\n"
                + "    <NoDataValue>-32768</NoDataValue>\n"
                + source.formatted("SimpleSource", c, r, c, r, "", "SimpleSource") + "\n"
                + "  </VRTRasterBand>\n</VRTDataset>\n");
        Path single = tmp.resolve("single.tif");
        Path band2 = tmp.resolve("band2.tif");
        Path band1 = tmp.resolve("band1.tif");
        assertThat(cli.run("raster", "warp", tmp.resolve("lux.tif").toString(), single.toString(), "-q")).isZero();
        assertThat(cli.run("raster", "warp", vrt.toString(), band2.toString(), "-q", "--band", "2")).as(cli.stderr())
                .isZero();
        assertThat(cli.run("raster", "warp", vrt.toString(), band1.toString(), "-q")).isZero();
        float[] expected = RasterFiles.read(single).grid().data();
        assertThat(RasterFiles.read(band2).grid().data()).containsExactly(expected);
        FloatGrid halved = RasterFiles.read(band1).grid();
        FloatGrid whole = RasterFiles.read(single).grid();
        int data = 0;
        for (int i = 0; i < expected.length; i++) {
            if (!whole.isNoData(expected[i])) {
                assertThat(halved.data()[i]).as("cell %d", i).isCloseTo(expected[i] / 2, within(1e-3f));
                data++;
            }
        }
        assertThat(data).isGreaterThan(4000);
        assertThat(cli.run("raster", "warp", vrt.toString(), tmp.resolve("w.tif").toString(), "-b", "3")).isEqualTo(2);
        assertThat(cli.stderr()).contains("lux2.vrt: has no band 3 (it has 2 bands, numbered 1 to 2)");
    }

    @Test
    void visibilityReadsTheBandItIsGiven() throws Exception {
        Path observers = tmp.resolve("observers.geojson");
        Files.writeString(observers, """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [-34.87108, -7.99518]}},
                  {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [-34.90067, -7.97937]}}]}
                """);
        float[][] outs = singleAndBand2("visibility", "--observers", observers.toString());
        assertThat(outs[1]).containsExactly(outs[0]);
        // band 1 is a flatter surface (heights halved): more of it is seen from the same observers
        Path band1 = tmp.resolve("band1.tif");
        assertThat(cli.run("raster", "visibility", BANDS.toString(), band1.toString(), "-q", "-b", "1",
                "--observers", observers.toString())).isZero();
        assertThat(sum(RasterFiles.read(band1).grid())).isGreaterThan(sum(RasterFiles.read(tmp.resolve(
                "visibility_single.tif")).grid()));
    }

    private static double sum(FloatGrid g) {
        double s = 0;
        for (float v : g.data()) {
            s += g.isNoData(v) ? 0 : v;
        }
        return s;
    }

    @Test
    void band3MatchesGdaldemDashB3() {
        Path slope = tmp.resolve("slope3.tif");
        assertThat(cli.run("raster", "slope", BANDS.toString(), slope.toString(), "-q", "-b", "3")).isZero();
        FloatGrid ours = RasterFiles.read(slope).grid();
        FloatGrid gdal = RasterFiles.read(DEMS.resolve("gdal-reference/bands/olinda_band3_slope.tif")).grid();
        int compared = 0;
        for (int i = 0; i < gdal.data().length; i++) {
            if (!gdal.isNoData(gdal.data()[i])) {
                assertThat((double) ours.data()[i]).as("cell %d", i).isCloseTo(gdal.data()[i],
                        org.assertj.core.api.Assertions.within(0.01));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(111 * 111);
        // steeper than band 2's: heights doubled
        assertThat(ours.data()[55 * 111 + 55]).isGreaterThan(RasterFiles.read(
                DEMS.resolve("gdal-reference/olinda_slope_deg_horn.tif")).grid().data()[55 * 111 + 55]);
        Path shade = tmp.resolve("shade3.tif");
        assertThat(cli.run("raster", "hillshade", BANDS.toString(), shade.toString(), "-q", "--band", "3")).isZero();
        float[] s = RasterFiles.read(shade).grid().data();
        float[] g = RasterFiles.read(DEMS.resolve("gdal-reference/bands/olinda_band3_hillshade.tif")).grid().data();
        for (int i = 0; i < g.length; i++) {
            assertThat(Math.abs(s[i] - g[i])).as("cell %d", i).isLessThanOrEqualTo(1f);
        }
    }

    @Test
    void distanceTakesTheFeaturesBand() {
        // the DEM's cells of 1 m are band 1's of 0.5 m and band 3's of 2 m: the same features
        Path b1 = tmp.resolve("d1.tif");
        Path b2 = tmp.resolve("d2.tif");
        Path b3 = tmp.resolve("d3.tif");
        assertThat(cli.run("raster", "distance", OLINDA.toString(), b2.toString(), "--to", OLINDA.toString(),
                "--values", "1", "-q")).isZero();
        assertThat(cli.run("raster", "distance", OLINDA.toString(), b1.toString(), "--to", BANDS.toString(),
                "--band", "1", "--values", "0.5", "-q")).isZero();
        assertThat(cli.run("raster", "distance", OLINDA.toString(), b3.toString(), "--to", BANDS.toString(),
                "-b", "3", "--values", "2", "-q")).isZero();
        float[] expected = RasterFiles.read(b2).grid().data();
        assertThat(RasterFiles.read(b1).grid().data()).containsExactly(expected);
        assertThat(RasterFiles.read(b3).grid().data()).containsExactly(expected);
        assertThat(expected).contains(0f); // 16 cells of 1 m
    }

    @Test
    void infoShowsTheBandAskedFor() {
        assertThat(cli.run("raster", "info", BANDS.toString(), "--stats")).isZero();
        assertThat(cli.stdout()).contains("band 1 of 3 (commands read band 1 unless given --band)")
                .contains("maximum 44.0,");
        assertThat(cli.run("raster", "info", BANDS.toString(), "--stats", "--band", "3", "--json")).isZero();
        assertThat(cli.stdout()).contains("\"bands\" : 3").contains("\"band\" : 3").contains("\"maximum\" : 176.0");
    }

    @Test
    void aBandTheFileDoesNotHaveIsOneSentenceAndExit2() {
        for (String[] job : new String[][] {{"slope"}, {"aspect"}, {"hillshade"},
            {"viewshed", "--observer", ViewshedCommandTest.OBSERVER}, {"warp"}}) {
            Path out = tmp.resolve(job[0] + ".tif");
            String[] args = concat(new String[] {"raster", job[0], BANDS.toString(), out.toString(), "-q", "--band", "4"},
                    java.util.Arrays.copyOfRange(job, 1, job.length));
            assertThat(cli.run(args)).as(String.join(" ", job)).isEqualTo(2);
            assertThat(cli.stderr()).contains(NO_BAND_4);
            assertThat(out).doesNotExist();
        }
        assertThat(cli.run("raster", "info", BANDS.toString(), "-b", "4")).isEqualTo(2);
        assertThat(cli.stderr()).contains(NO_BAND_4);
        Path out = tmp.resolve("d.tif");
        assertThat(cli.run("raster", "distance", OLINDA.toString(), out.toString(), "--to", BANDS.toString(),
                "--band", "4")).isEqualTo(2);
        assertThat(cli.stderr()).contains(NO_BAND_4);
        assertThat(cli.run("raster", "slope", BANDS.toString(), out.toString(), "--band", "0")).isEqualTo(2);
        assertThat(cli.stderr()).contains("--band must be 1 or more (bands are numbered from 1), was 0");
        assertThat(cli.run("raster", "info", BANDS.toString(), "-b", "two")).isEqualTo(2);
        assertThat(cli.stderr()).contains("--band must be a band number (1, 2, ...), was two");
        assertThat(cli.run("raster", "slope", OLINDA.toString(), out.toString(), "--band", "2")).isEqualTo(2);
        assertThat(cli.stderr()).contains("stars_olinda_dem_utm25s.tif: has no band 2 (it has 1 band)");
        assertThat(out).doesNotExist();
    }
}
