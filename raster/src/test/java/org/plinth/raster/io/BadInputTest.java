package org.plinth.raster.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plinth.raster.Crs;
import org.plinth.raster.InvalidInputException;

/** Bad files fail with an {@link InvalidInputException} whose one-sentence message names the file. */
class BadInputTest {
    @TempDir
    Path dir;

    /**
     * A 4 x 3 uncompressed single-strip TIFF of {@code bits}-bit samples after the directory, with the
     * tags {@code edit} leaves. The strip holds zeros.
     */
    Path tiff(String name, int bits, Consumer<IfdWriter> edit) throws IOException {
        int stripBytes = 4 * 3 * Math.max(1, bits / 8);
        IfdWriter ifd = new IfdWriter(false);
        ifd.longs(TiffTag.IMAGE_WIDTH, 4);
        ifd.longs(TiffTag.IMAGE_LENGTH, 3);
        ifd.shorts(TiffTag.BITS_PER_SAMPLE, bits);
        ifd.shorts(TiffTag.COMPRESSION, 1);
        ifd.longs(TiffTag.ROWS_PER_STRIP, 3);
        ifd.longs(TiffTag.STRIP_BYTE_COUNTS, stripBytes);
        ifd.longs(TiffTag.STRIP_OFFSETS, 0);
        ifd.shorts(TiffTag.SAMPLE_FORMAT, 3);
        ifd.doubles(TiffTag.MODEL_PIXEL_SCALE, 30, 30, 0);
        ifd.doubles(TiffTag.MODEL_TIEPOINT, 0, 0, 0, 431000, 5731000, 0);
        edit.accept(ifd);
        long dataAt = 8 + ifd.size();
        if (ifd.size() > 0) {
            ifd.longs(TiffTag.STRIP_OFFSETS, dataAt);
        }
        ByteBuffer b = ByteBuffer.allocate((int) dataAt + stripBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        b.put(ifd.toBytes(8));
        return Files.write(dir.resolve(name), b.array());
    }

    static void assertInvalid(Path p, String message) {
        assertThatThrownBy(() -> RasterFiles.read(p)).isInstanceOf(InvalidInputException.class)
                .hasMessage(message);
    }

    @Test
    void theMinimalTiffIsValid() throws IOException {
        Path p = tiff("ok.tif", 32, ifd -> { });
        assertThat(GeoTiffReader.read(p).grid().data()).containsOnly(0f);
        assertThat(GeoTiffReader.read(p).grid().geometry().crs()).isEqualTo(Crs.unknown());
    }

    @Test
    void garbageAndEmptyFiles() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.tif"), "just some text, not an image");
        assertThatThrownBy(() -> GeoTiffReader.read(text)).isInstanceOf(InvalidInputException.class)
                .hasMessage("notes.tif: not a TIFF file (no II or MM byte-order mark)");
        assertInvalid(text, "notes.tif: not a raster format plinth reads (GeoTIFF, SRTM .hgt or .hgt.zip, ESRI ASCII grid or GDAL VRT)");
        Path empty = Files.write(dir.resolve("empty.tif"), new byte[0]);
        assertThatThrownBy(() -> GeoTiffReader.read(empty)).hasMessage("empty.tif: not a TIFF file (only 0 bytes)");
        assertInvalid(dir.resolve("missing.tif"), "missing.tif: no such file");
        Path folder = Files.createDirectory(dir.resolve("folder.tif"));
        assertInvalid(folder, "folder.tif: is a folder, not a raster file");
        assertThatThrownBy(() -> RasterFiles.header(folder)).isInstanceOf(InvalidInputException.class)
                .hasMessage("folder.tif: is a folder, not a raster file");
    }

