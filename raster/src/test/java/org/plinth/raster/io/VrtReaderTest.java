package org.plinth.raster.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.InvalidInputException;
import org.plinth.raster.Monitor;
import org.plinth.raster.Window;

/**
 * GDAL VRTs as gdalbuildvrt makes them read as GDAL reads them: each fixture VRT (made by
 * {@code vrt/make_fixtures.sh}) against {@code gdal_translate}'s GeoTIFF of it, bit for bit; windows
 * against the full read; and what plinth does not reproduce is refused in one sentence naming the VRT.
 */
class VrtReaderTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"int16_mosaic", "float32_plain", "float32_vrtnodata", "srcnodata", "scaled", "clamp_byte",
        "clamp_int16", "clamp_uint16", "hidenodata", "near", "near64", "ninf", "offsets"})
    void readsAsGdalTranslateReadsIt(String name) {
        Path vrt = RealDemTest.resource("vrt/" + name + ".vrt");
        RasterFile ours = RasterFiles.read(vrt);
        RasterFile gdal = GeoTiffReader.read(RealDemTest.resource("vrt/" + name + ".ref.tif"));
        assertThat(RasterFiles.detect(vrt)).isEqualTo(RasterFiles.Format.VRT);
        assertThat(ours.grid().geometry()).isEqualTo(gdal.grid().geometry());
        assertThat(ours.grid().geometry().crs().epsgCode()).hasValue(32636);
        assertThat(ours.grid().noData()).isEqualTo(gdal.grid().noData());
        assertThat(ours.dataType()).isEqualTo(gdal.dataType());
        RealDemTest.assertSameData(ours.grid().data(), gdal.grid().data());
        RasterHeader h = RasterFiles.header(vrt);
        assertThat(h.geometry()).isEqualTo(gdal.grid().geometry());
        assertThat(h.noData()).isEqualTo(gdal.grid().noData());
        assertThat(h.dataType()).isEqualTo(gdal.dataType());
    }

    @Test
    void theFixturesExerciseWhatTheyClaim() {
        // gaps NoData, gaps 0, gaps -9999, and source cells of 105 left unpainted
        FloatGrid mosaic = RasterFiles.read(RealDemTest.resource("vrt/int16_mosaic.vrt")).grid();
        assertThat(mosaic.get(58, 38)).isEqualTo(-32768f);
        assertThat(mosaic.get(29, 5)).isEqualTo(100 + (7 * 5) % 50);
        FloatGrid plain = RasterFiles.read(RealDemTest.resource("vrt/float32_plain.vrt")).grid();
        assertThat(plain.noData()).isNull();
        assertThat(plain.get(58, 0)).isZero();
        FloatGrid vrtNoData = RasterFiles.read(RealDemTest.resource("vrt/float32_vrtnodata.vrt")).grid();
        assertThat(vrtNoData.get(58, 0)).isEqualTo(-9999f);
        FloatGrid src = RasterFiles.read(RealDemTest.resource("vrt/srcnodata.vrt")).grid();
        long unpainted = 0;
        for (int r = 0; r < 20; r++) {
            // the east tile (t = 1) from its second column on, and the shared column 29
            for (int c = 30; c < 59; c++) {
                int v = 100 + (3 * (c - 29) + 7 * r) % 50;
                unpainted += v == 105 ? 1 : 0;
                assertThat(src.get(c, r)).isEqualTo(v == 105 ? -9999f : v);
            }
            int east = 100 + (7 * r) % 50;
            assertThat(src.get(29, r)).isEqualTo(east == 105 ? (3 * 29 + 7 * r) % 50 : east);
        }
        assertThat(unpainted).isPositive();
        // Int16 300 / -5 in a Byte band, Int32 ±70000 in Int16 and UInt16 bands: clamped
        assertThat(RasterFiles.read(RealDemTest.resource("vrt/clamp_byte.vrt")).grid().data()).containsExactly(255, 0, 100, 255);
        assertThat(RasterFiles.read(RealDemTest.resource("vrt/clamp_int16.vrt")).grid().data())
                .containsExactly(32767, -32768, 100, -5);
        assertThat(RasterFiles.read(RealDemTest.resource("vrt/clamp_uint16.vrt")).grid().data()).containsExactly(65535, 0, 100, 0);
        // -hidenodata: the gaps hold -32768 as data and no NoData is declared
        FloatGrid hidden = RasterFiles.read(RealDemTest.resource("vrt/hidenodata.vrt")).grid();
        assertThat(hidden.noData()).isNull();
        assertThat(hidden.get(58, 38)).isEqualTo(-32768f);
        // within float epsilon of -9999 is NoData for a ComplexSource; -9998.99 is not
        assertThat(RasterFiles.read(RealDemTest.resource("vrt/near.vrt")).grid().data())
                .containsExactly(-9999f, -9999f, -9999f, -9998.99f, -9999.01f, 5f);
        // in Float64 too, where GDAL keeps float's epsilon: -9999.004 is NoData
        assertThat(RasterFiles.read(RealDemTest.resource("vrt/near64.vrt")).grid().data())
                .containsExactly(-9999f, -9999f, -9999f, -9998.99f, -9999.01f, 5f);
        FloatGrid ninf = RasterFiles.read(RealDemTest.resource("vrt/ninf.vrt")).grid();
        assertThat(ninf.noData()).isEqualTo(Float.NEGATIVE_INFINITY);
        assertThat(ninf.data()).containsExactly(1f, Float.NEGATIVE_INFINITY, 3f, Float.POSITIVE_INFINITY);
        // rectangles off their sources and off the VRT: the parts inside both are painted
        FloatGrid offsets = RasterFiles.read(RealDemTest.resource("vrt/offsets.vrt")).grid();
        assertThat(offsets.get(0, 0)).isEqualTo(mosaic.get(0, 0));
        assertThat(offsets.get(29, 0)).isEqualTo(100 + (3 * 5 + 0) % 50);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"int16_mosaic", "float32_plain", "srcnodata"})
    void windowsEqualTheFullReadInTheWindow(String name) {
        Path vrt = RealDemTest.resource("vrt/" + name + ".vrt");
        FloatGrid full = RasterFiles.read(vrt).grid();
        long seed = name.hashCode();
        System.out.println("vrt window " + name + " seed " + seed);
        for (Window w : WindowedReadTest.windows(full.cols(), full.rows(), new SplittableRandom(seed))) {
            WindowedReadTest.assertSameCells(full, w, RasterFiles.read(vrt, w, Monitor.NONE).grid(), name);
        }
        assertThatThrownBy(() -> RasterFiles.read(vrt, new Window(50, 0, 60, 5), Monitor.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not inside the 59 x " + full.rows() + " grid");
    }

    @Test
    void whatPlinthDoesNotReproduceIsRefusedNamingTheVrt() throws IOException {
        assertRefused(RealDemTest.resource("vrt/resampled.vrt"), "resampled.vrt: source 2 is resampled (SrcRect 15 x 10, "
                + "DstRect 30 x 20)");
        assertRefused(RealDemTest.resource("vrt/warped.vrt"), "warped.vrt: a VRTWarpedDataset");
        assertRefused(RealDemTest.resource("vrt/alpha.vrt"), "alpha.vrt: source 1 uses its mask band");
        assertRefused(RealDemTest.resource("vrt/nodata_range.vrt"), "nodata_range.vrt: NoDataValue 40000 is not a value that a "
                + "band of type Int16 holds");
        assertRefused(RealDemTest.resource("vrt/rounding.vrt"), "rounding.vrt: source 1 puts Float32 values in an integer "
                + "band (Int16), which GDAL rounds in ways plinth does not reproduce");
        String tile = Files.readString(RealDemTest.resource("vrt/int16_mosaic.vrt"));
        assertRefused(write("moved.vrt", tile), "moved.vrt: source 1: i16_00.tif: no such file");
        assertRefused(write("zip.vrt", tile.replace(">i16_00.tif<", ">/vsizip/tiles.zip/i16_00.tif<")),
                "zip.vrt: source 1: /vsizip/tiles.zip/i16_00.tif is in a GDAL virtual file system");
        assertRefused(write("band.vrt", tile.replace("<SourceBand>1</SourceBand>", "<SourceBand>0</SourceBand>")),
                "band.vrt: source 1: SourceBand 0 is not a band number plinth reads (1 or more)");
        assertRefused(write("lut.vrt", tile.replace("<NODATA>-32768</NODATA>", "<LUT>0:0,100:1</LUT>")),
                "lut.vrt: source 1 has LUT, which plinth does not apply");
        assertRefused(write("avg.vrt", tile.replace("ComplexSource>", "AveragedSource>")),
                "avg.vrt: source 1 is a AveragedSource");
        assertRefused(write("half.vrt", tile.replace("xOff=\"29\" yOff=\"0\" xSize=\"30\"", "xOff=\"29.5\" yOff=\"0\" xSize=\"30\"")),
                "half.vrt: source 2: DstRect xOff 29.5 is not a whole number of cells");
        assertRefused(write("nan.vrt", tile.replace("<NoDataValue>-32768</NoDataValue>", "<NoDataValue>nan</NoDataValue>")),
                "nan.vrt: NoDataValue nan is not a value that a band of type Int16 holds");
        assertRefused(write("oo.vrt", tile.replace("<SourceBand>1</SourceBand>",
                "<SourceBand>1</SourceBand><OpenOptions><OOI key=\"OVERVIEW_LEVEL\">0</OOI></OpenOptions>")),
                "oo.vrt: source 1 has OpenOptions, which plinth does not apply");
        assertRefused(write("root.vrt", tile.replace("relativeToVRT=\"1\">i16_00.tif<", "relativeToVRT=\"0\">/<")),
                "root.vrt: source 1: SourceFilename / names no file");
        assertRefused(write("flat.vrt", tile.replaceAll("<GeoTransform>[^<]*</GeoTransform>",
                "<GeoTransform>0, 0, 0, 0, 0, -30</GeoTransform>")), "flat.vrt: GeoTransform '0, 0, 0, 0, 0, -30': ");
        assertRefused(write("epsg.vrt", tile.replaceAll("<SRS[^>]*>[^<]*</SRS>", "<SRS>EPSG:99999999999</SRS>")),
                "epsg.vrt: SRS EPSG:99999999999 is not an EPSG code");
        assertRefused(write("srs.vrt", tile.replaceAll("<SRS[^>]*>[^<]*</SRS>", "<SRS>+proj=utm +zone=36 +datum=WGS84</SRS>")),
                "srs.vrt: SRS '+proj=utm +zone=36 +datum=WGS84' is neither WKT nor EPSG:n");
        // a VRT of a VRT is refused whatever the source's name (a VRT naming itself would recurse)
        Path self = dir.resolve("self.xml");
        Files.writeString(self, tile.replace(">i16_00.tif<", ">self.xml<"));
        assertRefused(self, "self.xml: source 1: self.xml is itself a VRT");
        assertRefused(write("derived.vrt", tile.replace("band=\"1\"", "band=\"1\" subClass=\"VRTDerivedRasterBand\"")),
                "derived.vrt: band 1 is a VRTDerivedRasterBand");
        assertRefused(write("cut.vrt", tile.substring(0, tile.length() / 2)), "cut.vrt: not a readable VRT");
        assertRefused(write("size.vrt", tile.replace("rasterXSize=\"59\"", "rasterXSize=\"-59\"")),
                "size.vrt: rasterXSize '-59' is not a positive whole number");
        assertRefused(write("type.vrt", tile.replace("dataType=\"Int16\"", "dataType=\"CFloat32\"")),
                "type.vrt: band 1 dataType CFloat32 is not a sample type plinth reads");
        // an external entity is not fetched: the parser refuses the DOCTYPE
        assertRefused(write("xxe.vrt", "<?xml version=\"1.0\"?><!DOCTYPE v [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + tile.replace("<ColorInterp>Gray</ColorInterp>", "<ColorInterp>&e;</ColorInterp>")), "xxe.vrt: not a readable VRT");
    }

    @Test
    void sourcesResolveBesideTheVrtOrAsGivenAndScaleOrClamp() throws IOException {
        Path tiles = Files.createDirectories(dir.resolve("tiles"));
        for (String t : new String[] {"i16_00.tif", "i16_10.tif", "i16_01.tif"}) {
            Files.copy(RealDemTest.resource("vrt/" + t), tiles.resolve(t));
        }
        String tile = Files.readString(RealDemTest.resource("vrt/int16_mosaic.vrt"));
        // absolute paths (relativeToVRT="0") and a ComplexSource with ScaleRatio/ScaleOffset
        String absolute = tile.replace("relativeToVRT=\"1\">", "relativeToVRT=\"0\">" + tiles + "/");
        Path vrt = write("abs.vrt", absolute.replace("dataType=\"Int16\"", "dataType=\"Float32\"")
                .replace("<NODATA>-32768</NODATA>", "<NODATA>-32768</NODATA><ScaleOffset>1000</ScaleOffset><ScaleRatio>2</ScaleRatio>"));
        FloatGrid scaled = RasterFiles.read(vrt).grid();
        FloatGrid plain = RasterFiles.read(RealDemTest.resource("vrt/int16_mosaic.vrt")).grid();
        // Int16 sources in an Int8 band are clamped to 127
        FloatGrid narrow = RasterFiles.read(write("int8.vrt", absolute.replace("dataType=\"Int16\"", "dataType=\"Int8\"")
                .replace("<NoDataValue>-32768</NoDataValue>", "<NoDataValue>-128</NoDataValue>"))).grid();
        for (int i = 0; i < plain.data().length; i++) {
            float p = plain.data()[i];
            assertThat(scaled.data()[i]).isEqualTo(p == -32768f ? p : 2 * p + 1000);
            assertThat(narrow.data()[i]).isEqualTo(p == -32768f ? -128 : Math.min(127, p));
        }
        assertThat(narrow.data()).contains(127f, 49f);
        assertRefused(write("scaled16.vrt", absolute.replace("<NODATA>-32768</NODATA>",
                "<NODATA>-32768</NODATA><ScaleRatio>0.5</ScaleRatio>")), "scaled16.vrt: source 1 puts scaled values in an "
                + "integer band (Int16)");
    }

    @Test
    void aSimpleSourceHasNoNodataOrScalingAndABandWithoutTypeIsByte() throws IOException {
        String plain = Files.readString(RealDemTest.resource("vrt/float32_plain.vrt"));
        Path tiles = RealDemTest.resource("vrt/f32_00.tif").getParent();
        String absolute = plain.replace("relativeToVRT=\"1\">", "relativeToVRT=\"0\">" + tiles + "/");
        // GDAL ignores NODATA and ScaleOffset/ScaleRatio inside a SimpleSource
        Path ignored = write("simple.vrt", absolute.replace("</DstRect>", "</DstRect>").replace("<DstRect xOff=\"0\" yOff=\"0\" xSize=\"30\" ySize=\"20\" />",
                "<DstRect xOff=\"0\" yOff=\"0\" xSize=\"30\" ySize=\"20\" /><NODATA>5</NODATA><ScaleOffset>3</ScaleOffset>"));
        assertThat(Files.readString(ignored)).contains("<NODATA>5</NODATA>");
        assertThat(RasterFiles.read(ignored).grid().data())
                .containsExactly(RasterFiles.read(RealDemTest.resource("vrt/float32_plain.vrt")).grid().data());
        // no dataType: Byte, as GDAL defaults (float values in it are refused, as for -ot Byte)
        Path untyped = write("untyped.vrt", absolute.replace(" dataType=\"Float32\"", ""));
        assertThat(RasterFiles.header(untyped).dataType()).isEqualTo(RasterDataType.BYTE);
        assertRefused(untyped, "untyped.vrt: source 1 puts Float32 values in an integer band (Byte)");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static void assertRefused(Path vrt, String message) {
        assertThatThrownBy(() -> RasterFiles.read(vrt)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(message);
    }
}
