package org.plinth.raster.terrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.TestRasters;

/**
 * Slope, aspect and hillshade against gdaldem 3.6.2 outputs (-compute_edges) on the real DEMs:
 * slope within 0.01 deg wherever GDAL has a value, aspect within 0.01 deg (circular) wherever
 * slope >= 0.1 deg, hillshade within 1 grey level; NoData exactly where GDAL has it.
 */
class GdalReferenceTest {

    private static FloatGrid olinda() {
        return TestRasters.read("stars_olinda_dem_utm25s.tif");
    }

    @Test
    void olindaSlopeDegrees() {
        FloatGrid ours = Slope.of(olinda());
        assertClose(ours, TestRasters.read("gdal-reference/olinda_slope_deg_horn.tif"), 0.01);
    }

    @Test
    void olindaSlopePercent() {
        FloatGrid ours = new Slope(olinda(), SlopeOptions.defaults().withUnits(SlopeUnits.PERCENT)).compute();
        assertClose(ours, TestRasters.read("gdal-reference/terrain/olinda_slope_percent.tif"), 0.01);
    }

    @Test
    void luxembourgSlopeWithGdalScale() {
        FloatGrid dem = TestRasters.read("terra_elev_luxembourg.tif");
        FloatGrid ours = new Slope(dem, SlopeOptions.defaults().withScale(111120)).compute();
        assertClose(ours, TestRasters.read("gdal-reference/terra_elev_slope_deg_horn_s111120.tif"), 0.01);
    }

    @Test
    void olindaAspect() {
        FloatGrid dem = olinda();
        assertAspect(Aspect.of(dem), Slope.of(dem), TestRasters.read("gdal-reference/olinda_aspect_deg_horn.tif"));
    }

    @Test
    void olindaHillshadeDefaultAndOtherLight() {
        FloatGrid dem = olinda();
        assertShade(Hillshade.of(dem), TestRasters.read("gdal-reference/olinda_hillshade_az315_alt45.tif"));
        HillshadeOptions o = HillshadeOptions.defaults().withAzimuth(135).withAltitude(30).withZFactor(2);
        assertShade(new Hillshade(dem, o).compute(),
                TestRasters.read("gdal-reference/terrain/olinda_hillshade_az135_alt30_z2.tif"));
    }

    @Test
    void olindaWithNoDataHoles() {
        FloatGrid dem = TestRasters.read("gdal-reference/terrain/olinda_holes.tif");
        FloatGrid slope = Slope.of(dem);
        assertClose(slope, TestRasters.read("gdal-reference/terrain/olinda_holes_slope.tif"), 0.01);
        assertClose(new Slope(dem, SlopeOptions.defaults().withComputeEdges(false)).compute(),
                TestRasters.read("gdal-reference/terrain/olinda_holes_slope_noedges.tif"), 0.01);
        assertAspect(Aspect.of(dem), slope, TestRasters.read("gdal-reference/terrain/olinda_holes_aspect.tif"));
        assertShade(Hillshade.of(dem), TestRasters.read("gdal-reference/terrain/olinda_holes_hillshade.tif"));
    }

    @Test
    void luxembourgWithGdalScaleAspectAndHillshade() {
        FloatGrid dem = TestRasters.read("terra_elev_luxembourg.tif");
        FloatGrid pct = new Slope(dem, SlopeOptions.defaults().withScale(111120).withUnits(SlopeUnits.PERCENT)).compute();
        assertClose(pct, TestRasters.read("gdal-reference/terrain/luxembourg_slope_percent_s111120.tif"), 0.01);
        FloatGrid slope = new Slope(dem, SlopeOptions.defaults().withScale(111120)).compute();
        assertAspect(new Aspect(dem, AspectOptions.defaults().withScale(111120)).compute(), slope,
                TestRasters.read("gdal-reference/terrain/luxembourg_aspect.tif"));
        assertShade(new Hillshade(dem, HillshadeOptions.defaults().withScale(111120)).compute(),
                TestRasters.read("gdal-reference/terrain/luxembourg_hillshade_s111120.tif"));
    }

