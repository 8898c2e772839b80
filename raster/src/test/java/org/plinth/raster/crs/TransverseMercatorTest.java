package org.plinth.raster.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.MethodSource;

class TransverseMercatorTest {

    /** Golden values from gdaltransform (PROJ 9.1), made by src/test/resources/crs/make_utm_golden.sh. */
    @ParameterizedTest(name = "{0}, {1} in EPSG:{2}")
    @CsvFileSource(resources = "/crs/utm_golden.csv", numLinesToSkip = 1)
    void forwardAndInverseAgreeWithProjToAMillimetre(double lon, double lat, int epsg, double e, double n) {
        TransverseMercator tm = Utm.fromEpsg(epsg).projection();
        double[] xy = tm.forward(lon, lat);
        assertThat(xy[0]).as("easting").isCloseTo(e, within(1e-3));
        assertThat(xy[1]).as("northing").isCloseTo(n, within(1e-3));
        double[] ll = tm.inverse(e, n);
        // 1e-8 degree is about 1 mm.
        assertThat(Math.IEEEremainder(ll[0] - lon, 360)).as("longitude").isCloseTo(0, within(1e-8));
        assertThat(ll[1]).as("latitude").isCloseTo(lat, within(1e-8));
    }

    static LongStream seeds() {
        return LongStream.range(1, 6);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void roundTripsInsideAZoneAreBelowAMicrometre(long seed) {
        System.out.println("TM round trip seed " + seed);
        SplittableRandom rnd = new SplittableRandom(seed);
        CellMetrics m = new CellMetrics(Ellipsoid.WGS84);
        for (int i = 0; i < 2000; i++) {
            Utm utm = new Utm(1 + rnd.nextInt(60), rnd.nextBoolean());
            TransverseMercator tm = utm.projection();
            double lon = utm.centralMeridian() + (rnd.nextDouble() * 2 - 1) * 4;
            double lat = (utm.north() ? 84 : -80) * rnd.nextDouble();
            double[] xy = tm.forward(lon, lat);
            double[] back = tm.inverse(xy[0], xy[1]);
            double dEast = (back[0] - lon) * m.metresPerDegreeLongitude(lat);
            double dNorth = (back[1] - lat) * m.metresPerDegreeLatitude(lat);
            assertThat(Math.hypot(dEast, dNorth)).as("%s at %f, %f", utm, lon, lat).isLessThan(1e-6);
            double[] again = tm.forward(back[0], back[1]);
            assertThat(Math.hypot(again[0] - xy[0], again[1] - xy[1])).isLessThan(1e-6);
        }
    }

    @Test
    void centralMeridianMapsToFalseEastingAndEquatorToFalseNorthing() {
        // On the central meridian x = 500 000 exactly; the equator is y = 0 (north) or 10 000 000 (south).
        double[] n = new Utm(36, true).projection().forward(33, 0);
        assertThat(n[0]).isCloseTo(500_000, within(1e-9));
        assertThat(n[1]).isCloseTo(0, within(1e-9));
        double[] s = new Utm(36, false).projection().forward(33, 0);
        assertThat(s[1]).isCloseTo(10_000_000, within(1e-9));
        // The meridian arc from the equator to 45N on WGS 84 is 4 984 944.378 m; UTM scales it by 0.9996.
        double[] q = new Utm(36, true).projection().forward(33, 45);
        assertThat(q[1]).isCloseTo(0.9996 * 4_984_944.378, within(1e-3));
    }

    @Test
    void latitudeOfOriginShiftsNorthings() {
        // A TM with origin at 45N puts that parallel's central point at the false northing.
        TransverseMercator tm = new TransverseMercator(Ellipsoid.WGS84, 9, 45, 1, 100, 200);
        double[] xy = tm.forward(9, 45);
        assertThat(xy[0]).isCloseTo(100, within(1e-9));
        assertThat(xy[1]).isCloseTo(200, within(1e-9));
    }

    @Test
    void badInputIsRejected() {
        TransverseMercator tm = new Utm(32, true).projection();
        assertThatThrownBy(() -> tm.forward(9, 91)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("91.0");
        assertThatThrownBy(() -> tm.inverse(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
