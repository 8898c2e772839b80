package org.plinth.raster.terrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.crs.CellMetrics;
import org.plinth.raster.crs.Ellipsoid;

class GeographicTerrainTest {

    /**
     * A degree DEM near 50N (EPSG:4326, 0.001-degree cells) sampling a ramp that rises 0.5 m per metre
     * eastwards, with metres measured along each row's parallel: z = 0.5 * (lon - 6) * m(lat), where
     * m(lat) is metres per degree of longitude. The true slope is atan(0.5) = 26.565 deg facing west
     * (270). The latitude-aware spacing recovers it; the mean north-south change in z along a column
     * is tiny (m varies by 2e-5 relative per row), so the error stays below 0.01 deg.
     */
    @Test
    void degreeDemGivesSlopeInMetresFromLatitude() {
        int w = 9;
        int h = 7;
        GridGeometry g = new GridGeometry(w, h, GeoTransform.northUp(6, 50.0, 0.001, 0.001), Crs.epsg(4326));
        CellMetrics m = new CellMetrics(Ellipsoid.WGS84);
        float[] z = new float[w * h];
        for (int r = 0; r < h; r++) {
            double perDegree = m.metresPerDegreeLongitude(g.transform().centreY(r));
            for (int c = 0; c < w; c++) {
                z[r * w + c] = (float) (0.5 * (g.transform().centreX(c) - 6) * perDegree);
            }
        }
        FloatGrid dem = new FloatGrid(g, z, null);
        FloatGrid slope = Slope.of(dem);
        FloatGrid aspect = Aspect.of(dem);
        for (int r = 1; r < h - 1; r++) {
            for (int c = 1; c < w - 1; c++) {
                assertThat(slope.get(c, r)).isCloseTo(26.565051f, within(0.01f));
                assertThat(aspect.get(c, r)).isCloseTo(270f, within(0.01f));
            }
        }
        // gdaldem's single scale (111120 m per degree on both axes) overstates the east-west cell size at
        // 50N by 1/cos(50) = 1.56, so it finds a much gentler slope: atan(0.5 * 0.0716...) ~ 17.9 deg.
        FloatGrid gdalLike = new Slope(dem, SlopeOptions.defaults().withScale(111120)).compute();
        assertThat(gdalLike.get(4, 3)).isLessThan(18.5f).isGreaterThan(17f);
    }
}
