package org.plinth.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.io.RasterDataType;
import org.plinth.raster.io.RasterFile;
import org.plinth.raster.io.RasterFiles;

/**
 * plinth raster slope / aspect / hillshade end to end: run the CLI into a temporary folder, read the
 * GeoTIFF back and compare with gdaldem 3.6.2's outputs kept in the raster module's test resources.
 */
class TerrainCommandsTest {
    /** The raster module's DEMs and gdaldem references (tests run in the app module's folder). */
    private static final Path DEMS = Path.of("../raster/src/test/resources/dems");
    private static final Path OLINDA = DEMS.resolve("stars_olinda_dem_utm25s.tif");
    private static final Path LUXEMBOURG = DEMS.resolve("terra_elev_luxembourg.tif");

    @TempDir
    Path tmp;

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    private String stderr() {
        return cli.stderr();
    }

    @Test
    void slopeMatchesGdaldemAndIsFloat32WithNoDataMinus9999() {
        Path o = tmp.resolve("slope.tif");
        assertThat(run("raster", "slope", OLINDA.toString(), o.toString(), "--quiet")).isZero();
        RasterFile f = RasterFiles.read(o);
        assertThat(f.dataType()).isEqualTo(RasterDataType.FLOAT32);
        assertThat(f.grid().noData()).isEqualTo(-9999f);
        assertThat(f.grid().geometry().crs().isKnown()).isTrue();
        assertClose(f.grid(), RasterFiles.read(DEMS.resolve("gdal-reference/olinda_slope_deg_horn.tif")).grid(), 0.01);
    }

    @Test
    void slopeInPercentAndWithGdalScaleOnADegreeDem() {
        Path pct = tmp.resolve("pct.tif");
        assertThat(run("raster", "slope", OLINDA.toString(), pct.toString(), "--units", "percent")).isZero();
        assertClose(RasterFiles.read(pct).grid(),
                RasterFiles.read(DEMS.resolve("gdal-reference/terrain/olinda_slope_percent.tif")).grid(), 0.01);
        Path lux = tmp.resolve("lux.tif");
        assertThat(run("raster", "slope", LUXEMBOURG.toString(), lux.toString(), "--scale", "111120")).isZero();
        assertClose(RasterFiles.read(lux).grid(),
                RasterFiles.read(DEMS.resolve("gdal-reference/terra_elev_slope_deg_horn_s111120.tif")).grid(), 0.01);
    }

    @Test
    void zevenbergenThorneAsGdaldemAlg() {
        String ref = "gdal-reference/terrain/stars_olinda_dem_utm25s_";
        Path slope = tmp.resolve("zt_slope.tif");
        assertThat(run("raster", "slope", OLINDA.toString(), slope.toString(), "--alg", "ZevenbergenThorne")).isZero();
        assertClose(RasterFiles.read(slope).grid(), RasterFiles.read(DEMS.resolve(ref + "slope_zt.tif")).grid(), 0.01);
        Path shade = tmp.resolve("zt_shade.tif");
        assertThat(run("raster", "hillshade", OLINDA.toString(), shade.toString(), "--alg=zevenbergen-thorne")).isZero();
        Path aspect = tmp.resolve("zt_aspect.tif");
        assertThat(run("raster", "aspect", OLINDA.toString(), aspect.toString(), "--alg", "ZT")).isZero();
        assertThat(run("raster", "slope", OLINDA.toString(), tmp.resolve("x.tif").toString(), "--alg", "Sobel"))
                .isEqualTo(2);
        assertThat(stderr()).contains("--alg must be Horn or ZevenbergenThorne, was Sobel");
        assertThat(tmp.resolve("x.tif")).doesNotExist();
    }

    @Test
    void degreeDemWithoutScaleUsesMetresFromLatitude() {
        // Near 49.8N a degree of longitude is 71.9 km, not gdaldem's 111.12 km, so east-west gradients are
        // 1.55 times steeper than with -s 111120: slopes come out larger almost everywhere.
        Path geo = tmp.resolve("geo.tif");
        Path gdalLike = tmp.resolve("gdal.tif");
        assertThat(run("raster", "slope", LUXEMBOURG.toString(), geo.toString())).isZero();
        assertThat(run("raster", "slope", LUXEMBOURG.toString(), gdalLike.toString(), "--scale", "111120")).isZero();
        FloatGrid a = RasterFiles.read(geo).grid();
        FloatGrid b = RasterFiles.read(gdalLike).grid();
        int steeper = 0;
        int valid = 0;
        for (int i = 0; i < a.data().length; i++) {
            if (!a.isNoData(a.data()[i])) {
                valid++;
                steeper += a.data()[i] >= b.data()[i] ? 1 : 0;
            }
        }
        assertThat(valid).isGreaterThan(3000);
        assertThat(steeper).isGreaterThan(valid * 95 / 100);
    }

