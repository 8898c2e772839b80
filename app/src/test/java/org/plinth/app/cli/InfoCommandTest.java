package org.plinth.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** plinth raster info: what plinth reads, checked against gdalinfo where GDAL is installed. */
class InfoCommandTest {
    private static final Path DEMS = Path.of("../raster/src/test/resources/dems");
    private static final Path OLINDA = DEMS.resolve("stars_olinda_dem_utm25s.tif");

    @TempDir
    Path tmp;

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    private String stdout() {
        return cli.stdout();
    }

    @Test
    void textSaysFormatSizeTypeCrsExtentAnchorAndNoData() {
        assertThat(run("raster", "info", OLINDA.toString())).isZero();
        assertThat(stdout()).contains("Format: GeoTIFF\n").contains("Size: 111 x 111 cells, Float32\n")
                .contains("CRS: WKT only (projected, metre): PROJCS[\"UTM Zone 25, Southern Hemisphere\"")
                .contains("Origin: (288776.25000080315, 9120760.750028737); "
                        + "cell size 89.99406734945116 x -89.99406734945116")
                .contains("Coordinates refer to: cell corners (PixelIsArea)").contains("NoData: none")
                .doesNotContain("Statistics");
        assertThat(run("raster", "info", tmp.resolve("missing.tif").toString())).isEqualTo(2);
        assertThat(cli.stderr()).contains("missing.tif: no such file");
    }

    @Test
    void noDataAsTheFileStatesItAndTheExtentOfARotatedGrid() throws Exception {
        Path info = Path.of("src/test/resources/info");
        assertThat(run("raster", "info", info.resolve("uint32_nodata_max.tif").toString(), "--stats")).isZero();
        assertThat(stdout()).contains("NoData: 4294967295 (plinth compares cells with it in float32: 4294967296.0)")
                .contains("; 1 NoData cell (33.33 %)");
        assertThat(run("raster", "info", info.resolve("float64_nodata_frac.tif").toString(), "--json")).isZero();
        assertThat(new ObjectMapper().readTree(stdout()).get("noData").asDouble()).isEqualTo(-9999.123456789);
        // gdalinfo's corners of [431000, 30, 5, 5731000, 4, -30] on 37 x 23 cells
        Path rotated = Path.of("../raster/src/test/resources/tiff/rotated_float32_none_striped.tif");
        assertThat(run("raster", "info", rotated.toString())).isZero();
        assertThat(stdout()).contains("Extent: west 431000.0, south 5730310.0, east 432225.0, north 5731148.0");
        assertThat(run("raster", "info", rotated.toString(), "--json")).isZero();
        JsonNode c = new ObjectMapper().readTree(stdout()).get("corners");
        assertThat(c.get("lowerRight").toString()).isEqualTo("[432225.0,5730458.0]");
        assertThat(c.get("upperRight").toString()).isEqualTo("[432110.0,5731148.0]");
    }

    /**
     * A TIFF without georeferencing: gdalinfo lists it in cell coordinates (corners (0, 0) to (5, 3),
     * no geotransform), and so does info; its statistics are gdalinfo -stats' (minimum -6, maximum 17,
     * mean 5.857, standard deviation 7.909 over 14 cells, NoData -7 on one). The kernels still refuse it.
     */
    @Test
    void aTiffWithoutGeoreferencingIsListedInCellCoordinatesAndRefusedByTheKernels() throws Exception {
        Path plain = Path.of("src/test/resources/info/plain_int16_nogeo.tif");
        assertThat(run("raster", "info", plain.toString(), "--stats")).isZero();
        assertThat(stdout()).contains("Size: 5 x 3 cells, Int16\n").contains("CRS: none")
                .contains("Georeference: none").contains("Extent in cell coordinates: columns 0 to 5, rows 0 to 3")
                .contains("NoData: -7\n").contains("Statistics: minimum -6.0, maximum 17.0, mean 5.857142857142")
                .contains("standard deviation 7.908920306095").contains("1 NoData cell (6.67 %)")
                .doesNotContain("Origin:");
        assertThat(run("raster", "info", plain.toString(), "--json")).isZero();
        JsonNode j = new ObjectMapper().readTree(stdout());
        assertThat(j.get("georeferenced").asBoolean()).isFalse();
        assertThat(j.get("geoTransform").isNull()).isTrue();
        assertThat(j.get("corners").get("upperLeft").toString()).isEqualTo("[0.0,0.0]");
        assertThat(j.get("corners").get("lowerRight").toString()).isEqualTo("[5.0,3.0]");
        assertThat(j.get("corners").get("lowerLeft").toString()).isEqualTo("[0.0,3.0]");
        assertThat(run("raster", "info", OLINDA.toString(), "--json")).isZero();
        assertThat(new ObjectMapper().readTree(stdout()).get("georeferenced").asBoolean()).isTrue();

        Path out = tmp.resolve("slope.tif");
        assertThat(run("raster", "slope", plain.toString(), out.toString(), "--scale=1")).isEqualTo(2);
        assertThat(cli.stderr()).contains("plain_int16_nogeo.tif: no georeferencing");
        assertThat(out).doesNotExist();
    }

