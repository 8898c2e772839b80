package org.plinth.raster.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.PixelAnchor;

/**
 * Every GDAL-made fixture in {@code resources/tiff} (see make_fixtures.sh there) reads to the
 * geotransform, CRS, NoData, type and band count that {@code gdalinfo -json} recorded in
 * fixtures.tsv, and to the deterministic pattern the script filled it with.
 */
class GeoTiffFixtureTest {
    static final int COLS = 37;

    /** One line of fixtures.tsv. */
    record Golden(String file, String type, int cols, int rows, double[] gt, String epsg, String noData,
                  int bands, String anchor) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Golden> fixtures() throws IOException {
        Path tsv = RealDemTest.resource("tiff/fixtures.tsv");
        return Files.readAllLines(tsv).stream().filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> {
            String[] f = l.split("\t");
            double[] gt = new double[6];
            for (int i = 0; i < 6; i++) {
                gt[i] = Double.parseDouble(f[4 + i]);
            }
            return new Golden(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), gt, f[10], f[11],
                    Integer.parseInt(f[12]), f[13]);
        });
    }

    /** The script's pattern for cell number {@code k} (row * 37 + col), as a float. */
    static float pattern(String type, long k) {
        return switch (type) {
            case "Byte" -> (37 * k + 11) % 256;
            case "Int8" -> (37 * k + 11) % 256 - 128;
            case "UInt16" -> (2311 * k + 7) % 65536;
            case "Int16" -> (2311 * k + 7) % 65536 - 32768;
            case "UInt32" -> (2654435761L * k + 12345) % (1L << 32);
            case "Int32" -> (float) ((2654435761L * k + 12345) % (1L << 32) - (1L << 31));
            case "Float32" -> (float) ((k - 400) * 0.37 * (1 + k % 7));
            case "Float64" -> (float) ((k - 400) * 0.37 * (1 + k % 7) / 3.0);
            default -> throw new IllegalArgumentException(type);
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void readsAsGdalDoes(Golden g) {
        RasterFile f = GeoTiffReader.read(RealDemTest.resource("tiff/" + g.file()));
        FloatGrid grid = f.grid();
        assertThat(f.dataType().gdalName()).isEqualTo(g.type());
        assertThat(grid.cols()).isEqualTo(g.cols());
        assertThat(grid.rows()).isEqualTo(g.rows());
        assertThat(f.bandCount()).isEqualTo(g.bands());
        assertThat(f.anchor()).isEqualTo(g.anchor().equals("Point") ? PixelAnchor.CENTER : PixelAnchor.CORNER);
        GeoTransform t = grid.geometry().transform();
        assertThat(t.toArray()).containsExactly(g.gt());
        if (g.epsg().equals("none")) {
            assertThat(grid.geometry().crs().epsgCode()).isEmpty();
        } else {
            assertThat(grid.geometry().crs().epsgCode()).hasValue(Integer.parseInt(g.epsg()));
        }
        Float noData = g.noData().equals("none") ? null : Float.parseFloat(g.noData());
        assertThat(grid.noData()).isEqualTo(noData);
        for (int r = 0; r < grid.rows(); r++) {
            for (int c = 0; c < grid.cols(); c++) {
                long k = (long) r * COLS + c;
                float expected = noData != null && k % 11 == 0 ? noData : pattern(g.type(), k);
                float actual = grid.get(c, r);
                if (Float.floatToIntBits(actual) != Float.floatToIntBits(expected)) {
                    throw new AssertionError(g.file() + " cell (" + c + ", " + r + "): expected " + expected
                            + ", was " + actual);
                }
            }
        }
    }

    @Test
    void longLzwStripWithTableResetsDecodes() {
        // make_fixtures.sh: x = 2654435761 k mod 2^32; x ^= x >> 15; x = 2246822519 x mod 2^32; value = x >> 30.
        FloatGrid g = GeoTiffReader.read(RealDemTest.resource("tiff/lzw_table_resets_byte.tif")).grid();
        assertThat(g.cols()).isEqualTo(256);
        for (int k = 0; k < 256 * 256; k++) {
            long x = 2654435761L * k & 0xFFFF_FFFFL;
            x ^= x >> 15;
            x = 2246822519L * x & 0xFFFF_FFFFL; // the low 32 bits survive overflow
            if (g.data()[k] != (x >> 30)) {
                throw new AssertionError("cell " + k + ": expected " + (x >> 30) + ", was " + g.data()[k]);
            }
        }
    }

    @Test
    void userDefinedTransverseMercatorKeepsItsParametersAsWkt() {
        // make_fixtures.sh: +proj=tmerc +lat_0=0 +lon_0=37.5 +k=0.9999 +x_0=250000 +y_0=-5000000 +ellps=krass
        org.plinth.raster.Crs crs = GeoTiffReader.read(RealDemTest.resource("tiff/usertm_float32_deflate2_tiled.tif"))
                .grid().geometry().crs();
        assertThat(crs.isGeographic()).isFalse();
        assertThat(crs.semiMajorAxis()).isEqualTo(6378245.0);
        assertThat(crs.inverseFlattening()).isEqualTo(298.3);
        assertThat(crs.wkt()).hasValueSatisfying(w -> assertThat(w).contains("PROJECTION[\"Transverse_Mercator\"]")
                .contains("PARAMETER[\"central_meridian\",37.5]").contains("PARAMETER[\"scale_factor\",0.9999]")
                .contains("PARAMETER[\"false_easting\",250000]").contains("PARAMETER[\"false_northing\",-5000000]"));
    }

    @Test
    void projectedCoordinatesInFeetKeepTheirUnitAndTheKernelsRefuseThem() {
        // make_fixtures.sh: EPSG:2263 (NAD83 / New York Long Island ftUS); GDAL writes ProjLinearUnitsGeoKey 9003
        org.plinth.raster.Crs crs = GeoTiffReader.read(RealDemTest.resource("tiff/feet2263_float32_none_striped.tif"))
                .grid().geometry().crs();
        assertThat(crs.epsgCode()).hasValue(2263);
        assertThat(crs.linearUnit()).isEqualTo("US survey foot");
        assertThat(crs.metresPerUnit()).isEqualTo(1200.0 / 3937.0);
        assertThatThrownBy(() -> crs.requireMetricUnits("slope"))
                .isInstanceOf(org.plinth.raster.InvalidInputException.class)
                .hasMessage("slope measures in metres, but the grid's CRS (EPSG:2263) has coordinates in US survey foot"
                        + " (of 0.3048006096012192 m); reproject the grid to a CRS in metres first (e.g. gdalwarp"
                        + " -t_srs EPSG:<UTM zone code>)");
        assertThat(org.plinth.raster.Crs.epsg(32636).metresPerUnit()).isEqualTo(1.0);
    }

    @Test
    void aGridInFeetIsWrittenWithItsUnit(@org.junit.jupiter.api.io.TempDir Path dir) {
        FloatGrid feet = GeoTiffReader.read(RealDemTest.resource("tiff/feet2263_float32_none_striped.tif")).grid();
        Path out = dir.resolve("copy.tif");
        RasterFiles.write(out, feet, GeoTiffWriteOptions.defaults());
        org.plinth.raster.Crs back = GeoTiffReader.read(out).grid().geometry().crs();
        assertThat(back.epsgCode()).hasValue(2263);
        assertThat(back.linearUnit()).isEqualTo("US survey foot");
        assertThat(back.metresPerUnit()).isEqualTo(1200.0 / 3937.0);
    }
}
