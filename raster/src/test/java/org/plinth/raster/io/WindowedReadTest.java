package org.plinth.raster.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.Monitor;
import org.plinth.raster.Window;

/**
 * A windowed read equals the full read cropped to the window, bit for bit, with the transform moved
 * to the window's corner; and the header-only read equals the full read's header. Checked on every
 * GDAL fixture (strips and tiles, every compression and predictor, both byte orders, BigTIFF,
 * interleaved bands), the long LZW strip and the two real DEMs, for the edge windows and seeded
 * random ones.
 */
class WindowedReadTest {

    static Stream<String> files() throws java.io.IOException {
        return Stream.concat(
                GeoTiffFixtureTest.fixtures().map(g -> "tiff/" + g.file()),
                Stream.of("tiff/lzw_table_resets_byte.tif", "dems/stars_olinda_dem_utm25s.tif", "dems/synthetic_ridges_256.tif",
                        "dems/terra_elev_luxembourg.tif"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void windowedReadEqualsTheFullReadInTheWindow(String file) {
        Path path = RealDemTest.resource(file);
        RasterFile full = GeoTiffReader.read(path);
        FloatGrid grid = full.grid();
        long seed = file.hashCode();
        System.out.println("windowed read " + file + " seed " + seed);
        for (Window w : windows(grid.cols(), grid.rows(), new SplittableRandom(seed))) {
            RasterFile part = GeoTiffReader.read(path, w, Monitor.NONE);
            assertSameCells(grid, w, part.grid(), file);
            assertThat(part.dataType()).isEqualTo(full.dataType());
            assertThat(part.anchor()).isEqualTo(full.anchor());
            assertThat(part.bandCount()).isEqualTo(full.bandCount());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void headerEqualsTheFullReadsHeader(String file) {
        Path path = RealDemTest.resource(file);
        RasterFile full = GeoTiffReader.read(path);
        RasterHeader h = RasterFiles.header(path);
        assertThat(h.geometry()).isEqualTo(full.grid().geometry());
        assertThat(h.noData()).isEqualTo(full.grid().noData());
        assertThat(h.dataType()).isEqualTo(full.dataType());
        assertThat(h.anchor()).isEqualTo(full.anchor());
        assertThat(h.bandCount()).isEqualTo(full.bandCount());
        assertThat(h.crsCitation()).isEqualTo(full.crsCitation());
    }

    @Test
    void asciiGridWindowIsTheCroppedFullRead() {
        Path asc = RealDemTest.resource("dems/stars_olinda_dem_utm25s.asc");
        FloatGrid grid = RasterFiles.read(asc).grid();
        Window w = new Window(100, 3, 111, 40);
        assertSameCells(grid, w, RasterFiles.read(asc, w, Monitor.NONE).grid(), "olinda.asc");
        assertThat(RasterFiles.header(asc).geometry()).isEqualTo(grid.geometry());
    }

    @Test
    void windowOutsideTheImageIsRefused() {
        Path path = RealDemTest.resource("tiff/float32_none_striped.tif");
        assertThatThrownBy(() -> GeoTiffReader.read(path, new Window(30, 0, 38, 5), Monitor.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not inside the 37 x 23 grid");
        assertThatThrownBy(() -> GeoTiffReader.read(path, new Window(3, 3, 3, 9), Monitor.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is empty");
    }

    /** The whole grid, the four corner cells, the four edge strips, and 12 random windows. */
    static List<Window> windows(int cols, int rows, SplittableRandom rnd) {
        List<Window> ws = new ArrayList<>(List.of(new Window(0, 0, cols, rows),
                new Window(0, 0, 1, 1), new Window(cols - 1, 0, cols, 1), new Window(0, rows - 1, 1, rows),
                new Window(cols - 1, rows - 1, cols, rows), new Window(0, 0, cols, 1),
                new Window(0, rows - 1, cols, rows), new Window(0, 0, 1, rows), new Window(cols - 1, 0, cols, rows)));
        for (int i = 0; i < 12; i++) {
            int c0 = rnd.nextInt(cols);
            int r0 = rnd.nextInt(rows);
            ws.add(new Window(c0, r0, c0 + 1 + rnd.nextInt(cols - c0), r0 + 1 + rnd.nextInt(rows - r0)));
        }
        return ws;
    }

    static void assertSameCells(FloatGrid full, Window w, FloatGrid part, String what) {
        GeoTransform t = full.geometry().transform();
        GridGeometry g = part.geometry();
        assertThat(g.cols()).isEqualTo(w.width());
        assertThat(g.rows()).isEqualTo(w.height());
        assertThat(g.crs()).isEqualTo(full.geometry().crs());
        // The window's corner in the file's affine transform (rotation terms included).
        double x = t.originX() + w.colStart() * t.pixelWidth() + w.rowStart() * t.rotationX();
        double y = t.originY() + w.colStart() * t.rotationY() + w.rowStart() * t.pixelHeight();
        assertThat(g.transform().toArray())
                .containsExactly(x, t.pixelWidth(), t.rotationX(), y, t.rotationY(), t.pixelHeight());
        assertThat(part.noData()).isEqualTo(full.noData());
        for (int r = 0; r < w.height(); r++) {
            for (int c = 0; c < w.width(); c++) {
                float expected = full.get(w.colStart() + c, w.rowStart() + r);
                float actual = part.get(c, r);
                if (Float.floatToIntBits(actual) != Float.floatToIntBits(expected)) {
                    throw new AssertionError(what + " window " + w + " cell (" + c + ", " + r + "): expected "
                            + expected + ", was " + actual);
                }
            }
        }
    }
}
