package org.plinth.raster.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.InvalidInputException;
import org.plinth.raster.Monitor;
import org.plinth.raster.Window;

/**
 * Any band of a multi-band raster reads as GDAL reads it ({@code gdal_translate -b N}, {@code gdaldem
 * -b N}): every band of the GDAL-made multi-band fixtures (pixel- and band-interleaved, strips and tiles,
 * uncompressed and compressed, with and without NoData) equals the pattern make_fixtures.sh filled it
 * with, whole and in seeded random windows; a VRT's bands and a source's {@code SourceBand} are compared
 * with gdal_translate; a band a file does not have is refused in one sentence.
 */
class BandReadTest {
    @TempDir
    Path dir;

    static Stream<Arguments> bands() throws IOException {
        return GeoTiffFixtureTest.fixtures().filter(g -> g.bands() > 1)
                .flatMap(g -> java.util.stream.IntStream.rangeClosed(1, g.bands()).mapToObj(b -> Arguments.of(g, b)));
    }

    @ParameterizedTest(name = "{0} band {1}")
    @MethodSource("bands")
    void everyBandReadsToItsPattern(GeoTiffFixtureTest.Golden g, int band) {
        Path path = RealDemTest.resource("tiff/" + g.file());
        RasterFile f = RasterFiles.read(path, band, null, Monitor.NONE);
        FloatGrid grid = f.grid();
        assertThat(f.bandCount()).isEqualTo(g.bands());
        assertThat(f.dataType().gdalName()).isEqualTo(g.type());
        Float noData = g.noData().equals("none") ? null : Float.parseFloat(g.noData());
        assertThat(grid.noData()).isEqualTo(noData);
        for (int r = 0; r < grid.rows(); r++) {
            for (int c = 0; c < grid.cols(); c++) {
                long k = (long) r * GeoTiffFixtureTest.COLS + c;
                float expected = noData != null && k % 11 == 0 ? noData
                        : GeoTiffFixtureTest.pattern(g.type(), k + 1000L * (band - 1));
                float actual = grid.get(c, r);
                if (Float.floatToIntBits(actual) != Float.floatToIntBits(expected)) {
                    throw new AssertionError(g.file() + " band " + band + " cell (" + c + ", " + r + "): expected "
                            + expected + ", was " + actual);
                }
            }
        }
        RasterHeader h = RasterFiles.header(path, band);
        assertThat(h.geometry()).isEqualTo(grid.geometry());
        assertThat(h.dataType()).isEqualTo(f.dataType());
        assertThat(h.noData()).isEqualTo(noData);
        assertThat(h.bandCount()).isEqualTo(g.bands());
    }

    @ParameterizedTest(name = "{0} band {1}")
    @MethodSource("bands")
    void aWindowOfABandIsTheBandCropped(GeoTiffFixtureTest.Golden g, int band) {
        Path path = RealDemTest.resource("tiff/" + g.file());
        FloatGrid full = RasterFiles.read(path, band, null, Monitor.NONE).grid();
        long seed = (g.file() + band).hashCode();
        SplittableRandom random = new SplittableRandom(seed);
        List<Window> windows = new ArrayList<>(List.of(new Window(0, 0, 1, 1), new Window(36, 22, 37, 23),
                new Window(1, 0, 37, 23), new Window(15, 14, 17, 18)));
        for (int i = 0; i < 20; i++) {
            int c0 = random.nextInt(37);
            int r0 = random.nextInt(23);
            windows.add(new Window(c0, r0, c0 + 1 + random.nextInt(37 - c0), r0 + 1 + random.nextInt(23 - r0)));
        }
        for (Window w : windows) {
            FloatGrid part = RasterFiles.read(path, band, w, Monitor.NONE).grid();
            for (int r = w.rowStart(); r < w.rowStop(); r++) {
                for (int c = w.colStart(); c < w.colStop(); c++) {
                    if (Float.floatToIntBits(part.get(c - w.colStart(), r - w.rowStart()))
                            != Float.floatToIntBits(full.get(c, r))) {
                        throw new AssertionError(g.file() + " band " + band + " window " + w + " (seed " + seed
                                + ") cell (" + c + ", " + r + ")");
                    }
                }
            }
        }
    }

