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

    /**
     * A degree DEM on a sphere of radius 6371 km (as GDAL writes {@code +proj=longlat +R=6371000}: inverse
     * flattening 0): a degree is R·π/180 m along a meridian and that times cos(lat) along a parallel.
     * z rises 1 m per cell northwards (0.001°: 111.195 m), so the slope is atan(1 / 111.195) = 0.51527°
     * facing south; the same ramp eastwards at 50.0035°N (row 3) rises over 111.195·cos(50.0035°) m.
     */
    @Test
    void degreeDemOnASphereGivesMetresOfThatSphere() {
        Crs sphere = Crs.of(null, "GEOGCS[\"unknown\",DATUM[\"unknown\",SPHEROID[\"Sphere\",6371000,0]],"
                + "PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]]", true, 6_371_000, 0);
        int w = 5;
        int h = 7;
        GridGeometry g = new GridGeometry(w, h, GeoTransform.northUp(6, 50.007, 0.001, 0.001), sphere);
        double cell = 6_371_000 * Math.PI / 180 * 0.001;
        float[] north = new float[w * h];
        float[] east = new float[w * h];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                north[r * w + c] = h - r;
                east[r * w + c] = c;
            }
        }
        FloatGrid slopeNorth = Slope.of(new FloatGrid(g, north, null));
        assertThat((double) slopeNorth.get(2, 3)).isCloseTo(Math.toDegrees(Math.atan(1 / cell)), within(1e-5));
        assertThat(Aspect.of(new FloatGrid(g, north, null)).get(2, 3)).isCloseTo(180f, within(0.01f));
        double across = cell * Math.cos(Math.toRadians(g.transform().centreY(3)));
        assertThat((double) Slope.of(new FloatGrid(g, east, null)).get(2, 3))
                .isCloseTo(Math.toDegrees(Math.atan(1 / across)), within(1e-5));
        assertThat(new Ellipsoid(6_371_000, 0).flattening()).isZero();
    }
}