    @Test
    void aspectAndHillshadeMatchGdaldem() {
        Path aspect = tmp.resolve("aspect.tif");
        Path slope = tmp.resolve("slope.tif");
        Path shade = tmp.resolve("shade.tif");
        assertThat(run("raster", "aspect", OLINDA.toString(), aspect.toString())).isZero();
        assertThat(run("raster", "slope", OLINDA.toString(), slope.toString())).isZero();
        assertThat(run("raster", "hillshade", OLINDA.toString(), shade.toString(), "--azimuth", "135",
                "--altitude", "30", "--z-factor", "2")).isZero();
        FloatGrid ours = RasterFiles.read(aspect).grid();
        FloatGrid s = RasterFiles.read(slope).grid();
        FloatGrid gdal = RasterFiles.read(DEMS.resolve("gdal-reference/olinda_aspect_deg_horn.tif")).grid();
        assertThat(ours.noData()).isEqualTo(-9999f);
        for (int i = 0; i < ours.data().length; i++) {
            if (s.data()[i] >= 0.1f) {
                double d = Math.abs(ours.data()[i] - gdal.data()[i]) % 360;
                assertThat(Math.min(d, 360 - d)).isLessThanOrEqualTo(0.01);
            }
        }
        RasterFile h = RasterFiles.read(shade);
        assertThat(h.dataType()).isEqualTo(RasterDataType.BYTE);
        assertThat(h.grid().noData()).isEqualTo(0f);
        FloatGrid gdalShade = RasterFiles.read(DEMS.resolve("gdal-reference/terrain/olinda_hillshade_az135_alt30_z2.tif"))
                .grid();
        for (int i = 0; i < gdalShade.data().length; i++) {
            assertThat(h.grid().data()[i]).isCloseTo(gdalShade.data()[i], within(1f));
        }
    }

    @Test
    void noEdgesLeavesTheBorderNoData() {
        Path o = tmp.resolve("noedges.tif");
        assertThat(run("raster", "slope", OLINDA.toString(), o.toString(), "--no-edges")).isZero();
        FloatGrid g = RasterFiles.read(o).grid();
        assertThat(g.get(0, 5)).isEqualTo(-9999f);
        assertThat(g.get(5, 0)).isEqualTo(-9999f);
        assertThat(g.get(5, 5)).isNotEqualTo(-9999f);
    }

    @Test
    void compressedOutputHoldsTheSameValues() {
        Path plain = tmp.resolve("plain.tif");
        Path deflate = tmp.resolve("deflate.tif");
        assertThat(run("raster", "hillshade", OLINDA.toString(), plain.toString())).isZero();
        assertThat(run("raster", "hillshade", OLINDA.toString(), deflate.toString(), "--compress", "deflate")).isZero();
        assertThat(RasterFiles.read(deflate).grid().data()).containsExactly(RasterFiles.read(plain).grid().data());
        assertThat(deflate.toFile().length()).isLessThan(plain.toFile().length());
        assertThat(run("raster", "hillshade", OLINDA.toString(), deflate.toString(), "--compress", "jpeg")).isEqualTo(2);
    }