    @Test
    void byteBandsReadAsBytes() {
        Path path = RealDemTest.resource("tiff/bands3_byte_pixel_lzw2_tiled.tif");
        for (int band = 1; band <= 3; band++) {
            ByteGrid bytes = RasterFiles.readBytes(path, band, Monitor.NONE).orElseThrow();
            for (int k = 0; k < 37 * 23; k++) {
                assertThat(bytes.data()[k] & 0xff).as("band %d cell %d", band, k)
                        .isEqualTo((37 * (k + 1000 * (band - 1)) + 11) % 256);
            }
        }
    }

    @Test
    void aBandTheFileDoesNotHaveIsRefused() {
        Path three = RealDemTest.resource("tiff/bands3_uint16_pixel_none_striped.tif");
        assertThatThrownBy(() -> RasterFiles.read(three, 4, null, Monitor.NONE)).isInstanceOf(InvalidInputException.class)
                .hasMessage("bands3_uint16_pixel_none_striped.tif: has no band 4 (it has 3 bands, numbered 1 to 3)");
        assertThatThrownBy(() -> RasterFiles.header(three, 0)).isInstanceOf(InvalidInputException.class)
                .hasMessage("bands3_uint16_pixel_none_striped.tif: has no band 0 (it has 3 bands, numbered 1 to 3)");
        Path one = RealDemTest.resource("tiff/float32_none_striped.tif");
        assertThatThrownBy(() -> RasterFiles.read(one, 2, null, Monitor.NONE))
                .hasMessage("float32_none_striped.tif: has no band 2 (it has 1 band)");
        Path asc = RealDemTest.resource("dems/stars_olinda_dem_utm25s.asc");
        assertThatThrownBy(() -> RasterFiles.read(asc, 2, null, Monitor.NONE))
                .hasMessage("stars_olinda_dem_utm25s.asc: has no band 2 (it has 1 band)");
        assertThatThrownBy(() -> RasterFiles.header(asc, 2))
                .hasMessage("stars_olinda_dem_utm25s.asc: has no band 2 (it has 1 band)");
        assertThat(RasterFiles.read(asc, 1, null, Monitor.NONE).grid().data())
                .containsExactly(RasterFiles.read(asc).grid().data());
    }

    @Test
    void srtmTilesHaveOneBand() throws IOException {
        Path hgt = HgtReaderTest.tile(dir, "N51E036.hgt", 0);
        assertThatThrownBy(() -> RasterFiles.read(hgt, 2, null, Monitor.NONE))
                .hasMessage("N51E036.hgt: has no band 2 (it has 1 band)");
        assertThat(RasterFiles.header(hgt, 1).bandCount()).isEqualTo(1);
    }

