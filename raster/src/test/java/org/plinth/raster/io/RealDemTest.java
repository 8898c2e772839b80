package org.plinth.raster.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.PixelAnchor;

/** The two real DEMs read as GeoTIFF must equal their ESRI ASCII copies made by gdal_translate. */
class RealDemTest {

    static Path resource(String name) {
        try {
            return Path.of(RealDemTest.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void luxembourgInt16GeographicWithNoDataMatchesItsAsciiCopy() {
        RasterFile tif = GeoTiffReader.read(resource("dems/terra_elev_luxembourg.tif"));
        RasterFile asc = AsciiGridReader.read(resource("dems/terra_elev_luxembourg.asc"));
        assertThat(tif.dataType()).isEqualTo(RasterDataType.INT16);
        assertThat(asc.dataType()).isEqualTo(RasterDataType.INT32);
        assertThat(tif.anchor()).isEqualTo(PixelAnchor.CORNER);
        FloatGrid g = tif.grid();
        assertThat(g.cols()).isEqualTo(95);
        assertThat(g.rows()).isEqualTo(90);
        assertThat(g.noData()).isEqualTo(-32768f);
        assertThat(g.geometry().crs().epsgCode()).hasValue(4326);
        assertThat(g.geometry().crs().isGeographic()).isTrue();
        assertThat(asc.grid().geometry().crs().epsgCode()).hasValue(4326);
        // gdalinfo: Origin = (5.741666666666666,50.191666666666663), Pixel Size = (0.008333333333333,-0.008333333333333)
        GeoTransform t = g.geometry().transform();
        assertThat(t.originX()).isCloseTo(5.741666666666666, within(1e-12));
        assertThat(t.originY()).isCloseTo(50.191666666666663, within(1e-12));
        assertThat(t.pixelWidth()).isCloseTo(0.008333333333333, within(1e-12));
        assertThat(t.pixelHeight()).isCloseTo(-0.008333333333333, within(1e-12));
        assertSameCells(g, asc.grid());
        assertThat(g.get(31, 1)).isEqualTo(529f);
    }

    @Test
    void olindaFloat32UserDefinedUtmMatchesItsAsciiCopy() {
        RasterFile tif = GeoTiffReader.read(resource("dems/stars_olinda_dem_utm25s.tif"));
        RasterFile asc = AsciiGridReader.read(resource("dems/stars_olinda_dem_utm25s.asc"));
        assertThat(tif.dataType()).isEqualTo(RasterDataType.FLOAT32);
        FloatGrid g = tif.grid();
        assertThat(g.cols()).isEqualTo(111);
        assertThat(g.rows()).isEqualTo(111);
        assertThat(g.noData()).isNull();
        GeoTransform t = g.geometry().transform();
        // gdalinfo: Origin = (288776.250000803149305,9120760.750028736889362), Pixel Size = 89.994067349451157
        assertThat(t.originX()).isEqualTo(288776.250000803149305);
        assertThat(t.originY()).isEqualTo(9120760.750028736889362);
        assertThat(t.pixelWidth()).isEqualTo(89.994067349451157);
        assertThat(g.geometry().crs().isGeographic()).isFalse();
        assertThat(g.geometry().crs().epsgCode()).isEmpty();
        assertThat(g.geometry().crs().inverseFlattening()).isEqualTo(298.257222101);
        assertThat(g.geometry().crs().wkt()).hasValueSatisfying(w -> assertThat(w)
                .contains("Transverse_Mercator").contains("PARAMETER[\"central_meridian\",-33]")
                .contains("PARAMETER[\"false_northing\",10000000]"));
        assertThat(asc.grid().geometry().crs().wkt()).hasValueSatisfying(w -> assertThat(w).contains("UTM_Zone_25"));
        assertThat(asc.grid().geometry().transform().originX()).isCloseTo(t.originX(), within(1e-6));
        assertThat(asc.grid().geometry().transform().originY()).isCloseTo(t.originY(), within(1e-3));
        assertSameCells(g, asc.grid());
        assertThat(g.get(0, 0)).isEqualTo(38f);
    }

    static void assertSameCells(FloatGrid a, FloatGrid b) {
        assertThat(a.cols()).isEqualTo(b.cols());
        assertThat(a.rows()).isEqualTo(b.rows());
        for (int r = 0; r < a.rows(); r++) {
            for (int c = 0; c < a.cols(); c++) {
                if (Float.floatToIntBits(a.get(c, r)) != Float.floatToIntBits(b.get(c, r))) {
                    throw new AssertionError("cell (" + c + ", " + r + "): " + a.get(c, r) + " vs " + b.get(c, r));
                }
            }
        }
    }

    /** Bit-for-bit equality of two float arrays, naming the first differing index (fast for big arrays). */
    static void assertSameData(float[] actual, float[] expected) {
        assertThat(actual.length).isEqualTo(expected.length);
        for (int i = 0; i < actual.length; i++) {
            if (Float.floatToIntBits(actual[i]) != Float.floatToIntBits(expected[i])) {
                throw new AssertionError("index " + i + ": expected " + expected[i] + ", was " + actual[i]);
            }
        }
    }
}
