package org.plinth.raster.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.InvalidInputException;
import org.plinth.raster.PixelAnchor;

/** SRTM tiles synthesised in a temporary folder (a 3″ tile is 2.9 MB, too big to commit). */
class HgtReaderTest {
    static final int N = 1201;

    @TempDir
    Path dir;

    /** Height of post (c, r): (r * 1201 + c) mod 3000 - 100 plus {@code offset}; posts with (r + c) mod 997 == 0 are voids. */
    static short height(int c, int r, int offset) {
        return (r + c) % 997 == 0 ? Short.MIN_VALUE : (short) ((r * N + c) % 3000 - 100 + offset);
    }

    Path tile(String name, int offset) throws IOException {
        return tile(dir, name, offset);
    }

    /** A 3″ tile of {@link #height} posts named {@code name} in {@code dir}. */
    static Path tile(Path dir, String name, int offset) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(N * N * 2);
        for (int r = 0; r < N; r++) {
            for (int c = 0; c < N; c++) {
                b.putShort(height(c, r, offset));
            }
        }
        return Files.write(dir.resolve(name), b.array());
    }

    @Test
    void threeSecondTileHasGdalsOriginValuesAndVoids() throws IOException {
        RasterFile f = HgtReader.read(tile("S12W077.hgt", 0));
        FloatGrid g = f.grid();
        assertThat(g.cols()).isEqualTo(N);
        assertThat(f.dataType()).isEqualTo(RasterDataType.INT16);
        assertThat(f.anchor()).isEqualTo(PixelAnchor.CENTER);
        assertThat(g.noData()).isEqualTo(-32768f);
        assertThat(g.geometry().crs().epsgCode()).hasValue(4326);
        // gdalinfo -json S12W077.hgt: [-77.00041666666667, 0.0008333333333333, 0, -10.999583333333334, 0, -0.0008333333333333]
        GeoTransform t = g.geometry().transform();
        assertThat(t.originX()).isCloseTo(-77.00041666666667, within(1e-14));
        assertThat(t.originY()).isCloseTo(-10.999583333333334, within(1e-14));
        assertThat(t.pixelWidth()).isCloseTo(0.0008333333333333, within(1e-15));
        assertThat(t.pixelHeight()).isCloseTo(-0.0008333333333333, within(1e-15));
        // The south-west post sits exactly on the tile's corner (-77, -12).
        assertThat(t.centreX(0)).isCloseTo(-77.0, within(1e-12));
        assertThat(t.centreY(N - 1)).isCloseTo(-12.0, within(1e-12));
        for (int r = 0; r < N; r += 7) {
            for (int c = 0; c < N; c += 5) {
                assertThat(g.get(c, r)).isEqualTo(height(c, r, 0));
            }
        }
        assertThat(g.isNoData(0, 0)).isTrue();
        assertThat(g.isNoData(996, 1)).isTrue();
        assertThat(g.get(1, 0)).isEqualTo(-99f);
    }

    @Test
    void northEastTileCornerAndReadingThroughRasterFiles() throws IOException {
        RasterFile f = RasterFiles.read(tile("N51E035.hgt", 0));
        GeoTransform t = f.grid().geometry().transform();
        assertThat(t.originX()).isCloseTo(35 - 0.5 / 1200, within(1e-14));
        assertThat(t.originY()).isCloseTo(52 + 0.5 / 1200, within(1e-14));
    }

    @Test
    void badSizeAndNameAreRejectedNamingFileAndValue() throws IOException {
        Path small = Files.write(dir.resolve("N51E035.hgt"), new byte[1000]);
        assertThatThrownBy(() -> HgtReader.read(small)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("N51E035.hgt: size 1000 bytes is not an SRTM tile");
        Path badName = Files.write(dir.resolve("dem.hgt"), new byte[N * N * 2]);
        assertThatThrownBy(() -> HgtReader.read(badName)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("dem.hgt: SRTM tile name must start like N51E035");
        Path offGlobe = Files.write(dir.resolve("N95E035.hgt"), new byte[N * N * 2]);
        assertThatThrownBy(() -> HgtReader.read(offGlobe)).hasMessageStartingWith("N95E035.hgt: SRTM tile corner 95, 35");
    }

    @Test
    void neighbouringTilesMosaicWithSharedEdgeAndVoidsFilledFromTheNeighbour() throws IOException {
        // The west tile's last column and the east tile's first column are the same posts (lon 36).
        Path west = tile("N51E035.hgt", 0);
        Path east = tile("N51E036.hgt", 10000);
        RasterFile m = RasterFiles.mosaic(List.of(west, east));
        FloatGrid g = m.grid();
        assertThat(g.cols()).isEqualTo(2 * N - 1);
        assertThat(g.rows()).isEqualTo(N);
        assertThat(m.anchor()).isEqualTo(PixelAnchor.CENTER);
        assertThat(g.noData()).isEqualTo(-32768f);
        assertThat(g.geometry().transform().originX()).isCloseTo(35 - 0.5 / 1200, within(1e-12));
        assertThat(g.get(5, 3)).isEqualTo(height(5, 3, 0));
        assertThat(g.get(N - 1 + 5, 3)).isEqualTo(height(5, 3, 10000));
        // Shared column: the first tile (west) wins where it has a value ...
        assertThat(g.get(N - 1, 3)).isEqualTo(height(N - 1, 3, 0));
        // ... and the east tile fills the west tile's void at (1200, 794): (794 + 1200) mod 997 == 0.
        assertThat(height(N - 1, 794, 0)).isEqualTo(Short.MIN_VALUE);
        assertThat(g.get(N - 1, 794)).isEqualTo(height(0, 794, 10000));
    }

    /** A zip of {@code entries} (name and content), as NASA's LP DAAC ships SRTM tiles. */
    Path zip(String name, Object... entries) throws IOException {
        Path z = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(z); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) entries[i]));
                zip.write((byte[]) entries[i + 1]);
                zip.closeEntry();
            }
        }
        return z;
    }

    @Test
    void zippedTileReadsAsTheTileItHolds() throws IOException {
        Path plain = tile("N51E035.hgt", 7);
        byte[] bytes = Files.readAllBytes(plain);
        RasterFile direct = RasterFiles.read(plain);
        byte[] other = Files.readAllBytes(tile("N52E035.hgt", 99));
        for (Path z : List.of(zip("N51E035.SRTMGL3.hgt.zip", "N51E035.hgt", bytes),
                zip("n51e035.hgt.zip", "readme.txt", new byte[3], "n51e035.hgt", bytes),
                // another tile of that name in a folder first: the top-level one is the tile, as for GDAL
                zip("N51E035.SRTMGL1.hgt.zip", "srtm/N51E035.hgt", other, "N51E035.hgt", bytes),
                zip("N51E035.hgt.zip", "./N51E035.hgt", bytes))) {
            assertThat(RasterFiles.detect(z)).isEqualTo(RasterFiles.Format.HGT);
            RasterFile f = RasterFiles.read(z);
            assertThat(f.grid().geometry()).isEqualTo(direct.grid().geometry());
            assertThat(f.grid().data()).isEqualTo(direct.grid().data());
            assertThat(f.grid().noData()).isEqualTo(-32768f);
            assertThat(f.dataType()).isEqualTo(RasterDataType.INT16);
            assertThat(RasterFiles.header(z).geometry()).isEqualTo(direct.grid().geometry());
        }
    }

    @Test
    void zipsWithoutTheTileOrBrokenAreRejectedInOneSentence() throws IOException {
        byte[] bytes = Files.readAllBytes(tile("N51E035.hgt", 0));
        Path other = zip("N51E035.SRTMGL3.hgt.zip", "N51E036.hgt", bytes);
        assertThatThrownBy(() -> RasterFiles.read(other)).isInstanceOf(InvalidInputException.class)
                .hasMessage("N51E035.SRTMGL3.hgt.zip: the zip holds no N51E035.hgt at its top level (it holds N51E036.hgt)");
        // GDAL opens only the top-level entry spelt as the zip's name spells the tile
        Path inFolder = zip("N55E035.hgt.zip", "srtm/N55E035.hgt", bytes);
        assertThatThrownBy(() -> RasterFiles.read(inFolder)).isInstanceOf(InvalidInputException.class)
                .hasMessage("N55E035.hgt.zip: the zip holds no N55E035.hgt at its top level (it holds srtm/N55E035.hgt)");
        Path otherCase = zip("N56E035.hgt.zip", "n56e035.hgt", bytes);
        assertThatThrownBy(() -> RasterFiles.read(otherCase)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("N56E035.hgt.zip: the zip holds no N56E035.hgt at its top level");
        Path small = zip("N51E035.hgt.zip", "N51E035.hgt", new byte[1000]);
        assertThatThrownBy(() -> RasterFiles.read(small)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("N51E035.hgt.zip (N51E035.hgt): size 1000 bytes is not an SRTM tile");
        Path notZip = Files.write(dir.resolve("N52E035.hgt.zip"), new byte[5000]);
        assertThatThrownBy(() -> RasterFiles.read(notZip)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("N52E035.hgt.zip: not a readable zip file");
        // cut the zip inside the tile's compressed data: the central directory is gone too
        Path whole = zip("N53E035.hgt.zip", "N53E035.hgt", bytes);
        byte[] z = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("N54E035.hgt.zip"), Arrays.copyOf(z, z.length / 2));
        assertThatThrownBy(() -> RasterFiles.read(cut)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("N54E035.hgt.zip: not a readable zip file");
    }
}