    @Test
    void unreadableFileIsBadInputWithTheReason() throws IOException {
        Path p = tiff("locked.tif", 32, ifd -> { });
        Files.setPosixFilePermissions(p, java.util.Set.of());
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(p), "running as root: permissions are not enforced");
            assertInvalid(p, "locked.tif: cannot read it: permission denied");
        } finally {
            Files.setPosixFilePermissions(p, java.util.Set.of(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                    java.nio.file.attribute.PosixFilePermission.OWNER_WRITE));
        }
    }

    @Test
    void truncatedFile() throws IOException {
        Path p = tiff("dem.tif", 32, ifd -> { });
        byte[] all = Files.readAllBytes(p);
        Files.write(p, Arrays.copyOf(all, all.length - 10));
        assertInvalid(p, "dem.tif: file is truncated or corrupt (strip 0 at byte " + (all.length - 48) + " needs 48 bytes, "
                + "the file has " + (all.length - 10) + ")");
        Files.write(p, Arrays.copyOf(all, 30));
        assertThatThrownBy(() -> RasterFiles.read(p)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("dem.tif: file is truncated or corrupt (the directory at byte 10");
    }

    @Test
    void unsupportedSampleFormatBitsAndCompression() throws IOException {
        assertInvalid(tiff("c.tif", 32, ifd -> ifd.shorts(TiffTag.SAMPLE_FORMAT, 6)),
                "c.tif: unsupported sample format 6 (complex floating point)");
        assertInvalid(tiff("h.tif", 16, ifd -> { }), "h.tif: unsupported 16 bits per sample for floating point data");
        assertInvalid(tiff("b.tif", 1, ifd -> ifd.shorts(TiffTag.SAMPLE_FORMAT, 1)),
                "b.tif: unsupported 1 bits per sample for unsigned integer data");
        assertInvalid(tiff("j.tif", 32, ifd -> ifd.shorts(TiffTag.COMPRESSION, 7)), "j.tif: unsupported compression 7 (JPEG)");
        assertInvalid(tiff("z.tif", 32, ifd -> ifd.shorts(TiffTag.COMPRESSION, 50000)),
                "z.tif: unsupported compression 50000 (ZSTD)");
        assertInvalid(tiff("p.tif", 16, ifd -> {
            ifd.shorts(TiffTag.SAMPLE_FORMAT, 2);
            ifd.shorts(TiffTag.COMPRESSION, 5);
            ifd.shorts(TiffTag.PREDICTOR, 3);
        }), "p.tif: floating-point predictor (3) on Int16 samples is not valid");
    }

    @Test
    void missingTagsAndGeoreferencing() throws IOException {
        Path noWidth = tiff("w.tif", 32, ifd -> ifd.longs(TiffTag.IMAGE_WIDTH));
        assertInvalid(noWidth, "w.tif: missing required TIFF tag ImageWidth (256)");
        Path noOffsets = tiff("o.tif", 32, ifd -> ifd.longs(TiffTag.STRIP_BYTE_COUNTS));
        assertInvalid(noOffsets, "o.tif: missing required TIFF tag StripByteCounts (279)");
        Path noGeo = tiff("g.tif", 32, ifd -> {
            ifd.doubles(TiffTag.MODEL_PIXEL_SCALE);
            ifd.doubles(TiffTag.MODEL_TIEPOINT);
        });
        assertInvalid(noGeo, "g.tif: no georeferencing (needs ModelPixelScaleTag and ModelTiepointTag, "
                + "or ModelTransformationTag)");
        Path gcps = tiff("gcp.tif", 32, ifd -> {
            ifd.doubles(TiffTag.MODEL_PIXEL_SCALE);
            ifd.doubles(TiffTag.MODEL_TIEPOINT, 0, 0, 0, 1, 2, 0, 3, 3, 0, 4, 5, 0);
        });
        assertInvalid(gcps, "gcp.tif: georeferenced by 2 ground control points, not a geotransform; warp it first (gdalwarp)");
    }

    @Test
    void corruptCompressedData() throws IOException {
        for (String fixture : new String[] {"float32_deflate1_tiled.tif", "float32_lzw1_tiled.tif"}) {
            byte[] all = Files.readAllBytes(RealDemTest.resource("tiff/" + fixture));
            // The tiles follow GDAL's directory; scramble the first tile's data after its first bytes.
            for (int i = all.length / 2; i < all.length / 2 + 64; i++) {
                all[i] = (byte) (i * 131);
            }
            Path p = Files.write(dir.resolve(fixture), all);
            assertThatThrownBy(() -> RasterFiles.read(p)).isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith(fixture + ": ").hasMessageContaining("tile");
        }
    }

    /** A Float32 TIFF of side x side cells in 4096-cell tiles, none of them stored (sparse). */
    Path sparse(String name, int side) throws IOException {
        int tiles = (side + 4095) / 4096;
        return tiff(name, 32, ifd -> {
            ifd.longs(TiffTag.IMAGE_WIDTH, side);
            ifd.longs(TiffTag.IMAGE_LENGTH, side);
            ifd.longs(TiffTag.TILE_WIDTH, 4096);
            ifd.longs(TiffTag.TILE_LENGTH, 4096);
            ifd.longs(TiffTag.TILE_OFFSETS, new long[tiles * tiles]);
            ifd.longs(TiffTag.TILE_BYTE_COUNTS, new long[tiles * tiles]);
        });
    }

    @Test
    void gridTooLargeForTheHeapIsRefusedBeforeAllocating() throws IOException {
        long max = Runtime.getRuntime().maxMemory();
        // A side whose float grid needs 20% more than the whole heap but stays below 2^31 cells.
        int side = (int) Math.ceil(Math.sqrt(max * 1.2 / 4));
        assumeThat((long) side * side).as("heap small enough to test below 2^31 cells").isLessThan(Integer.MAX_VALUE - 8);
        long mb = (long) side * side * 4 >> 20;
        assertInvalid(sparse("huge.tif", side), "huge.tif: grid of " + side + " x " + side + " cells (" + mb
                + " MB) is too large for the Java heap (" + (max >> 20) + " MB); run with a larger heap "
                + "(-Xmx; plinth's launcher takes it from PLINTH_JAVA_OPTS) or clip it first (gdal_translate -srcwin)");
        assertInvalid(sparse("vast.tif", 60000), "vast.tif: grid of 60000 x 60000 cells (13732 MB) is too large for "
                + "the Java heap (" + (max >> 20) + " MB); plinth holds at most 2^31 cells per grid; clip or resample "
                + "it first (gdal_translate -srcwin or -tr)");
    }

    @Test
    void sparseTilesReadAsNoDataOrZero() throws IOException {
        Path p = sparse("sparse.tif", 20);
        assertThat(GeoTiffReader.read(p).grid().data()).hasSize(400).containsOnly(0f);
    }

    @Test
    void badAsciiGrids() throws IOException {
        Path noCols = Files.writeString(dir.resolve("a.asc"), "nrows 2\nxllcorner 0\nyllcorner 0\ncellsize 1\n1 2\n3 4\n");
        assertInvalid(noCols, "a.asc: header has no ncols");
        Path few = Files.writeString(dir.resolve("b.asc"),
                "ncols 2\nnrows 2\nxllcorner 0\nyllcorner 0\ncellsize 1\n1 2\n3\n");
        assertInvalid(few, "b.asc: expected 4 values (2 x 2), found 3");
        Path word = Files.writeString(dir.resolve("c.asc"),
                "ncols 2\nnrows 1\nxllcorner 0\nyllcorner 0\ncellsize 1\n1 x2\n", StandardCharsets.US_ASCII);
        assertInvalid(word, "c.asc: value at row 1, column 2 is not a number: 'x2'");
        Path zero = Files.writeString(dir.resolve("d.asc"), "ncols 2\nnrows 1\nxllcorner 0\nyllcorner 0\ncellsize 0\n1 2\n");
        assertInvalid(zero, "d.asc: header cellsize must be > 0, was 0");
    }
}
