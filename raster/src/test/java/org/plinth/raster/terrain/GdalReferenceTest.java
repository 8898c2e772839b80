package org.plinth.raster.terrain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;

/**
 * Slope, aspect and hillshade against gdaldem 3.6.2 outputs (-compute_edges) on the real DEMs:
 * slope within 0.01 deg wherever GDAL has a value, aspect within 0.01 deg (circular) wherever
 * slope >= 0.1 deg, hillshade within 1 grey level; NoData exactly where GDAL has it.
 */
class GdalReferenceTest {
    private static final Crs OLINDA = Crs.of(null, "UTM 25S GRS80", false, 6378137.0, 298.257222101);
    private static final Crs WGS84 = Crs.epsg(4326);

    private static FloatGrid olinda() {
        return Refs.read("stars_olinda_dem_utm25s.tif", OLINDA);
    }

    @Test
    void olindaSlopeDegrees() {
        FloatGrid ours = Slope.of(olinda());
        assertClose(ours, Refs.read("gdal-reference/olinda_slope_deg_horn.tif", OLINDA), 0.01);
    }

    @Test
    void olindaSlopePercent() {
        FloatGrid ours = new Slope(olinda(), SlopeOptions.defaults().withUnits(SlopeUnits.PERCENT)).compute();
        assertClose(ours, Refs.read("gdal-reference/terrain/olinda_slope_percent.tif", OLINDA), 0.01);
    }

    @Test
    void luxembourgSlopeWithGdalScale() {
        FloatGrid dem = Refs.read("terra_elev_luxembourg.tif", WGS84);
        FloatGrid ours = new Slope(dem, SlopeOptions.defaults().withScale(111120)).compute();
        assertClose(ours, Refs.read("gdal-reference/terra_elev_slope_deg_horn_s111120.tif", WGS84), 0.01);
    }

    @Test
    void olindaAspect() {
        FloatGrid dem = olinda();
        assertAspect(Aspect.of(dem), Slope.of(dem), Refs.read("gdal-reference/olinda_aspect_deg_horn.tif", OLINDA));
    }

    @Test
    void olindaHillshadeDefaultAndOtherLight() {
        FloatGrid dem = olinda();
        assertShade(Hillshade.of(dem), Refs.read("gdal-reference/olinda_hillshade_az315_alt45.tif", OLINDA));
        HillshadeOptions o = HillshadeOptions.defaults().withAzimuth(135).withAltitude(30).withZFactor(2);
        assertShade(new Hillshade(dem, o).compute(),
                Refs.read("gdal-reference/terrain/olinda_hillshade_az135_alt30_z2.tif", OLINDA));
    }

    @Test
    void olindaWithNoDataHoles() {
        FloatGrid dem = Refs.read("gdal-reference/terrain/olinda_holes.tif", OLINDA);
        FloatGrid slope = Slope.of(dem);
        assertClose(slope, Refs.read("gdal-reference/terrain/olinda_holes_slope.tif", OLINDA), 0.01);
        assertClose(new Slope(dem, SlopeOptions.defaults().withComputeEdges(false)).compute(),
                Refs.read("gdal-reference/terrain/olinda_holes_slope_noedges.tif", OLINDA), 0.01);
        assertAspect(Aspect.of(dem), slope, Refs.read("gdal-reference/terrain/olinda_holes_aspect.tif", OLINDA));
        assertShade(Hillshade.of(dem), Refs.read("gdal-reference/terrain/olinda_holes_hillshade.tif", OLINDA));
    }

    @Test
    void luxembourgWithGdalScaleAspectAndHillshade() {
        FloatGrid dem = Refs.read("terra_elev_luxembourg.tif", WGS84);
        FloatGrid pct = new Slope(dem, SlopeOptions.defaults().withScale(111120).withUnits(SlopeUnits.PERCENT)).compute();
        assertClose(pct, Refs.read("gdal-reference/terrain/luxembourg_slope_percent_s111120.tif", WGS84), 0.01);
        FloatGrid slope = new Slope(dem, SlopeOptions.defaults().withScale(111120)).compute();
        assertAspect(new Aspect(dem, AspectOptions.defaults().withScale(111120)).compute(), slope,
                Refs.read("gdal-reference/terrain/luxembourg_aspect.tif", WGS84));
        assertShade(new Hillshade(dem, HillshadeOptions.defaults().withScale(111120)).compute(),
                Refs.read("gdal-reference/terrain/luxembourg_hillshade_s111120.tif", WGS84));
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
                    assertThat((double) o).as(at).isCloseTo(g, org.assertj.core.api.Assertions.within(tol));
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