    @Test
    void demWithoutCrsIsRefusedWithExitTwoAndNoOutputUnlessScaleIsGiven() throws IOException {
        Path dem = tmp.resolve("nocrs.asc");
        Files.writeString(dem, "ncols 3\nnrows 3\nxllcorner 0\nyllcorner 0\ncellsize 10\n1 2 3\n4 5 6\n7 8 9\n");
        Path o = tmp.resolve("out.tif");
        assertThat(run("raster", "slope", dem.toString(), o.toString())).isEqualTo(2);
        assertThat(stderr()).contains("has no CRS").contains("--scale");
        assertThat(o).doesNotExist();
        assertThat(run("raster", "hillshade", dem.toString(), o.toString())).isEqualTo(2);
        assertThat(o).doesNotExist();
        // Aspect needs only the ratio of cell width to height, but without a CRS not even that is known
        // (degree cells are not square); any --scale says the cells are as square as their sizes.
        assertThat(run("raster", "aspect", dem.toString(), o.toString())).isEqualTo(2);
        assertThat(stderr()).contains("nocrs.asc has no CRS").contains("--scale");
        assertThat(o).doesNotExist();
        assertThat(run("raster", "aspect", dem.toString(), o.toString(), "--scale", "1")).isZero();
        Files.delete(o);
        assertThat(run("raster", "slope", dem.toString(), o.toString(), "--scale", "1")).isZero();
        // z rises 1 per 10 m east and 3 per 10 m south: atan(hypot(0.1, 0.3)) = 17.548 deg at the centre.
        assertThat(RasterFiles.read(o).grid().get(1, 1)).isCloseTo(17.548f, within(0.001f));
    }

    @Test
    void badArgumentsExitTwoAndWriteNothing() {
        Path o = tmp.resolve("bad.tif");
        assertThat(run("raster", "slope", OLINDA.toString(), o.toString(), "--units", "radians")).isEqualTo(2);
        assertThat(stderr()).contains("radians");
        assertThat(run("raster", "slope", OLINDA.toString(), o.toString(), "--scale", "-1")).isEqualTo(2);
        assertThat(stderr()).contains("-1.0");
        assertThat(run("raster", "hillshade", OLINDA.toString(), o.toString(), "--altitude", "120")).isEqualTo(2);
        assertThat(stderr()).contains("120.0");
        assertThat(run("raster", "slope", tmp.resolve("missing.tif").toString(), o.toString())).isEqualTo(2);
        assertThat(stderr()).contains("missing.tif");
        assertThat(run("raster", "aspect", OLINDA.toString(), tmp.resolve("no/such/dir/x.tif").toString()))
                .isEqualTo(2);
        assertThat(run("raster", "slope", OLINDA.toString())).isEqualTo(2);
        assertThat(o).doesNotExist();
        assertThat(tmp.toFile().list()).isEmpty();
    }

    @Test
    void helpExplainsUnitsAndTheCommandsAreListed() {
        assertThat(run("raster", "slope", "--help")).isZero();
        String help = cli.stdout();
        assertThat(help).contains("--units").contains("--scale").contains("--no-edges").contains("latitude")
                .contains("-9999");
        assertThat(run("raster", "--help")).isZero();
        assertThat(cli.stdout()).contains("slope").contains("aspect").contains("hillshade");
    }