    @Test
    void zevenbergenThorneAsGdaldemAlgZevenbergenThorne() {
        for (String name : new String[] {"stars_olinda_dem_utm25s", "olinda_holes"}) {
            FloatGrid dem = name.startsWith("stars") ? olinda() : TestRasters.read("gdal-reference/terrain/olinda_holes.tif");
            String ref = "gdal-reference/terrain/" + name;
            FloatGrid slope = new Slope(dem, SlopeOptions.defaults().withGradient(Gradient.ZEVENBERGEN_THORNE)).compute();
            assertClose(slope, TestRasters.read(ref + "_slope_zt.tif"), 0.01);
            assertAspect(new Aspect(dem, AspectOptions.defaults().withGradient(Gradient.ZEVENBERGEN_THORNE)).compute(), slope,
                    TestRasters.read(ref + "_aspect_zt.tif"));
            assertShade(new Hillshade(dem, HillshadeOptions.defaults().withGradient(Gradient.ZEVENBERGEN_THORNE)).compute(),
                    TestRasters.read(ref + "_hillshade_zt.tif"));
            // and it is another estimate than Horn's on this rough terrain
            assertThat(Slope.of(dem).data()).isNotEqualTo(slope.data());
        }
        FloatGrid holes = TestRasters.read("gdal-reference/terrain/olinda_holes.tif");
        assertClose(new Slope(holes, SlopeOptions.defaults().withGradient(Gradient.ZEVENBERGEN_THORNE).withComputeEdges(false))
                .compute(), TestRasters.read("gdal-reference/terrain/olinda_holes_slope_zt_noedges.tif"), 0.01);
        FloatGrid lux = TestRasters.read("terra_elev_luxembourg.tif");
        assertClose(new Slope(lux, SlopeOptions.defaults().withScale(111120).withUnits(SlopeUnits.PERCENT)
                        .withGradient(Gradient.ZEVENBERGEN_THORNE)).compute(),
                TestRasters.read("gdal-reference/terrain/luxembourg_slope_percent_s111120_zt.tif"), 0.01);
    }

    private static void assertClose(FloatGrid ours, FloatGrid gdal, double tol) {
        int compared = 0;
        for (int r = 0; r < gdal.rows(); r++) {
            for (int c = 0; c < gdal.cols(); c++) {
                float g = gdal.get(c, r);
                float o = ours.get(c, r);
                String at = "cell " + c + "," + r;
                if (gdal.isNoData(g)) {
                    assertThat(ours.isNoData(o)).as(at + " ours " + o).isTrue();
                } else {
                    assertThat(ours.isNoData(o)).as(at).isFalse();
                    assertThat((double) o).as(at).isCloseTo(g, within(tol));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(gdal.rows() * gdal.cols() / 2);
    }

    private static void assertAspect(FloatGrid ours, FloatGrid slope, FloatGrid gdal) {
        int compared = 0;
        for (int r = 0; r < gdal.rows(); r++) {
            for (int c = 0; c < gdal.cols(); c++) {
                float s = slope.get(c, r);
                if (slope.isNoData(s) || s < 0.1f) {
                    continue;
                }
                double d = Math.abs(ours.get(c, r) - gdal.get(c, r)) % 360;
                assertThat(Math.min(d, 360 - d)).as("cell " + c + "," + r).isLessThanOrEqualTo(0.01);
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(gdal.rows() * gdal.cols() / 3);
    }

    private static void assertShade(ByteGrid ours, FloatGrid gdal) {
        for (int r = 0; r < gdal.rows(); r++) {
            for (int c = 0; c < gdal.cols(); c++) {
                int g = (int) gdal.get(c, r);
                int o = ours.get(c, r);
                if (g == 0) {
                    assertThat(o).as("cell " + c + "," + r).isZero();
                } else {
                    assertThat(o).as("cell " + c + "," + r).isBetween(g - 1, g + 1);
                }
            }
        }
    }
}