    @Test
    void anAsciiGridsNoDataAsItsHeaderStatesItAndNoUnitWithoutCrs() throws Exception {
        Path asc = Files.writeString(tmp.resolve("a.asc"),
                "ncols 3\nnrows 2\nxllcorner 0\nyllcorner 0\ncellsize 1\nNODATA_value 2147483647\n1 2 3\n4 2147483647 6\n");
        assertThat(run("raster", "info", asc.toString())).isZero();
        assertThat(stdout()).contains("NoData: 2147483647 (plinth compares cells with it in float32: 2147483648.0)")
                .contains("CRS: none");
        assertThat(run("raster", "info", asc.toString(), "--json")).isZero();
        JsonNode j = new ObjectMapper().readTree(stdout());
        assertThat(j.get("noData").asLong()).isEqualTo(2147483647L);
        assertThat(j.get("crs").get("known").asBoolean()).isFalse();
        assertThat(j.get("crs").get("unit").isNull()).isTrue();
        Path big = Files.writeString(tmp.resolve("b.asc"),
                "ncols 2\nnrows 1\nxllcorner 0\nyllcorner 0\ncellsize 1\nNODATA_value -3.4028234663852886e+38\n1.5 2\n");
        assertThat(run("raster", "info", big.toString())).isZero();
        assertThat(stdout()).contains("NoData: -3.4028234663852886E38\n");
    }

    @Test
    void statisticsEqualGdalinfoStats() throws Exception {
        assumeThat(onPath("gdalinfo")).as("GDAL on PATH").isTrue();
        Path copy = Files.copy(OLINDA, tmp.resolve("olinda.tif")); // gdalinfo -stats writes an .aux.xml beside it
        for (Path dem : new Path[] {copy, Files.copy(DEMS.resolve("gdal-reference/terrain/olinda_holes.tif"),
                tmp.resolve("holes.tif"))}) {
            assertThat(run("raster", "info", dem.toString(), "--stats", "--json")).isZero();
            JsonNode s = new ObjectMapper().readTree(stdout()).get("statistics");
            Map<String, Double> gdal = gdalStats(dem);
            assertThat(s.get("minimum").asDouble()).isEqualTo(gdal.get("MINIMUM"));
            assertThat(s.get("maximum").asDouble()).isEqualTo(gdal.get("MAXIMUM"));
            assertThat(s.get("mean").asDouble()).isCloseTo(gdal.get("MEAN"), within(1e-9));
            assertThat(s.get("stdDev").asDouble()).isCloseTo(gdal.get("STDDEV"), within(1e-9));
            long cells = s.get("validCells").asLong() + s.get("noDataCells").asLong();
            assertThat(100.0 * s.get("validCells").asLong() / cells).isCloseTo(gdal.get("VALID_PERCENT"), within(0.005)); // GDAL rounds it to 0.01
        }
        // the holes DEM has 5 x 5 + 1 + 1 + 3 NoData cells
        assertThat(new ObjectMapper().readTree(stdout()).get("statistics").get("noDataCells").asLong()).isEqualTo(30);
    }

    @Test
    void jsonOfAZippedSrtmTileSaysWhatTheNameAndSizeGive() throws IOException {
        ByteBuffer b = ByteBuffer.allocate(1201 * 1201 * 2);
        for (int i = 0; i < 1201 * 1201; i++) {
            b.putShort((short) (i % 997 == 0 ? -32768 : 100 + i % 300));
        }
        Path zip = tmp.resolve("N51E036.SRTMGL3.hgt.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("N51E036.hgt"));
            z.write(b.array());
            z.closeEntry();
        }
        assertThat(run("raster", "info", zip.toString(), "--json", "--stats")).isZero();
        JsonNode j = new ObjectMapper().readTree(stdout());
        assertThat(j.get("format").asText()).isEqualTo("SRTM .hgt (zipped)");
        assertThat(j.get("size").toString()).isEqualTo("[1201,1201]");
        assertThat(j.get("dataType").asText()).isEqualTo("Int16");
        assertThat(j.get("crs").get("epsg").asInt()).isEqualTo(4326);
        assertThat(j.get("anchor").asText()).isEqualTo("center");
        assertThat(j.get("noData").asDouble()).isEqualTo(-32768.0);
        // corner half a post west and north of N52 E36, as GDAL's SRTMHGT driver puts it
        assertThat(j.get("geoTransform").get(0).asDouble()).isCloseTo(36 - 0.5 / 1200, within(1e-12));
        assertThat(j.get("geoTransform").get(3).asDouble()).isCloseTo(52 + 0.5 / 1200, within(1e-12));
        assertThat(j.get("statistics").get("noDataCells").asLong()).isEqualTo((1201L * 1201 + 996) / 997);
        assertThat(j.get("statistics").get("minimum").asDouble()).isEqualTo(100.0);
        assertThat(j.get("statistics").get("maximum").asDouble()).isEqualTo(399.0);
    }

    private static Map<String, Double> gdalStats(Path dem) throws Exception {
        Process p = new ProcessBuilder("gdalinfo", "-stats", dem.toString()).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(text).isZero();
        Map<String, Double> m = new HashMap<>();
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (t.startsWith("STATISTICS_")) {
                String[] kv = t.substring("STATISTICS_".length()).split("=", 2);
                m.put(kv[0], Double.parseDouble(kv[1]));
            }
        }
        return m;
    }

    private static boolean onPath(String tool) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }
}
