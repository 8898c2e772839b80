package org.plinth.raster.terrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.InvalidInputException;

class HillshadeTest {

    @Test
    void flatGroundIsLitBySineOfTheAltitude() {
        // cos i = sin 45 = 0.70711 -> 1 + 254 * 0.70711 = 180.61 -> 181.
        ByteGrid h = Hillshade.of(Grids.of(30, new float[][] {{5, 5, 5}, {5, 5, 5}, {5, 5, 5}}));
        assertThat(h.get(1, 1)).isEqualTo(181);
        assertThat(h.get(0, 0)).isEqualTo(181);
        assertThat(h.noData()).isZero();
    }

    @Test
    void slopeFacingTheSunIsWhiteAndFacingAwayIsDark() {
        // Light from the north-west (315) at 45. A 45-degree slope facing north-west has its normal
        // pointing at the sun: rising to the south-east, dz/dx = 1/sqrt2, dz/dy = -1/sqrt2 -> 255.
        // z = a*col + b*row with a = 10/sqrt2 per 10 m cell and b = +10/sqrt2 (row runs south).
        double k = 10 / Math.sqrt(2);
        assertThat(Hillshade.of(Grids.plane(3, 3, 10, k, k)).get(1, 1)).isEqualTo(255);
        // The opposite slope faces away: cos i = sin45 - cos45 = 0 -> 1 (in shadow).
        assertThat(Hillshade.of(Grids.plane(3, 3, 10, -k, -k)).get(1, 1)).isEqualTo(1);
        // Light from the east at 30 on a slope falling east at 45 deg (z = -10 col):
        // cos i = (sin30 + cos30 * 1) / sqrt2 = 0.96593 -> 1 + 245.35 = 246.35 -> 246.
        HillshadeOptions east = HillshadeOptions.defaults().withAzimuth(90).withAltitude(30);
        assertThat(new Hillshade(Grids.plane(3, 3, 10, -10, 0), east).compute().get(1, 1)).isEqualTo(246);
    }

    @Test
    void zFactorExaggeratesRelief() {
        // z = -5 col on 10 m cells, z-factor 2 gives the 45-degree east slope of the test above.
        HillshadeOptions east = HillshadeOptions.defaults().withAzimuth(90).withAltitude(30).withZFactor(2);
        assertThat(new Hillshade(Grids.plane(3, 3, 10, -5, 0), east).compute().get(1, 1)).isEqualTo(246);
    }

    @Test
    void noDataCellIsZero() {
        FloatGrid dem = Grids.of(10, Grids.UTM36N, -1f, new float[][] {{1, 2, 3}, {4, -1, 6}, {7, 8, 9}});
        ByteGrid h = Hillshade.of(dem);
        assertThat(h.get(1, 1)).isZero();
        assertThat(h.get(0, 0)).isPositive();
    }

    @Test
    void badOptionsAndMissingCrsAreRejected() {
        assertThatThrownBy(() -> HillshadeOptions.defaults().withAltitude(91))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("91.0");
        assertThatThrownBy(() -> HillshadeOptions.defaults().withZFactor(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.0");
        FloatGrid dem = Grids.of(10, Crs.unknown(), null, new float[][] {{1, 2}, {3, 4}});
        assertThatThrownBy(() -> Hillshade.of(dem)).isInstanceOf(InvalidInputException.class);
    }
}
