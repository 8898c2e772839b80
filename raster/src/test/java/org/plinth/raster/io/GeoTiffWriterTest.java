package org.plinth.raster.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;

/** Round trips through {@link GeoTiffWriter} and {@link GeoTiffReader}. */
class GeoTiffWriterTest {
    @TempDir
    Path dir;

    /** A smooth surface with noise and NoData holes: 300 x 270 leaves partial edge tiles at 256. */
    static FloatGrid dem(long seed, int cols, int rows, Crs crs) {
        SplittableRandom rnd = new SplittableRandom(seed);
        float[] d = new float[cols * rows];
        for (int i = 0; i < d.length; i++) {
            int c = i % cols;
            int r = i / cols;
            d[i] = (float) (200 + 50 * Math.sin(c / 17.0) * Math.cos(r / 23.0) + rnd.nextDouble());
            if (rnd.nextInt(50) == 0) {
                d[i] = -9999f;
            }
        }
        GeoTransform t = GeoTransform.northUp(431000, 5731000, 30, 30);
        return new FloatGrid(new GridGeometry(cols, rows, t, crs), d, -9999f);
    }

    static Stream<Arguments> encodings() {
        return Stream.of(
                Arguments.of(Compression.NONE, 1), Arguments.of(Compression.DEFLATE, 1),
                Arguments.of(Compression.DEFLATE, 2), Arguments.of(Compression.DEFLATE, 3),
                Arguments.of(Compression.LZW, 2), Arguments.of(Compression.LZW, 3),
                Arguments.of(Compression.PACKBITS, 1));
    }

    @ParameterizedTest(name = "{0} predictor {1}")
    @MethodSource("encodings")
    void float32RoundTripsBitExactly(Compression compression, int predictor) {
        long seed = 1000L + compression.ordinal() * 10 + predictor;
        System.out.println("seed " + seed);
        FloatGrid g = dem(seed, 300, 270, Crs.epsg(32636));
        Path p = dir.resolve("dem.tif");
        GeoTiffWriter.write(p, g, GeoTiffWriteOptions.defaults().withCompression(compression).withPredictor(predictor));
        RasterFile back = GeoTiffReader.read(p);
        assertThat(back.dataType()).isEqualTo(RasterDataType.FLOAT32);
        assertThat(back.grid().noData()).isEqualTo(-9999f);
        assertThat(back.grid().geometry().transform()).isEqualTo(g.geometry().transform());
        assertThat(back.grid().geometry().crs().epsgCode()).hasValue(32636);
        RealDemTest.assertSameData(back.grid().data(), g.data());
    }

    @Test
    void edgeTilePaddingIsZeroAlthoughTileBuffersAreReused() throws IOException {
        // 600 x 10200 cells: 3 x 40 = 120 tiles of 256, more than one batch of reused buffers (unless
        // the machine has over 29 processors). The right-hand tiles are 88 cells wide and the last row of
        // tiles is 216 cells tall; those last tiles reuse buffers that held full tiles, whatever the
        // batch size, so stale cells would show in their padding.
        Path f = dir.resolve("tall.tif");
        FloatGrid grid = dem(5, 600, 10200, Crs.epsg(32636));
        GeoTiffWriter.write(f, grid, GeoTiffWriteOptions.defaults().withCompression(Compression.NONE));
        try (var ch = java.nio.channels.FileChannel.open(f)) {
            TiffInput in = new TiffInput(ch, "tall.tif");
            TiffLayout l = TiffLayout.of(TiffDirectory.read(in), 1);
            assertThat(l.chunksPerPlane()).isEqualTo(120);
            for (int t = 0; t < 120; t++) {
                int cols = t % 3 == 2 ? 88 : 256;
                int rows = t >= 117 ? 216 : 256;
                byte[] tile = in.read(l.offsets()[t], l.byteCounts()[t], "tile " + t);
                for (int i = 0; i < tile.length; i++) {
                    int r = i / (256 * 4);
                    int c = i % (256 * 4) / 4;
                    if ((r >= rows || c >= cols) && tile[i] != 0) {
                        throw new AssertionError("tile " + t + " padding cell (" + c + ", " + r + ") is not 0");
                    }
                }
            }
        }
        assertThat(GeoTiffReader.read(f).grid().data()).isEqualTo(grid.data());
    }

