package org.plinth.raster.terrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.FloatGrid;

/**
 * The hillshade modes on literal planes, with the arithmetic behind each expected grey level. Planes
 * are {@code z = a·col + b·row} on 10 m cells, so {@code p = dz/dx = a/10} and {@code q = dz/dy = −b/10}
 * (rows run south). The default light is azimuth 315°, altitude 45° (sin H = cos H = √½).
 */
class HillshadeModeTest {
    private static final double K = 10 / Math.sqrt(2);

    private static int centre(FloatGrid dem, HillshadeOptions options) {
        return new Hillshade(dem, options).compute().get(1, 1);
    }

    private static HillshadeOptions mode(HillshadeMode m) {
        return HillshadeOptions.defaults().withMode(m);
    }

    @Test
    void defaultsAreTheStandardMode() {
        assertThat(HillshadeOptions.defaults().mode()).isEqualTo(HillshadeMode.STANDARD);
        FloatGrid dem = Grids.plane(3, 3, 10, 10, 0);
        assertThat(Hillshade.of(dem).data()).containsExactly(new Hillshade(dem, mode(HillshadeMode.STANDARD)).compute()
                .data());
    }

    @Test
    void multidirectionalWeighsTheFourLightsByTheGradient() {
        // z = 10 col: p = 1, q = 0 (a 45° slope facing west). Weights w225 = (p+q)²/2 = 0.5, w270 = p² = 1,
        // w315 = (p−q)²/2 = 0.5, w360 = q² = 0. Numerators of cos i: 270 (from the west): √½ + √½·1 = √2;
        // 225 and 315: √½ + √½·√½ = 1.20711; their cos i are 1 and 0.85355. Grey = 1 + 127·(0.5·0.85355 +
        // 1·1 + 0.5·0.85355) = 1 + 127·1.85355 = 236.40 -> 236 (standard 315° alone: 1 + 254·0.85355 -> 218).
        FloatGrid westFacing = Grids.plane(3, 3, 10, 10, 0);
        assertThat(centre(westFacing, mode(HillshadeMode.MULTIDIRECTIONAL))).isEqualTo(236);
        // the azimuth is not used
        assertThat(centre(westFacing, mode(HillshadeMode.MULTIDIRECTIONAL).withAzimuth(90))).isEqualTo(236);
        // flat: the weights vanish; the limit is 1 + 254·sin 45° = 180.61 -> 181, as the standard mode
        assertThat(centre(Grids.plane(3, 3, 10, 0, 0), mode(HillshadeMode.MULTIDIRECTIONAL))).isEqualTo(181);
        // z = −30 col: p = −3, facing east. Numerators 270: √½ − 3√½ < 0, 225 and 315: √½ − 1.5 < 0, all
        // clamped to 0; w360 = 0. Grey = 1 (every light with weight is behind the slope).
        assertThat(centre(Grids.plane(3, 3, 10, -30, 0), mode(HillshadeMode.MULTIDIRECTIONAL))).isEqualTo(1);
    }

    @Test
    void combinedDarkensByIncidenceTimesSlope() {
        // z = 10 col: p = 1, q = 0, slope σ = 45°. Light 315/45: cos i = (√½ + √½·√½) / √2 = 0.85355,
        // i = 31.3997°. f = 1 − (31.3997/90)·(45/90) = 0.82556; grey = 1 + 254·0.82556 = 210.69 -> 211.
        assertThat(centre(Grids.plane(3, 3, 10, 10, 0), mode(HillshadeMode.COMBINED))).isEqualTo(211);
        // flat: σ = 0, f = 1 -> 255 whatever the light
        assertThat(centre(Grids.plane(3, 3, 10, 0, 0), mode(HillshadeMode.COMBINED).withAltitude(10))).isEqualTo(255);
        // z = −100 col: p = −10 (σ = 84.29°), facing east; light from the west at 0°: cos i = −10/√101 = −0.99504,
        // i = 174.29°. f = 1 − (174.29/90)·(84.29/90) = −0.81 <= 0 -> 1.
        HillshadeOptions lowWest = mode(HillshadeMode.COMBINED).withAzimuth(270).withAltitude(0);
        assertThat(centre(Grids.plane(3, 3, 10, -100, 0), lowWest)).isEqualTo(1);
    }

    @Test
    void igorDarkensOnlySlopesFacingAwayFromTheLight() {
        // z = −10 col: p = −1, a 45° slope facing east (strength 45/90 = 0.5). The light from 315° travels
        // to the south-east; east is δ = 45° off it, so facing away by 1 − 45/180 = 0.75.
        // Grey = 255·(1 − 0.5·0.75) = 159.375 -> 159.
        assertThat(centre(Grids.plane(3, 3, 10, -10, 0), mode(HillshadeMode.IGOR))).isEqualTo(159);
        // the altitude is not used
        assertThat(centre(Grids.plane(3, 3, 10, -10, 0), mode(HillshadeMode.IGOR).withAltitude(5))).isEqualTo(159);
        // p = −√(3/2), q = +√(3/2): a 60° slope facing the south-east, straight away from the light (δ = 0):
        // 255·(1 − (60/90)·1) = 85.
        double k3 = K * Math.sqrt(3);
        assertThat(centre(Grids.plane(3, 3, 10, -k3, -k3), mode(HillshadeMode.IGOR))).isEqualTo(85);
        // the same slope facing the light (north-west, δ = 180°) is not darkened: 255; nor is flat ground
        assertThat(centre(Grids.plane(3, 3, 10, k3, k3), mode(HillshadeMode.IGOR))).isEqualTo(255);
        assertThat(centre(Grids.plane(3, 3, 10, 0, 0), mode(HillshadeMode.IGOR))).isEqualTo(255);
    }

    @Test
    void everyModeKeepsNoDataAndTheZFactor() {
        FloatGrid dem = Grids.of(10, Grids.UTM36N, -1f, new float[][] {{1, 2, 3}, {4, -1, 6}, {7, 8, 9}});
        for (HillshadeMode m : HillshadeMode.values()) {
            ByteGrid h = new Hillshade(dem, mode(m)).compute();
            assertThat(h.get(1, 1)).as(m.name()).isZero();
            assertThat(h.get(0, 0)).as(m.name()).isPositive();
            assertThat(h.noData()).isZero();
            // z = −5 col with z-factor 2 is z = −10 col
            assertThat(centre(Grids.plane(3, 3, 10, -5, 0), mode(m).withZFactor(2))).as(m.name())
                    .isEqualTo(centre(Grids.plane(3, 3, 10, -10, 0), mode(m)));
        }
        assertThatThrownBy(() -> HillshadeOptions.defaults().withMode(null)).isInstanceOf(NullPointerException.class);
    }
}
