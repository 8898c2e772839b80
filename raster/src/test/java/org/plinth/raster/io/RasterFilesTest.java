package org.plinth.raster.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.InvalidInputException;

class RasterFilesTest {
    @TempDir
    Path dir;

    static FloatGrid grid(double x0, double y0, int cols, int rows, float base) {
        float[] d = new float[cols * rows];
        for (int i = 0; i < d.length; i++) {
            d[i] = base + i;
        }
        return new FloatGrid(new GridGeometry(cols, rows, GeoTransform.northUp(x0, y0, 10, 10), Crs.epsg(32636)), d, null);
    }

    @Test
    void formatComesFromMagicBytesNotTheName() throws IOException {
        Path tif = dir.resolve("dem.dat");
        RasterFiles.write(tif, grid(0, 0, 3, 2, 1), GeoTiffWriteOptions.defaults());
        assertThat(RasterFiles.detect(tif)).isEqualTo(RasterFiles.Format.GEOTIFF);
        assertThat(RasterFiles.read(tif).grid().data()).containsExactly(1, 2, 3, 4, 5, 6);
        Path asc = Files.writeString(dir.resolve("dem.txt"), "  ncols 1\nnrows 1\nxllcorner 0\nyllcorner 0\ncellsize 1\n4\n");
        assertThat(RasterFiles.detect(asc)).isEqualTo(RasterFiles.Format.ASCII_GRID);
        assertThat(RasterFiles.read(asc).grid().data()).containsExactly(4);
        assertThat(RasterFiles.read(RealDemTest.resource("tiff/be_int16_lzw2_tiled.tif")).dataType())
                .isEqualTo(RasterDataType.INT16);
    }

    @Test
    void writeReplacesTheTargetAndLeavesNoTemporaryFile() throws IOException {
        Path p = dir.resolve("out.tif");
        Files.writeString(p, "old content");
        RasterFiles.write(p, grid(0, 0, 2, 2, 7), GeoTiffWriteOptions.defaults().withCompression(Compression.NONE));
        assertThat(RasterFiles.read(p).grid().data()).containsExactly(7, 8, 9, 10);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("out.tif");
        }
    }

    @Test
    void mosaicJoinsAlignedTilesAndRefusesMisalignedOnes() throws IOException {
        // a covers x 0..30, y 0..20; b covers x 30..50, y 10..30 (one 10 m cell = one column/row).
        Path a = dir.resolve("a.tif");
        Path b = dir.resolve("b.tif");
        RasterFiles.write(a, grid(0, 20, 3, 2, 100), GeoTiffWriteOptions.defaults());
        RasterFiles.write(b, grid(30, 30, 2, 2, 200), GeoTiffWriteOptions.defaults());
        FloatGrid m = RasterFiles.mosaic(List.of(a, b)).grid();
        assertThat(m.geometry().transform()).isEqualTo(GeoTransform.northUp(0, 30, 10, 10));
        assertThat(m.cols()).isEqualTo(5);
        assertThat(m.rows()).isEqualTo(3);
        float nan = Float.NaN;
        assertThat(m.data()).containsExactly(
                nan, nan, nan, 200, 201,
                100, 101, 102, 202, 203,
                103, 104, 105, nan, nan);
        Path c = dir.resolve("c.tif");
        RasterFiles.write(c, grid(35, 30, 2, 2, 0), GeoTiffWriteOptions.defaults());
        assertThatThrownBy(() -> RasterFiles.mosaic(List.of(a, c))).isInstanceOf(InvalidInputException.class)
                .hasMessage("c.tif: cells are not aligned with the first raster's (offset 3.5, 1.0 cells)");
    }

    @Test
    void tilesOfTwoResolutionsAreRefusedInArcSeconds() throws IOException {
        Path three = dir.resolve("N51E036.tif");
        Path one = dir.resolve("N51E037.tif");
        double d3 = 1.0 / 1200;
        double d1 = 1.0 / 3600;
        RasterFiles.write(three, new FloatGrid(new GridGeometry(4, 4, GeoTransform.northUp(36, 52, d3, d3), Crs.epsg(4326)),
                new float[16], null), GeoTiffWriteOptions.defaults());
        RasterFiles.write(one, new FloatGrid(new GridGeometry(4, 4, GeoTransform.northUp(37, 52, d1, d1), Crs.epsg(4326)),
                new float[16], null), GeoTiffWriteOptions.defaults());
        assertThatThrownBy(() -> RasterFiles.mosaic(List.of(three, one))).isInstanceOf(InvalidInputException.class)
                .hasMessage("N51E037.tif: cells of 1.000″ x 1.000″ differ from the first raster's 3.000″ x 3.000″; give tiles"
                        + " of one resolution (SRTM 1″ or 3″, not both), or warp them onto one grid first (gdalwarp -tr)");
    }

    @Test
    void aMosaicOfOneRasterIsTheRasterAndARotatedOneIsRefusedByName() throws IOException {
        Path a = dir.resolve("a.tif");
        RasterFiles.write(a, grid(0, 20, 3, 2, 100), GeoTiffWriteOptions.defaults());
        RasterFile one = RasterFiles.mosaic(List.of(a));
        assertThat(one.grid().data()).containsExactly(RasterFiles.read(a).grid().data());
        assertThat(one.grid().geometry()).isEqualTo(RasterFiles.read(a).grid().geometry());
        Path rotated = dir.resolve("rotated.tif");
        float[] d = new float[6];
        RasterFiles.write(rotated, new FloatGrid(new GridGeometry(3, 2, new GeoTransform(0, 10, 2, 20, 1, -10),
                Crs.epsg(32636)), d, null), GeoTiffWriteOptions.defaults());
        assertThatThrownBy(() -> RasterFiles.mosaic(List.of(rotated))).isInstanceOf(InvalidInputException.class)
                .hasMessage("rotated.tif: cannot mosaic a rotated or south-up raster");
    }
}