    private static void assertClose(FloatGrid ours, FloatGrid gdal, double tol) {
        int compared = 0;
        for (int i = 0; i < gdal.data().length; i++) {
            float g = gdal.data()[i];
            float o = ours.data()[i];
            assertThat(ours.isNoData(o)).as("NoData at %d", i).isEqualTo(gdal.isNoData(g));
            if (!gdal.isNoData(g)) {
                assertThat((double) o).as("cell %d", i).isCloseTo(g, within(tol));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(gdal.data().length / 2);
    }

    @Test
    void coordinatesInFeetAreRefusedUnlessScaleSaysWhatTheHeightsAre() {
        // EPSG:2263, US survey feet (raster test fixture made by GDAL, ProjLinearUnitsGeoKey 9003)
        Path feet = Path.of("../raster/src/test/resources/tiff/feet2263_float32_none_striped.tif");
        Path o = tmp.resolve("out.tif");
        assertThat(run("raster", "slope", feet.toString(), o.toString())).isEqualTo(2);
        assertThat(stderr()).isEqualTo("plinth: feet2263_float32_none_striped.tif: its CRS (EPSG:2263) has coordinates"
                + " in US survey foot, and plinth measures in metres; give --scale (height units per horizontal unit:"
                + " 0.3048006096012192 when heights are in metres, 1 when they are in US survey foot too) or reproject"
                + " the DEM to a CRS in metres" + System.lineSeparator());
        assertThat(run("raster", "hillshade", feet.toString(), o.toString())).isEqualTo(2);
        assertThat(run("raster", "viewshed", feet.toString(), o.toString(), "--observer", "1001000,199000")).isEqualTo(2);
        assertThat(stderr()).contains(feet + ": a viewshed measures in metres").contains("US survey foot");
        assertThat(o).doesNotExist();
        // aspect needs only the cells' shape, which feet do not change
        assertThat(run("raster", "aspect", feet.toString(), o.toString())).isZero();
        assertThat(run("raster", "slope", feet.toString(), o.toString(), "--scale", "0.3048006096012192")).isZero();
        // Horn's slope with 100 ftUS = 30.48 m cells, checked against one hand-computed interior cell below
        FloatGrid dem = RasterFiles.read(feet).grid();
        double w = 100 * 1200.0 / 3937.0;
        double dzdx = ((dem.get(3, 1) + 2 * dem.get(3, 2) + dem.get(3, 3)) - (dem.get(1, 1) + 2 * dem.get(1, 2)
                + dem.get(1, 3))) / (8 * w);
        double dzdy = ((dem.get(1, 3) + 2 * dem.get(2, 3) + dem.get(3, 3)) - (dem.get(1, 1) + 2 * dem.get(2, 1)
                + dem.get(3, 1))) / (8 * w);
        assertThat(RasterFiles.read(o).grid().get(2, 2))
                .isCloseTo((float) Math.toDegrees(Math.atan(Math.hypot(dzdx, dzdy))), within(1e-3f));
    }

    @Test
    void aWebMercatorDemGetsAScaleWarningAndAUtmDemNone() {
        // 20 x 20 cells of 30 m in EPSG:3857 around 60° N (Mercator stretches distances x2 there)
        float[] z = new float[400];
        for (int k = 0; k < z.length; k++) {
            z[k] = (k % 20) * 3f;
        }
        Path merc = tmp.resolve("merc.tif");
        RasterFiles.write(merc, new FloatGrid(new org.plinth.raster.GridGeometry(20, 20, new org.plinth.raster.GeoTransform(
                3_339_585, 30, 0, 8_399_738, 0, -30), org.plinth.raster.Crs.epsg(3857)), z, null),
                org.plinth.raster.io.GeoTiffWriteOptions.defaults());
        assertThat(run("raster", "slope", merc.toString(), tmp.resolve("s.tif").toString(), "-q")).isZero();
        assertThat(stderr()).startsWith("plinth: warning: merc.tif is in EPSG:3857, which stretches distances at its"
                + " centre (east-west x1.99").contains("reproject to the UTM zone").hasLineCount(1);
        assertThat(run("raster", "slope", OLINDA.toString(), tmp.resolve("s2.tif").toString(), "-q")).isZero();
        assertThat(stderr()).isEmpty();
    }

    @Test
    void anEpsgCodeInFeetWithoutTheUnitKeyIsStillRefused() throws IOException {
        // the GDAL-made EPSG:2263 fixture with ProjLinearUnitsGeoKey (3076, 9003) renamed to an unused key:
        // GDAL still takes US survey feet from the EPSG definition, and so must plinth
        byte[] b = Files.readAllBytes(Path.of("../raster/src/test/resources/tiff/feet2263_float32_none_striped.tif"));
        java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int at = -1;
        for (int k = 0; k + 8 <= b.length; k += 2) {
            if (bb.getShort(k) == 3076 && bb.getShort(k + 2) == 0 && bb.getShort(k + 4) == 1 && bb.getShort(k + 6) == 9003) {
                at = k;
                break;
            }
        }
        assertThat(at).isPositive();
        bb.putShort(at, (short) 3099);
        Path noKey = tmp.resolve("nokey.tif");
        Files.write(noKey, b);
        assertThat(RasterFiles.read(noKey).grid().geometry().crs().metresPerUnit()).isEqualTo(1.0);
        assertThat(run("raster", "slope", noKey.toString(), tmp.resolve("s.tif").toString())).isEqualTo(2);
        assertThat(stderr()).isEqualTo("plinth: nokey.tif: its CRS (EPSG:2263) has coordinates in units of"
                + " 0.304800609601219 m, and plinth measures in metres; reproject it to a CRS in metres first (e.g."
                + " gdalwarp -t_srs EPSG:<UTM zone code>)" + System.lineSeparator());
        assertThat(tmp.resolve("s.tif")).doesNotExist();
    }
}
