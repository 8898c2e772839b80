package org.plinth.raster.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.Window;

/**
 * Files plinth writes open in GDAL with the right CRS, extent, NoData and values. Runs only where
 * {@code gdalinfo} and {@code gdal_translate} are on the PATH (CI installs gdal-bin).
 */
class GdalCompatibilityTest {
    @TempDir
    Path dir;

    static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(String.join(" ", command) + ": " + text).isZero();
        return text;
    }

    static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }

    /** gdal_translate to ESRI ASCII grid, read back with plinth's ASCII reader. */
    RasterFile viaGdalAscii(Path tif) throws IOException, InterruptedException {
        Path asc = dir.resolve(tif.getFileName() + ".asc");
        run("gdal_translate", "-q", "-of", "AAIGrid", tif.toString(), asc.toString());
        return AsciiGridReader.read(asc);
    }

    @Test
    void float32ProjectedOpensInGdalWithCrsExtentNoDataAndValues() throws Exception {
        assumeThat(onPath("gdalinfo") && onPath("gdal_translate")).as("GDAL on PATH").isTrue();
        FloatGrid g = GeoTiffWriterTest.dem(42, 300, 270, Crs.epsg(32636));
        Path tif = dir.resolve("dem.tif");
        GeoTiffWriter.write(tif, g, GeoTiffWriteOptions.defaults());
        String json = run("gdalinfo", "-json", tif.toString()).replaceAll("\\s+", "");
        assertThat(json).contains("\"size\":[300,270]");
        assertThat(json).contains("\"geoTransform\":[431000.0,30.0,0.0,5731000.0,0.0,-30.0]");
        assertThat(json).contains("ID[\\\"EPSG\\\",32636]]\"");
        assertThat(json).contains("\"type\":\"Float32\"");
        assertThat(json).contains("\"noDataValue\":-9999.0");
        assertThat(json).contains("\"COMPRESSION\":\"DEFLATE\"");
        RasterFile back = viaGdalAscii(tif);
        RealDemTest.assertSameData(back.grid().data(), g.data());
        assertThat(back.grid().noData()).isEqualTo(-9999f);
    }

    @Test
    void aSouthUpGridOpensInGdalWithItsGeotransform() throws Exception {
        assumeThat(onPath("gdalinfo")).as("GDAL on PATH").isTrue();
        FloatGrid north = GeoTiffWriterTest.dem(7, 30, 20, Crs.epsg(32636));
        GeoTransform t = north.geometry().transform();
        // the same cells stored from the south edge up: positive pixel height
        GeoTransform up = new GeoTransform(t.originX(), t.pixelWidth(), 0, t.originY() + 20 * t.pixelHeight(), 0,
                -t.pixelHeight());
        Path tif = dir.resolve("south_up.tif");
        GeoTiffWriter.write(tif, new FloatGrid(new GridGeometry(30, 20, up, north.geometry().crs()), north.data(), null),
                GeoTiffWriteOptions.defaults());
        String info = run("gdalinfo", "-json", tif.toString());
        assertThat(info).doesNotContainIgnoringCase("warning");
        assertThat(info.replaceAll("\\s+", "")).contains("\"geoTransform\":[431000.0,30.0,0.0,5730400.0,0.0,30.0]");
        assertThat(GeoTiffReader.read(tif).grid().geometry().transform()).isEqualTo(up);
    }

    @Test
    void byteGeographicAndUserDefinedCrsOpenInGdal() throws Exception {
        assumeThat(onPath("gdalinfo") && onPath("gdal_translate")).as("GDAL on PATH").isTrue();
        byte[] d = new byte[21 * 17];
        for (int i = 0; i < d.length; i++) {
            d[i] = (byte) (i * 7);
        }
        ByteGrid mask = new ByteGrid(new GridGeometry(21, 17, GeoTransform.northUp(35.9, 51.8, 0.25, 0.125),
                Crs.epsg(4326)), d, 0);
        Path tif = dir.resolve("mask.tif");
        GeoTiffWriter.write(tif, mask, GeoTiffWriteOptions.defaults().withTileSize(16));
        String json = run("gdalinfo", "-json", tif.toString()).replaceAll("\\s+", "");
        assertThat(json).contains("\"geoTransform\":[35.9,0.25,0.0,51.8,0.0,-0.125]");
        assertThat(json).contains("ID[\\\"EPSG\\\",4326]]\"");
        assertThat(json).contains("\"type\":\"Byte\"").contains("\"noDataValue\":0.0");
        float[] values = viaGdalAscii(tif).grid().data();
        for (int i = 0; i < d.length; i++) {
            assertThat(values[i]).isEqualTo(d[i] & 0xFF);
        }
        RasterFile olinda = GeoTiffReader.read(RealDemTest.resource("dems/stars_olinda_dem_utm25s.tif"));
        Path utm = dir.resolve("olinda.tif");
        GeoTiffWriter.write(utm, olinda.grid(), GeoTiffWriteOptions.defaults());
        String info = run("gdalinfo", "-json", utm.toString()).replaceAll("\\s+", "");
        assertThat(info).contains("PARAMETER[\\\"Longitudeofnaturalorigin\\\",-33")
                .contains("ELLIPSOID[\\\"ellipsoid\\\",6378137,298.257222101");
    }

    @Test
    void gdalDecodesPlinthsLzwPackBitsAndPredictorsIncludingBigTiff() throws Exception {
        assumeThat(onPath("gdal_translate")).as("GDAL on PATH").isTrue();
        FloatGrid g = GeoTiffWriterTest.dem(43, 300, 270, Crs.epsg(32636));
        GeoTiffWriteOptions[] variants = {
            GeoTiffWriteOptions.defaults().withCompression(Compression.LZW).withPredictor(2),
            GeoTiffWriteOptions.defaults().withCompression(Compression.LZW).withPredictor(3),
            GeoTiffWriteOptions.defaults().withCompression(Compression.PACKBITS),
            GeoTiffWriteOptions.defaults().withDeflateLevel(9).withBigTiff(true).withTileSize(64),
        };
        for (int i = 0; i < variants.length; i++) {
            Path tif = dir.resolve("v" + i + ".tif");
            GeoTiffWriter.write(tif, g, variants[i]);
            RealDemTest.assertSameData(viaGdalAscii(tif).grid().data(), g.data());
        }
    }

    @Test
    void gdalReadsZerosWhereUncompressedZeroTilesWereSkipped() throws Exception {
        assumeThat(onPath("gdal_translate")).as("GDAL on PATH").isTrue();
        // a viewshed-like output: a few visible cells in one tile; the other tiles, the last one too, are holes
        byte[] d = new byte[70 * 50];
        d[20 * 70 + 18] = (byte) 255;
        d[21 * 70 + 19] = (byte) 255;
        ByteGrid vis = new ByteGrid(new GridGeometry(70, 50, GeoTransform.northUp(431000, 5731000, 30, 30),
                Crs.epsg(32636)), d, 1);
        Path tif = dir.resolve("sparse.tif");
        GeoTiffWriter.write(tif, vis, GeoTiffWriteOptions.defaults().withCompression(Compression.NONE).withTileSize(16));
        float[] values = viaGdalAscii(tif).grid().data();
        for (int i = 0; i < d.length; i++) {
            assertThat(values[i]).as("cell %d", i).isEqualTo(d[i] & 0xFF);
        }
    }

    @Test
    void aZippedSrtmTileReadsAsGdalReadsIt() throws Exception {
        assumeThat(onPath("gdal_translate")).as("GDAL on PATH").isTrue();
        Path zip = zipped(HgtReaderTest.tile(dir, "N51E035.hgt", 40), "N51E035.SRTMGL3.hgt.zip");
        RasterFile ours = RasterFiles.read(zip);
        // GDAL's SRTMHGT driver opens the zip itself; its ASCII grid gives the corner and the cell size
        RasterFile gdal = viaGdalAscii(zip);
        assertThat(ours.grid().cols()).isEqualTo(gdal.grid().cols());
        assertThat(ours.grid().rows()).isEqualTo(gdal.grid().rows());
        GeoTransform a = ours.grid().geometry().transform();
        GeoTransform b = gdal.grid().geometry().transform();
        assertThat(a.originX()).isCloseTo(b.originX(), within(1e-9));
        assertThat(a.originY()).isCloseTo(b.originY(), within(1e-9));
        assertThat(a.pixelWidth()).isCloseTo(b.pixelWidth(), within(1e-12));
        RealDemTest.assertSameData(gdal.grid().data(), ours.grid().data());
        assertThat(gdal.grid().noData()).isEqualTo(ours.grid().noData());
    }

    @Test
    void aVrtOfZippedSrtmTilesReadsAsGdalReadsIt() throws Exception {
        // the Kursk workflow: NASA's zipped 3" tiles, joined with gdalbuildvrt, used as one DEM
        assumeThat(onPath("gdalbuildvrt") && onPath("gdal_translate")).as("GDAL on PATH").isTrue();
        Path west = zipped(HgtReaderTest.tile(dir, "N51E035.hgt", 0), "N51E035.SRTMGL3.hgt.zip");
        Path east = zipped(HgtReaderTest.tile(dir, "N51E036.hgt", 5000), "N51E036.SRTMGL3.hgt.zip");
        Path vrt = dir.resolve("kursk.vrt");
        run("gdalbuildvrt", "-q", vrt.toString(), west.toString(), east.toString());
        Path tif = dir.resolve("kursk_gdal.tif");
        run("gdal_translate", "-q", vrt.toString(), tif.toString());
        RasterFile ours = RasterFiles.read(vrt);
        RasterFile gdal = GeoTiffReader.read(tif);
        assertThat(ours.grid().geometry()).isEqualTo(gdal.grid().geometry());
        assertThat(ours.grid().noData()).isEqualTo(-32768f).isEqualTo(gdal.grid().noData());
        RealDemTest.assertSameData(ours.grid().data(), gdal.grid().data());
        // and plinth's own mosaic of the same tiles is the same grid (it fills a void on the shared edge
        // from the neighbour, as GDAL's ComplexSource NODATA does)
        RasterFile mosaic = RasterFiles.mosaic(List.of(east, west));
        assertThat(mosaic.grid().geometry().transform().toArray())
                .containsExactly(gdal.grid().geometry().transform().toArray(), within(1e-12));
        RealDemTest.assertSameData(mosaic.grid().data(), gdal.grid().data());
    }

    @Test
    void aVrtOfPlainSrtmTilesAndWindowsOfItReadAsGdalReadsThem() throws Exception {
        // three tiles in an L with voids; the fourth corner is the VRT's NoData. Tiles are decoded one after
        // another into one scratch array and painted unless void, so the shared edges take the later tile's
        // posts except where it has a void
        assumeThat(onPath("gdalbuildvrt") && onPath("gdal_translate")).as("GDAL on PATH").isTrue();
        Path sw = HgtReaderTest.tile(dir, "N51E035.hgt", 0);
        Path se = HgtReaderTest.tile(dir, "N51E036.hgt", 5000);
        Path nw = HgtReaderTest.tile(dir, "N52E035.hgt", 9000);
        Path vrt = dir.resolve("tiles.vrt");
        run("gdalbuildvrt", "-q", vrt.toString(), sw.toString(), se.toString(), nw.toString());
        Path tif = dir.resolve("tiles_gdal.tif");
        run("gdal_translate", "-q", vrt.toString(), tif.toString());
        RasterFile gdal = GeoTiffReader.read(tif);
        RasterFile ours = RasterFiles.read(vrt);
        assertThat(ours.grid().geometry()).isEqualTo(gdal.grid().geometry());
        RealDemTest.assertSameData(ours.grid().data(), gdal.grid().data());
        for (int[] w : new int[][] {{1190, 1190, 40, 30}, {0, 0, 2401, 2401}, {1500, 100, 700, 1500}, {1200, 1200, 1, 1}}) {
            Path part = dir.resolve("part.tif");
            run("gdal_translate", "-q", "-srcwin", String.valueOf(w[0]), String.valueOf(w[1]), String.valueOf(w[2]),
                    String.valueOf(w[3]), vrt.toString(), part.toString());
            Window window = new Window(w[0], w[1], w[0] + w[2], w[1] + w[3]);
            RealDemTest.assertSameData(RasterFiles.read(vrt, window, org.plinth.raster.Monitor.NONE).grid().data(),
                    GeoTiffReader.read(part).grid().data());
        }
    }

    private Path zipped(Path hgt, String zipName) throws IOException {
        Path zip = dir.resolve(zipName);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry(hgt.getFileName().toString()));
            out.write(Files.readAllBytes(hgt));
            out.closeEntry();
        }
        Files.delete(hgt);
        return zip;
    }
}
