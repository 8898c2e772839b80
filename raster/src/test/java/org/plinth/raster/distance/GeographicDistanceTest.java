package org.plinth.raster.distance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;

class GeographicDistanceTest {
    private static final Geodesy WGS84 = Geodesy.of(Crs.epsg(4326));

    @Test
    void vincentyMatchesPublishedFlindersPeakToBuninyong() {
        // Vincenty (1975) / Geoscience Australia worked example on GRS80: 54 972.271 m.
        Geodesy grs80 = new Geodesy(6378137.0, 298.257222101);
        double lat1 = -(37 + 57 / 60.0 + 3.72030 / 3600);
        double lon1 = 144 + 25 / 60.0 + 29.52440 / 3600;
        double lat2 = -(37 + 39 / 60.0 + 10.15610 / 3600);
        double lon2 = 143 + 55 / 60.0 + 35.38390 / 3600;
        assertThat(grs80.distance(lat1, lon1, lat2, lon2)).isCloseTo(54972.271, within(0.001));
    }

    @Test
    void meridianQuadrantAndParallelRadius() {
        // WGS 84 meridian quadrant 10 001 965.729 m; at the equator the parallel radius is a.
        assertThat(WGS84.meridianArc(90)).isCloseTo(10001965.729, within(0.001));
        assertThat(WGS84.parallelRadius(0)).isCloseTo(6378137.0, within(1e-6));
        // Along a meridian the geodesic is the arc difference.
        assertThat(WGS84.distance(50, 6, 51, 6)).isCloseTo(WGS84.meridianArc(51) - WGS84.meridianArc(50), within(1e-3));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {5, 17, 4326, 90210})
    void geographicGridMatchesBruteForceGeodesicMinimum(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int cols = 10 + rnd.nextInt(40);
        int rows = 10 + rnd.nextInt(40);
        double cell = 1 / 120.0;
        double north = 50 + rnd.nextDouble() * 5;
        GridGeometry geo = new GridGeometry(cols, rows, GeoTransform.northUp(5.7, north, cell, cell * (0.5 + rnd.nextDouble())),
                Crs.epsg(4326));
        ByteGrid g = ByteGrid.zeros(geo, null);
        int n = 1 + rnd.nextInt(12);
        for (int i = 0; i < n; i++) {
            g.set(rnd.nextInt(cols), rnd.nextInt(rows), 1);
        }
        FloatGrid d = new EuclideanDistance(g, DistanceOptions.defaults()).compute();
        GeoTransform t = geo.transform();
        double worst = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double best = Double.POSITIVE_INFINITY;
                for (int rr = 0; rr < rows; rr++) {
                    for (int cc = 0; cc < cols; cc++) {
                        if (g.get(cc, rr) != 0) {
                            best = Math.min(best, WGS84.distance(t.centreY(r), t.centreX(c), t.centreY(rr), t.centreX(cc)));
                        }
                    }
                }
                double got = d.get(c, r);
                assertThat(got).as("seed %d cell %d,%d", seed, c, r).isGreaterThanOrEqualTo(best - 1e-3 - Math.ulp((float) best));
                worst = Math.max(worst, (got - best) / Math.max(best, 1));
            }
        }
        assertThat(worst).as("seed %d worst relative overestimate", seed).isLessThan(1e-3);
    }
}