    /** A VRT of a multi-band GeoTIFF (gdalbuildvrt keeps its bands) and one of its band 3 (gdalbuildvrt -b 3). */
    @Test
    void vrtBandsAndSourceBandsReadAsGdalReadsThem() throws Exception {
        assumeThat(GdalCompatibilityTest.onPath("gdalbuildvrt") && GdalCompatibilityTest.onPath("gdal_translate"))
                .as("GDAL on PATH").isTrue();
        for (String name : new String[] {"bands3_uint16_pixel_none_striped.tif", "bands4_int16_nodata_pixel_none_tiled.tif",
            "bands3_float64_band_lzw3_tiled.tif"}) {
            Path tif = dir.resolve(name);
            Files.copy(RealDemTest.resource("tiff/" + name), tif);
            Path all = dir.resolve(name + ".vrt");
            GdalCompatibilityTest.run("gdalbuildvrt", "-q", all.toString(), tif.toString());
            int bands = RasterFiles.header(all).bandCount();
            assertThat(bands).isEqualTo(RasterFiles.header(tif).bandCount()).isGreaterThan(2);
            for (int b = 1; b <= bands; b++) {
                Path ref = dir.resolve(name + ".b" + b + ".tif");
                GdalCompatibilityTest.run("gdal_translate", "-q", "-b", String.valueOf(b), all.toString(), ref.toString());
                RasterFile gdal = GeoTiffReader.read(ref);
                RasterFile ours = RasterFiles.read(all, b, null, Monitor.NONE);
                assertThat(ours.grid().geometry()).isEqualTo(gdal.grid().geometry());
                assertThat(ours.grid().noData()).isEqualTo(gdal.grid().noData());
                assertThat(ours.dataType()).isEqualTo(gdal.dataType());
                RealDemTest.assertSameData(ours.grid().data(), gdal.grid().data());
                // and the band read from the GeoTIFF itself
                RealDemTest.assertSameData(RasterFiles.read(tif, b, null, Monitor.NONE).grid().data(), gdal.grid().data());
            }
            Path third = dir.resolve(name + ".only3.vrt");
            GdalCompatibilityTest.run("gdalbuildvrt", "-q", "-b", "3", third.toString(), tif.toString());
            assertThat(Files.readString(third)).contains("<SourceBand>3</SourceBand>");
            Path ref = dir.resolve(name + ".only3.tif");
            GdalCompatibilityTest.run("gdal_translate", "-q", third.toString(), ref.toString());
            RasterFile ours = RasterFiles.read(third);
            assertThat(ours.bandCount()).isEqualTo(1);
            RealDemTest.assertSameData(ours.grid().data(), GeoTiffReader.read(ref).grid().data());
            assertThatThrownBy(() -> RasterFiles.read(all, bands + 1, null, Monitor.NONE))
                    .hasMessage(all.getFileName() + ": has no band " + (bands + 1) + " (it has " + bands
                            + " bands, numbered 1 to " + bands + ")");
        }
    }

    @Test
    void aSourceBandTheSourceDoesNotHaveIsRefusedNamingTheSource() throws IOException {
        Path tif = dir.resolve("two.tif");
        Files.copy(RealDemTest.resource("tiff/bands2_float32_band_none_tiled.tif"), tif);
        Path vrt = dir.resolve("five.vrt");
        Files.writeString(vrt, """
                <VRTDataset rasterXSize="37" rasterYSize="23">
                  <GeoTransform>431000, 30, 0, 5731000, 0, -30</GeoTransform>
                  <VRTRasterBand dataType="Float32" band="1">
                    <SimpleSource>
                      <SourceFilename relativeToVRT="1">two.tif</SourceFilename>
                      <SourceBand>%s</SourceBand>
                      <SrcRect xOff="0" yOff="0" xSize="37" ySize="23"/>
                      <DstRect xOff="0" yOff="0" xSize="37" ySize="23"/>
                    </SimpleSource>
                  </VRTRasterBand>
                </VRTDataset>
                """.formatted("5"));
        assertThatThrownBy(() -> RasterFiles.read(vrt)).isInstanceOf(InvalidInputException.class)
                .hasMessage("five.vrt: source 1: two.tif: has no band 5 (it has 2 bands, numbered 1 to 2)");
        Files.writeString(vrt, Files.readString(vrt).replace(">5<", ">mask,1<"));
        assertThatThrownBy(() -> RasterFiles.read(vrt)).isInstanceOf(InvalidInputException.class)
                .hasMessage("five.vrt: source 1: SourceBand mask,1 is not a band number plinth reads (1 or more)");
        Files.writeString(vrt, Files.readString(vrt).replace(">mask,1<", ">2<"));
        FloatGrid second = RasterFiles.read(vrt).grid();
        RealDemTest.assertSameData(second.data(), RasterFiles.read(tif, 2, null, Monitor.NONE).grid().data());
    }
}
