package org.plinth.raster.terrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;

class AspectTest {

    @Test
    void planesFacingTheFourQuartersGiveTheirAzimuths() {
        // Aspect is the azimuth of steepest descent: z falling eastward (z = -col) faces east = 90.
        assertThat(Aspect.of(Grids.plane(3, 3, 10, -1, 0)).get(1, 1)).isCloseTo(90f, within(1e-4f));
        // z rising eastward faces west = 270.
        assertThat(Aspect.of(Grids.plane(3, 3, 10, 1, 0)).get(1, 1)).isCloseTo(270f, within(1e-4f));
        // z rising with row (southward) means falling northward: faces north = 0, never 360.
        assertThat(Aspect.of(Grids.plane(3, 3, 10, 0, 1)).get(1, 1)).isEqualTo(0f);
        // z falling with row faces south = 180.
        assertThat(Aspect.of(Grids.plane(3, 3, 10, 0, -1)).get(1, 1)).isCloseTo(180f, within(1e-4f));
        // z = -col - row falls towards east and south equally: south-east = 135.
        assertThat(Aspect.of(Grids.plane(3, 3, 10, -1, -1)).get(1, 1)).isCloseTo(135f, within(1e-4f));
    }

    @Test
    void flatCellsAreNoDataLikeGdaldemOrZeroWhenAsked() {
        FloatGrid flat = Grids.of(30, new float[][] {{5, 5, 5}, {5, 5, 5}, {5, 5, 5}});
        assertThat(Aspect.of(flat).data()).containsOnly(-9999f);
        assertThat(new Aspect(flat, AspectOptions.defaults().withZeroForFlat(true)).compute().data())
                .containsOnly(0f);
    }

    @Test
    void aspectNeedsNoCrsBecauseOnlyTheDirectionMatters() {
        FloatGrid dem = Grids.of(10, Crs.unknown(), null, new float[][] {{3, 2, 1}, {3, 2, 1}, {3, 2, 1}});
        assertThat(Aspect.of(dem).get(1, 1)).isCloseTo(90f, within(1e-4f));
    }
}