    @Test
    void uncompressedZeroTilesAreSkippedYetReadBackAsZerosUpToTheLastTile() throws IOException {
        // 600 x 300 cells, 3 x 2 tiles of 256: one cell set in tile 1, one in tile 3; tiles 0, 2, 4 and 5
        // (the last one too) are all zero and are not written, yet the file reaches the last tile's end.
        ByteGrid g = ByteGrid.zeros(new GridGeometry(600, 300, GeoTransform.northUp(431000, 5731000, 30, 30),
                Crs.epsg(32636)), 1);
        g.data()[300] = (byte) 255;
        g.data()[299 * 600 + 5] = (byte) 255;
        Path p = dir.resolve("sparse.tif");
        GeoTiffWriter.write(p, g, GeoTiffWriteOptions.defaults().withCompression(Compression.NONE));
        try (var ch = java.nio.channels.FileChannel.open(p)) {
            TiffInput in = new TiffInput(ch, "sparse.tif");
            TiffLayout l = TiffLayout.of(TiffDirectory.read(in), 1);
            assertThat(l.chunksPerPlane()).isEqualTo(6);
            for (int t = 0; t < 6; t++) {
                assertThat(l.byteCounts()[t]).isEqualTo(256 * 256);
                assertThat(l.offsets()[t]).isEqualTo(l.offsets()[0] + t * 256L * 256);
            }
            assertThat(ch.size()).isEqualTo(l.offsets()[5] + 256L * 256);
            byte[] tile1 = in.read(l.offsets()[1], l.byteCounts()[1], "tile 1");
            assertThat(tile1[300 - 256]).isEqualTo((byte) 255);
        }
        RasterFile back = GeoTiffReader.read(p);
        assertThat(back.grid().noData()).isEqualTo(1f);
        float[] expected = new float[600 * 300];
        expected[300] = 255;
        expected[299 * 600 + 5] = 255;
        assertThat(back.grid().data()).isEqualTo(expected);
    }

    @Test
    void uncompressedFloatTilesOfPositiveZeroAreSkippedButNegativeZeroAndNanAreKept() throws IOException {
        // 600 x 300 cells, 3 x 2 tiles: tile 0 all +0.0 (skipped), tile 1 one -0.0, tile 4 one NaN
        float[] d = new float[600 * 300];
        d[300] = -0.0f;
        d[299 * 600 + 300] = Float.NaN;
        FloatGrid g = new FloatGrid(new GridGeometry(600, 300, GeoTransform.northUp(431000, 5731000, 30, 30),
                Crs.epsg(32636)), d, null);
        Path p = dir.resolve("zeros.tif");
        GeoTiffWriter.write(p, g, GeoTiffWriteOptions.defaults().withCompression(Compression.NONE));
        float[] back = GeoTiffReader.read(p).grid().data();
        for (int i = 0; i < d.length; i++) {
            assertThat(Float.floatToRawIntBits(back[i])).as("cell %d", i).isEqualTo(Float.floatToRawIntBits(d[i]));
        }
    }

    @Test
    void anAllZeroUncompressedGridStillHasItsFullLength() throws IOException {
        ByteGrid g = ByteGrid.zeros(new GridGeometry(40, 30, GeoTransform.northUp(0, 300, 10, 10), Crs.epsg(32636)), null);
        Path p = dir.resolve("zeros.tif");
        GeoTiffWriter.write(p, g, GeoTiffWriteOptions.defaults().withCompression(Compression.NONE).withTileSize(16));
        // 3 x 2 tiles of 16 x 16 bytes after the header and directory
        try (var ch = java.nio.channels.FileChannel.open(p)) {
            TiffLayout l = TiffLayout.of(TiffDirectory.read(new TiffInput(ch, "zeros.tif")), 1);
            assertThat(ch.size()).isEqualTo(l.offsets()[5] + 256);
        }
        assertThat(GeoTiffReader.read(p).grid().data()).containsOnly(0f);
    }

    @Test
    void byteGridRoundTripsWithGeographicCrsAndNoData() {
        int cols = 513;
        int rows = 7;
        byte[] d = new byte[cols * rows];
        new SplittableRandom(7).nextBytes(d);
        GeoTransform t = GeoTransform.northUp(35.9, 51.8, 0.0025, 0.0025);
        ByteGrid g = new ByteGrid(new GridGeometry(cols, rows, t, Crs.epsg(4326)), d, 255);
        Path p = dir.resolve("mask.tif");
        GeoTiffWriter.write(p, g, GeoTiffWriteOptions.defaults());
        RasterFile back = GeoTiffReader.read(p);
        assertThat(back.dataType()).isEqualTo(RasterDataType.BYTE);
        assertThat(back.grid().noData()).isEqualTo(255f);
        assertThat(back.grid().geometry().crs().epsgCode()).hasValue(4326);
        assertThat(back.grid().geometry().crs().isGeographic()).isTrue();
        for (int i = 0; i < d.length; i++) {
            assertThat(back.grid().data()[i]).isEqualTo(d[i] & 0xFF);
        }
    }

