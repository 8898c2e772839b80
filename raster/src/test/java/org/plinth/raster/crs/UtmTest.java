package org.plinth.raster.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UtmTest {

    @ParameterizedTest
    @CsvSource({
        "33.0, 31.5, 36, true",     // Cairo-ish: 30E..36E is zone 36
        "6.14, 49.82, 32, true",    // Luxembourg
        "-34.87, -7.99, 25, false", // Olinda, Brazil
        "-180, 0, 1, true",
        "180, 0, 60, true",         // 180E is the east edge of zone 60
        "179.99, -10, 60, false",
        "5, 60, 32, true",          // Norway exception: 32V widened west to 3E
        "2.9, 60, 31, true",
        "10, 78, 33, true",         // Svalbard: 31X, 33X, 35X, 37X only
        "8.9, 78, 31, true",
        "22, 80, 35, true",
        "40, 83, 37, true",
        "0, 0, 31, true",
        "-0.0001, -0.0001, 30, false"})
    void zoneForFollowsTheUtmGrid(double lon, double lat, int zone, boolean north) {
        Utm u = Utm.zoneFor(lon, lat);
        assertThat(u.zone()).isEqualTo(zone);
        assertThat(u.north()).isEqualTo(north);
    }

    @Test
    void epsgCodesRoundTrip() {
        assertThat(Utm.fromEpsg(32636)).isEqualTo(new Utm(36, true));
        assertThat(Utm.fromEpsg(32725)).isEqualTo(new Utm(25, false));
        assertThat(new Utm(25, false).epsg()).isEqualTo(32725);
        assertThat(new Utm(1, true).epsg()).isEqualTo(32601);
        assertThat(new Utm(36, true).centralMeridian()).isEqualTo(33.0);
        assertThat(new Utm(36, true).crs().isGeographic()).isFalse();
    }

    @Test
    void invalidZonesAndCodesAreRejected() {
        assertThatThrownBy(() -> new Utm(61, true)).hasMessageContaining("61");
        assertThatThrownBy(() -> Utm.fromEpsg(4326)).hasMessageContaining("EPSG:4326");
        assertThatThrownBy(() -> Utm.zoneFor(10, 85)).hasMessageContaining("85.0");
    }
}
