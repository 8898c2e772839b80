package org.plinth.raster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GeoTransformTest {

    @Test
    void cellCentresAreHalfACellFromTheCorner() {
        // origin (600000, 3500000), 30 m cells: centre of (0,0) = (600015, 3499985); of (2,3) = (600075, 3499895)
        GeoTransform t = GeoTransform.northUp(600000, 3500000, 30, 30);
        assertThat(t.centreX(0)).isEqualTo(600015.0);
        assertThat(t.centreY(0)).isEqualTo(3499985.0);
        assertThat(t.centreX(2)).isEqualTo(600075.0);
        assertThat(t.centreY(3)).isEqualTo(3499895.0);
        assertThat(t.colOf(600075.0)).isEqualTo(2.5);
        assertThat(t.rowOf(3499895.0)).isEqualTo(3.5);
    }

    @Test
    void zeroCellSizeIsRejectedWithTheValue() {
        assertThatThrownBy(() -> GeoTransform.northUp(0, 0, 0, 30))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 0.0");
    }

    @Test
    void windowIntersectionIsHalfOpen() {
        Window a = new Window(0, 0, 10, 10);
        Window b = new Window(5, 8, 20, 20);
        assertThat(a.intersect(b)).isEqualTo(new Window(5, 8, 10, 10));
        assertThat(a.intersect(new Window(10, 0, 12, 5)).isEmpty()).isTrue();
    }
}