    @Test
    void countsAsUInt16AreRoundedAndNaNBecomesNoData() {
        GridGeometry geo = new GridGeometry(3, 2, GeoTransform.northUp(0, 0, 1, 1), Crs.epsg(32636));
        // 2.5 rounds half away from zero to 3; NaN becomes the NoData value 65535.
        FloatGrid g = new FloatGrid(geo, new float[] {0, 1, 2.5f, 65534, Float.NaN, 40000}, 65535f);
        Path p = dir.resolve("counts.tif");
        GeoTiffWriter.write(p, g, GeoTiffWriteOptions.defaults().withDataType(RasterDataType.UINT16));
        RasterFile back = GeoTiffReader.read(p);
        assertThat(back.dataType()).isEqualTo(RasterDataType.UINT16);
        assertThat(back.grid().data()).containsExactly(0, 1, 3, 65534, 65535, 40000);
        assertThat(back.grid().noData()).isEqualTo(65535f);
    }

    @Test
    void outOfRangeValueFailsAndLeavesNoFileBehind() throws IOException {
        GridGeometry geo = new GridGeometry(2, 1, GeoTransform.northUp(0, 0, 1, 1), Crs.epsg(32636));
        FloatGrid g = new FloatGrid(geo, new float[] {1, 70000}, null);
        Path p = dir.resolve("bad.tif");
        assertThatThrownBy(() -> GeoTiffWriter.write(p, g, GeoTiffWriteOptions.defaults().withDataType(RasterDataType.UINT16)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cell (1, 0) value 70000.0");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void bigTiffWhenAskedReadsBack() throws IOException {
        FloatGrid g = dem(5, 40, 30, Crs.epsg(32636));
        Path p = dir.resolve("big.tif");
        GeoTiffWriter.write(p, g, GeoTiffWriteOptions.defaults().withBigTiff(true).withTileSize(16));
        assertThat(Files.readAllBytes(p)[2]).isEqualTo((byte) 43);
        RealDemTest.assertSameData(GeoTiffReader.read(p).grid().data(), g.data());
    }

    @Test
    void nanCellsWithoutNoDataAreMarkedNan() {
        GridGeometry geo = new GridGeometry(2, 1, GeoTransform.northUp(0, 0, 1, 1), Crs.epsg(32636));
        Path p = dir.resolve("nan.tif");
        GeoTiffWriter.write(p, new FloatGrid(geo, new float[] {1, Float.NaN}, null), GeoTiffWriteOptions.defaults());
        assertThat(GeoTiffReader.read(p).grid().noData()).isNaN();
    }

    @Test
    void wktOnlyCrsRoundTripsAsEsriPeString() {
        RasterFile olinda = GeoTiffReader.read(RealDemTest.resource("dems/stars_olinda_dem_utm25s.tif"));
        Path p = dir.resolve("olinda.tif");
        GeoTiffWriter.write(p, olinda.grid(), GeoTiffWriteOptions.defaults());
        RasterFile back = GeoTiffReader.read(p);
        assertThat(back.grid().geometry().crs().wkt()).isEqualTo(olinda.grid().geometry().crs().wkt());
        assertThat(back.grid().geometry().crs().inverseFlattening()).isEqualTo(298.257222101);
        RealDemTest.assertSameData(back.grid().data(), olinda.grid().data());
    }

    @Test
    void rotatedTransformAndUnknownCrsRoundTrip() {
        GeoTransform t = new GeoTransform(1000, 30, 5, 2000, 4, -30);
        GridGeometry geo = new GridGeometry(20, 10, t, Crs.unknown());
        FloatGrid g = new FloatGrid(geo, new float[200], null);
        Path p = dir.resolve("rot.tif");
        GeoTiffWriter.write(p, g, GeoTiffWriteOptions.defaults());
        RasterFile back = GeoTiffReader.read(p);
        assertThat(back.grid().geometry().transform()).isEqualTo(t);
        assertThat(back.grid().geometry().crs()).isEqualTo(Crs.unknown());
        assertThat(back.grid().noData()).isNull();
    }
}
