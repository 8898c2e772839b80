package org.plinth.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.io.RasterFiles;

/** plinth raster warp against gdalwarp 3.6.2's outputs (-et 0, -ot Float32) kept in the raster module's resources. */
class WarpCommandTest {
    private static final Path DEMS = Path.of("../raster/src/test/resources/dems");
    private static final Path LUXEMBOURG = DEMS.resolve("terra_elev_luxembourg.tif");
    private static final Path REF = DEMS.resolve("gdal-reference/warp");

    @TempDir
    Path tmp;

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void nearestAndBilinearAsGdalwarpOnTheZoneOfTheCentre() {
        Path near = tmp.resolve("near.tif");
        assertThat(run("raster", "warp", LUXEMBOURG.toString(), near.toString(), "-r", "near", "--et", "0", "-q")).isZero();
        assertSame(RasterFiles.read(near).grid(), RasterFiles.read(REF.resolve("luxembourg_utm32_near.tif")).grid(), 0);
        Path bilinear = tmp.resolve("bilinear.tif");
        assertThat(run("raster", "warp", LUXEMBOURG.toString(), bilinear.toString(), "--t-srs", "EPSG:32632", "--et", "0"))
                .isZero();
        assertSame(RasterFiles.read(bilinear).grid(), RasterFiles.read(REF.resolve("luxembourg_utm32_bilinear.tif")).grid(),
                1e-3);
        Path coarse = tmp.resolve("coarse.tif");
        assertThat(run("raster", "warp", LUXEMBOURG.toString(), coarse.toString(), "--tr", "250", "--et", "0")).isZero();
        assertSame(RasterFiles.read(coarse).grid(),
                RasterFiles.read(REF.resolve("luxembourg_utm32_bilinear_250m.tif")).grid(), 1e-3);
    }

    @Test
    void badTargetsAndProjectedSourcesExitTwoAndWriteNothing() {
        Path o = tmp.resolve("o.tif");
        assertThat(run("raster", "warp", LUXEMBOURG.toString(), o.toString(), "--t-srs", "EPSG:3857")).isEqualTo(2);
        assertThat(cli.stderr()).contains("EPSG:3857 is not a WGS 84 / UTM zone");
        assertThat(run("raster", "warp", LUXEMBOURG.toString(), o.toString(), "-r", "cubic")).isEqualTo(2);
        assertThat(cli.stderr()).contains("--resampling must be near or bilinear, was cubic");
        assertThat(run("raster", "warp", LUXEMBOURG.toString(), o.toString(), "--tr", "0")).isEqualTo(2);
        assertThat(run("raster", "warp", DEMS.resolve("stars_olinda_dem_utm25s.tif").toString(), o.toString()))
                .isEqualTo(2);
        assertThat(cli.stderr()).contains("warp needs a source grid in longitude/latitude, but "
                + "its CRS is projected");
        assertThat(o).doesNotExist();
    }

    @Test
    void aTileOfAVrtInputIsNotOverwritten() throws Exception {
        Path tile = Files.copy(LUXEMBOURG, tmp.resolve("tile.tif"));
        Path vrt = Files.writeString(tmp.resolve("m.vrt"), "<VRTDataset rasterXSize=\"1\" rasterYSize=\"1\"><SRS>EPSG:4326</SRS>"
                + "<GeoTransform>5.7, 0.1, 0, 50.2, 0, -0.1</GeoTransform><VRTRasterBand dataType=\"Float32\" band=\"1\">"
                + "<SimpleSource><SourceFilename relativeToVRT=\"1\">tile.tif</SourceFilename><SourceBand>1</SourceBand>"
                + "<SrcRect xOff=\"0\" yOff=\"0\" xSize=\"1\" ySize=\"1\"/><DstRect xOff=\"0\" yOff=\"0\" xSize=\"1\" "
                + "ySize=\"1\"/></SimpleSource></VRTRasterBand></VRTDataset>");
        byte[] before = Files.readAllBytes(tile);
        assertThat(run("raster", "warp", vrt.toString(), tile.toString())).isEqualTo(2);
        assertThat(cli.stderr()).contains("is " + tile + ", a tile of the input " + vrt);
        assertThat(Files.readAllBytes(tile)).isEqualTo(before);
        assertThat(run("raster", "slope", vrt.toString(), tile.toString(), "--scale", "111120")).isEqualTo(2);
        assertThat(Files.readAllBytes(tile)).isEqualTo(before);
    }

