package org.plinth.raster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ByteGridTest {

    private static GridGeometry geometry(int cols, int rows) {
        return new GridGeometry(cols, rows, GeoTransform.northUp(0, 0, 1, 1), Crs.epsg(32636));
    }

    /** Counts against a plain loop, on sizes that leave partial words and uneven blocks (seed in the name). */
    @ParameterizedTest(name = "{0} x {1}, seed {2}")
    @CsvSource({"1, 1, 1", "7, 1, 2", "9, 3, 3", "255, 257, 4", "1031, 517, 5", "4099, 1023, 6"})
    void countMatchesALoopOverTheCells(int cols, int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] data = new byte[cols * rows];
        // few distinct values, as in a visibility grid (0, 1, 255), plus some noise values
        int[] palette = {0, 1, 255, 128, 127, 254};
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) palette[random.nextInt(random.nextInt(10) < 8 ? 3 : palette.length)];
        }
        ByteGrid grid = new ByteGrid(geometry(cols, rows), data, 1);
        for (int value : new int[] {0, 1, 2, 127, 128, 254, 255}) {
            long expected = 0;
            for (byte b : data) {
                expected += (b & 0xFF) == value ? 1 : 0;
            }
            assertThat(grid.count(value)).as("count of %d (seed %d)", value, seed).isEqualTo(expected);
        }
    }

    @Test
    void countOfAConstantGridIsEveryCellOrNone() {
        ByteGrid grid = ByteGrid.zeros(geometry(300, 300), null);
        assertThat(grid.count(0)).isEqualTo(90_000);
        assertThat(grid.count(1)).isZero();
        assertThatThrownBy(() -> grid.count(256)).isInstanceOf(IllegalArgumentException.class);
    }
}
