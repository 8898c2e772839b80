package org.plinth.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.distance.DistanceOptions;
import org.plinth.raster.distance.EuclideanDistance;
import org.plinth.raster.distance.RasterizeOptions;
import org.plinth.raster.io.GeoTiffWriteOptions;
import org.plinth.raster.io.RasterFiles;
import org.plinth.siting.layers.GeometryBurner;
import org.plinth.siting.layers.VectorLayerReader;

/** End to end on the real test DEMs of the raster module (Luxembourg EPSG:4326, Olinda UTM 25S). */
class DistanceCommandTest {
    private static final Path DEMS = Path.of("..", "raster", "src", "test", "resources", "dems");
    private static final Path LUXEMBOURG = DEMS.resolve("terra_elev_luxembourg.tif");
    private static final Path OLINDA = DEMS.resolve("stars_olinda_dem_utm25s.tif");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return PlinthCommand.execute(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    Path geojson(String name, String geometries) throws IOException {
        StringBuilder sb = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        String[] gs = geometries.split(";");
        for (int i = 0; i < gs.length; i++) {
            sb.append(i > 0 ? "," : "").append("{\"type\":\"Feature\",\"properties\":{},\"geometry\":").append(gs[i]).append('}');
        }
        Path p = dir.resolve(name);
        Files.writeString(p, sb.append("]}").toString());
        return p;
    }

    @Test
    void vectorFeaturesOnTheLuxembourgDem() throws IOException {
        Path features = geojson("roads.geojson",
                "{\"type\":\"LineString\",\"coordinates\":[[5.9,49.6],[6.3,49.9]]};"
                        + "{\"type\":\"Point\",\"coordinates\":[6.105,50.046]}");
        Path out = dir.resolve("dist.tif");
        assertThat(run("raster", "distance", LUXEMBOURG.toString(), out.toString(), "--to", features.toString(), "-q"))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();
        FloatGrid d = RasterFiles.read(out).grid();
        GridGeometry grid = RasterFiles.read(LUXEMBOURG).grid().geometry();
        assertThat(d.geometry().sameGridAs(grid)).isTrue();
        // The command is exactly the kernel on the burned layer.
        ByteGrid burned = GeometryBurner.rasterize(VectorLayerReader.read(features), grid, RasterizeOptions.defaults());
        FloatGrid expected = new EuclideanDistance(burned, DistanceOptions.defaults()).compute();
        assertThat(d.data()).containsExactly(expected.data());
        // The point's cell is 0; 10 cells east of it along the row is 10 x 30" of longitude at ~50.05 N:
        // 10 * (1/120)° * 111 320 m * cos(50.05°) ≈ 5 965 m (spherical estimate, within 0.5 %).
        GeoTransform t = grid.transform();
        int col = (int) Math.floor(t.colOf(6.105));
        int row = (int) Math.floor(t.rowOf(50.046));
        assertThat(d.get(col, row)).isZero();
        double lat = t.centreY(row);
        assertThat((double) d.get(col + 10, row)).isCloseTo(10 / 120.0 * 111320 * Math.cos(Math.toRadians(lat)),
                within(30.0));
    }

    @Test
    void exactPointsMeasureToThePointItself() throws IOException {
        Path features = geojson("towns.geojson", "{\"type\":\"Point\",\"coordinates\":[6.105,50.046]}");
        Path out = dir.resolve("exact.tif");
        assertThat(run("raster", "distance", LUXEMBOURG.toString(), out.toString(), "--to", features.toString(),
                "--exact-points", "-q")).as(err.toString(StandardCharsets.UTF_8)).isZero();
        FloatGrid d = RasterFiles.read(out).grid();
        GeoTransform t = d.geometry().transform();
        int col = (int) Math.floor(t.colOf(6.105));
        int row = (int) Math.floor(t.rowOf(50.046));
        // The point sits 0.1 cell east and 0.02 cell north of its cell's centre (col 43.6, row 17.48):
        // 0.1 * 30" of longitude and 0.02 * 30" of latitude at 50.046 N, about hypot(59.6, 18.5) = 62.4 m.
        double lat = t.centreY(row);
        double dx = 0.1 / 120 * 111320 * Math.cos(Math.toRadians(lat));
        double dy = 0.02 / 120 * 111200;
        assertThat((double) d.get(col, row)).isCloseTo(Math.hypot(dx, dy), within(1.0));
    }

    @Test
    void rasterFeaturesWithValuesAndMaxDistanceOnOlinda() {
        GridGeometry grid = RasterFiles.read(OLINDA).grid().geometry();
        ByteGrid classes = ByteGrid.zeros(grid, null);
        classes.set(10, 10, 2);   // the feature class
        classes.set(50, 50, 1);   // another class, not a feature with --values 2
        Path features = dir.resolve("classes.tif");
        RasterFiles.write(features, classes, GeoTiffWriteOptions.defaults());
        Path out = dir.resolve("d.tif");
        assertThat(run("raster", "distance", OLINDA.toString(), out.toString(), "--to", features.toString(),
                "--values", "2", "--max-distance", "500", "--compress", "DEFLATE", "-q")).as(err.toString(StandardCharsets.UTF_8)).isZero();
        FloatGrid d = RasterFiles.read(out).grid();
        double cell = grid.transform().cellWidth();
        assertThat(d.get(10, 10)).isZero();
        assertThat(d.get(13, 14)).isEqualTo((float) (5 * cell));      // 3-4-5 triangle of 89.994 m cells
        assertThat(d.get(50, 50)).isNaN();                             // class 1 is not a feature; far away
        assertThat(d.get(16, 10)).isNaN();                             // 6 cells = 540 m > 500 m
    }

    @Test
    void aByteRasterReadAsBytesGivesTheSameDistancesAsItsFloatCopy() throws IOException {
        // Byte features on LIKE's grid take the byte path (no float copy); the same cells as Float32 the float path
        GridGeometry grid = RasterFiles.read(OLINDA).grid().geometry();
        SplittableRandom rnd = new SplittableRandom(11);
        ByteGrid classes = ByteGrid.zeros(grid, 9);
        FloatGrid asFloats = new FloatGrid(grid, new float[grid.cols() * grid.rows()], 9f);
        for (int i = 0; i < 60; i++) {
            int c = rnd.nextInt(grid.cols());
            int r = rnd.nextInt(grid.rows());
            int v = new int[] {1, 2, 9}[rnd.nextInt(3)];
            classes.set(c, r, v);
            asFloats.data()[r * grid.cols() + c] = v;
        }
        Path bytes = dir.resolve("classes_byte.tif");
        Path floats = dir.resolve("classes_float.tif");
        RasterFiles.write(bytes, classes, GeoTiffWriteOptions.defaults());
        RasterFiles.write(floats, asFloats, GeoTiffWriteOptions.defaults());
        for (String[] extra : new String[][] {{}, {"--values", "2"}, {"--values", "1,2"}, {"--max-distance", "900"}}) {
            Path a = dir.resolve("a.tif");
            Path b = dir.resolve("b.tif");
            String[] common = {"raster", "distance", OLINDA.toString()};
            assertThat(run(concat(common, new String[] {a.toString(), "--to", bytes.toString(), "-q"}, extra))).isZero();
            assertThat(run(concat(common, new String[] {b.toString(), "--to", floats.toString(), "-q"}, extra))).isZero();
            assertThat(RasterFiles.read(a).grid().data()).as(String.join(" ", extra)).isEqualTo(RasterFiles.read(b).grid().data());
        }
    }

    private static String[] concat(String[]... parts) {
        return Arrays.stream(parts).flatMap(Arrays::stream).toArray(String[]::new);
    }

    @Test
    void badInputExitsTwoAndWritesNothing() throws IOException {
        Path line = geojson("line.geojson", "{\"type\":\"LineString\",\"coordinates\":[[5.9,49.6],[6.3,49.9]]}");
        Path far = geojson("far.geojson", "{\"type\":\"Point\",\"coordinates\":[30,10]}");
        Path zeros = dir.resolve("zeros.tif");
        RasterFiles.write(zeros, ByteGrid.zeros(RasterFiles.read(LUXEMBOURG).grid().geometry(), null),
                GeoTiffWriteOptions.defaults());
        Path out = dir.resolve("never.tif");
        String lux = LUXEMBOURG.toString();
        String o = out.toString();
        String[][] bad = {
            {"raster", "distance", lux, o, "--to", dir.resolve("missing.geojson").toString()},
            {"raster", "distance", lux, o, "--to", line.toString(), "--max-distance", "-5"},
            {"raster", "distance", lux, o, "--to", far.toString()},
            {"raster", "distance", lux, o, "--to", line.toString(), "--values", "1"},
            {"raster", "distance", lux, o, "--to", line.toString(), "--exact-points"},
            {"raster", "distance", lux, o, "--to", line.toString(), "--cap"},
            {"raster", "distance", OLINDA.toString(), o, "--to", line.toString()},
            {"raster", "distance", lux, dir.resolve("no/such/folder/x.tif").toString(), "--to", line.toString()},
            {"raster", "distance", lux, o},
            {"raster", "distance", lux, o, "--to", zeros.toString()},
            {"raster", "distance", lux, o, "--to", line.toString(), "--compress", "PACKBITS"},
            {"raster", "distance", lux, o, "--to", line.toString(), "--compress", "ZSTD"},
        };
        for (String[] args : bad) {
            err.reset();
            assertThat(run(args)).as(String.join(" ", args) + " -> " + err.toString(StandardCharsets.UTF_8)).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).isNotBlank();
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString()))
                        .containsExactlyInAnyOrder("line.geojson", "far.geojson", "zeros.tif");
            }
        }
    }

    @Test
    void listedUnderRaster() {
        ByteArrayOutputStream outText = new ByteArrayOutputStream();
        PlinthCommand.execute(new String[] {"raster", "--help"}, new PrintStream(outText, true, StandardCharsets.UTF_8),
                System.err);
        assertThat(outText.toString(StandardCharsets.UTF_8)).contains("distance");
    }

    @Test
    void aLineJustOutsideLikesExtentIsTheNearestFeatureOfTheEdgeCells() throws IOException {
        // LIKE: 20 x 10 cells of 30 m, x 600000..600600, y 3500000..3500300 (EPSG:32636); a line 50 m east of
        // it and a point in its west: gdal_proximity (after gdal_rasterize on LIKE) sees the point only
        GridGeometry g = new GridGeometry(20, 10, new GeoTransform(600_000, 30, 0, 3_500_300, 0, -30),
                org.plinth.raster.Crs.epsg(32636));
        Path like = dir.resolve("like.tif");
        RasterFiles.write(like, FloatGrid.filled(g, 0f, null), GeoTiffWriteOptions.defaults());
        Path features = dir.resolve("f.geojson");
        Files.writeString(features, "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":"
                + "{\"name\":\"urn:ogc:def:crs:EPSG::32636\"}},\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                + "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[600650,3499000],[600650,3501000]]}},"
                + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":"
                + "[600015,3500150]}}]}");
        Path out = dir.resolve("d.tif");
        assertThat(run("raster", "distance", like.toString(), out.toString(), "--to", features.toString(), "-q"))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();
        FloatGrid d = RasterFiles.read(out).grid();
        // the line burns the cells 600630..600660 (centre 600645); the last column's centre is 600585: 60 m
        for (int row = 0; row < 10; row++) {
            assertThat(d.get(19, row)).isEqualTo(60f);
            // column 10 (centre 600315): the point's cell centre (600015, 3500135) or the line, 330 m east
            assertThat(d.get(10, row)).isCloseTo((float) Math.min(330, Math.hypot(300, 30 * (5 - row))), within(1e-3f));
        }
        // only the line, outside: distances still (previously: "no feature falls on LIKE's grid")
        Path lineOnly = dir.resolve("line.geojson");
        Files.writeString(lineOnly, "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":"
                + "{\"name\":\"urn:ogc:def:crs:EPSG::32636\"}},\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                + "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[600650,3499000],[600650,3501000]]}}]}");
        assertThat(run("raster", "distance", like.toString(), out.toString(), "--to", lineOnly.toString(), "-q"))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(RasterFiles.read(out).grid().get(0, 0)).isEqualTo(630f);
    }
}