    @Test
    void aTileOfAnyBandOfAVrtIsNotOverwrittenEvenWhereThatBandCannotBeRead() throws Exception {
        // band 1 reads fine; band 2 is derived and band 3 takes a mask: plinth reads neither, but their
        // tiles are still the user's files
        Path one = Files.copy(LUXEMBOURG, tmp.resolve("one.tif"));
        Path two = Files.copy(LUXEMBOURG, tmp.resolve("two.tif"));
        Path three = Files.copy(LUXEMBOURG, tmp.resolve("three.tif"));
        String rect = "<SrcRect xOff=\"0\" yOff=\"0\" xSize=\"1\" ySize=\"1\"/><DstRect xOff=\"0\" yOff=\"0\" "
                + "xSize=\"1\" ySize=\"1\"/>";
        Path vrt = Files.writeString(tmp.resolve("m3.vrt"), "<VRTDataset rasterXSize=\"1\" rasterYSize=\"1\">"
                + "<SRS>EPSG:4326</SRS><GeoTransform>5.7, 0.1, 0, 50.2, 0, -0.1</GeoTransform>"
                + "<VRTRasterBand dataType=\"Float32\" band=\"1\"><SimpleSource><SourceFilename relativeToVRT=\"1\">"
                + "one.tif</SourceFilename><SourceBand>1</SourceBand>" + rect + "</SimpleSource></VRTRasterBand>"
                + "<VRTRasterBand dataType=\"Float32\" band=\"2\" subClass=\"VRTDerivedRasterBand\"><SimpleSource>"
                + "<SourceFilename relativeToVRT=\"1\">two.tif</SourceFilename>" + rect + "</SimpleSource></VRTRasterBand>"
                + "<VRTRasterBand dataType=\"Float32\" band=\"3\"><SimpleSource><SourceFilename relativeToVRT=\"1\">"
                + "three.tif</SourceFilename><SourceBand>mask,1</SourceBand>" + rect + "</SimpleSource></VRTRasterBand>"
                + "</VRTDataset>");
        byte[] before = Files.readAllBytes(two);
        for (Path tile : new Path[] {one, two, three}) {
            assertThat(run("raster", "slope", vrt.toString(), tile.toString(), "--scale", "111120")).isEqualTo(2);
            assertThat(cli.stderr()).contains("is " + tile + ", a tile of the input " + vrt);
            assertThat(Files.readAllBytes(tile)).isEqualTo(before);
        }
    }

    private static void assertSame(FloatGrid ours, FloatGrid gdal, double tol) {
        assertThat(ours.geometry().crs().epsgCode()).isEqualTo(gdal.geometry().crs().epsgCode());
        assertThat(ours.cols()).isEqualTo(gdal.cols());
        assertThat(ours.rows()).isEqualTo(gdal.rows());
        double[] a = ours.geometry().transform().toArray();
        double[] b = gdal.geometry().transform().toArray();
        for (int i = 0; i < 6; i++) {
            assertThat(a[i]).isCloseTo(b[i], within(1e-3));
        }
        assertThat(ours.noData()).isEqualTo(gdal.noData());
        int compared = 0;
        for (int i = 0; i < gdal.data().length; i++) {
            float g = gdal.data()[i];
            float o = ours.data()[i];
            if (gdal.isNoData(g)) {
                assertThat(ours.isNoData(o)).as("cell " + i).isTrue();
            } else {
                assertThat((double) o).as("cell " + i).isCloseTo(g, within(tol));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(gdal.data().length / 3); // Luxembourg fills about half its box
    }
}
