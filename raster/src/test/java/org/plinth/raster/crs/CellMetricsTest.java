package org.plinth.raster.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plinth.raster.Crs;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;

class CellMetricsTest {
    private final CellMetrics wgs84 = new CellMetrics(Ellipsoid.WGS84);

    // Lengths of a degree on WGS 84 as tabulated (to the metre) in the usual references, e.g.
    // the "Length of a degree" table of latitude on Wikipedia: km per degree of latitude / longitude.
    @ParameterizedTest
    @CsvSource({"0, 110.574, 111.320", "15, 110.649, 107.551", "30, 110.852, 96.486",
            "45, 111.132, 78.847", "60, 111.412, 55.800", "75, 111.618, 28.902", "90, 111.694, 0"})
    void degreeLengthsMatchTheTable(double lat, double latKm, double lonKm) {
        assertThat(wgs84.metresPerDegreeLatitude(lat)).isCloseTo(latKm * 1000, within(1.0));
        assertThat(wgs84.metresPerDegreeLongitude(lat)).isCloseTo(lonKm * 1000, within(1.0));
        assertThat(wgs84.metresPerDegreeLongitude(-lat)).isCloseTo(wgs84.metresPerDegreeLongitude(lat), within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"91", "-90.5", "NaN"})
    void latitudeOutsideRangeIsRejected(double lat) {
        assertThatThrownBy(() -> wgs84.metresPerDegreeLongitude(lat))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("latitude");
    }

    @ParameterizedTest
    @CsvSource({"0", "3"})
    void cellSizesUseTheRowCentreLatitude(int row) {
        // 0.01-degree cells with the top edge at 50.05N: row 0 is centred at 50.045N, row 3 at 50.015N.
        GridGeometry g = new GridGeometry(4, 4, GeoTransform.northUp(6, 50.05, 0.01, 0.01), Crs.epsg(4326));
        double lat = 50.045 - 0.01 * row;
        assertThat(wgs84.cellWidthMetres(g, row)).isCloseTo(0.01 * wgs84.metresPerDegreeLongitude(lat), within(1e-9));
        assertThat(wgs84.cellHeightMetres(g, row)).isCloseTo(0.01 * wgs84.metresPerDegreeLatitude(lat), within(1e-9));
    }
}
