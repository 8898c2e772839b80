package org.plinth.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.io.GeoTiffWriteOptions;
import org.plinth.raster.io.RasterFiles;
import org.plinth.raster.visibility.CumulativeVisibility;
import org.plinth.raster.visibility.ViewshedOptions;
import org.plinth.raster.visibility.Viewpoint;
import org.plinth.siting.layers.Reprojection;

/** End to end on the Olinda DEM tagged EPSG:32725, with observers given in lon/lat GeoJSON. */
class VisibilityCommandTest {
    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    FloatGrid olinda;
    Path dem;

    @BeforeEach
    void tagOlinda() {
        FloatGrid g = RasterFiles.read(ViewshedCommandTest.OLINDA).grid();
        olinda = new FloatGrid(g.geometry().withCrs(Crs.epsg(32725)), g.data(), null);
        dem = dir.resolve("olinda.tif");
        RasterFiles.write(dem, olinda, GeoTiffWriteOptions.defaults());
    }

    int run(String... args) {
        return PlinthCommand.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** A GeoJSON of lon/lat points for UTM positions, each with a population. */
    Path points(double[][] utmAndPopulation, String extraFeature) throws IOException {
        Reprojection toLonLat = Reprojection.between(Crs.epsg(32725), Crs.epsg(4326));
        StringBuilder sb = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < utmAndPopulation.length; i++) {
            double[] ll = toLonLat.apply(utmAndPopulation[i][0], utmAndPopulation[i][1]);
            sb.append(i > 0 ? "," : "").append("{\"type\":\"Feature\",\"properties\":{\"population\":")
                    .append((long) utmAndPopulation[i][2]).append("},\"geometry\":{\"type\":\"Point\",\"coordinates\":[")
                    .append(ll[0]).append(',').append(ll[1]).append("]}}");
        }
        if (extraFeature != null) {
            sb.append(',').append(extraFeature);
        }
        Path p = dir.resolve("observers.geojson");
        Files.writeString(p, sb.append("]}").toString());
        return p;
    }

    @Test
    void sumsPopulationOfObserversOnTheDemAndWarnsAboutTheOthers() throws IOException {
        double[][] obs = {{293771, 9115766, 1200}, {291521, 9113516, 300}, {150000, 9115766, 5}};
        Path pts = points(obs, null);
        Path o = dir.resolve("cum.tif");
        assertThat(run("raster", "visibility", dem.toString(), o.toString(), "--observers", pts.toString(),
                "--weight-field", "population", "--max-distance", "4000", "-q")).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("1 of 3 observers lie outside");
        // The kernel on the two observers that stand on the DEM, at their round-tripped positions.
        Reprojection there = Reprojection.between(Crs.epsg(32725), Crs.epsg(4326));
        Reprojection back = Reprojection.between(Crs.epsg(4326), Crs.epsg(32725));
        List<Viewpoint> vps = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            double[] ll = there.apply(obs[i][0], obs[i][1]);
            double[] xy = back.apply(ll[0], ll[1]);
            vps.add(new Viewpoint(xy[0], xy[1], obs[i][2]));
        }
        FloatGrid expected = CumulativeVisibility.of(olinda, vps, ViewshedOptions.defaults().withMaxDistance(4000));
        FloatGrid written = RasterFiles.read(o).grid();
        assertThat(written.data()).containsExactly(expected.data());
        float max = 0;
        for (float v : written.data()) {
            max = Math.max(max, v);
        }
        assertThat(max).isEqualTo(1500f);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("2 observers, largest sum of population 1500");
    }

    @Test
    void countsObserversWithoutAWeightField() throws IOException {
        Path pts = points(new double[][] {{293771, 9115766, 1}, {293771, 9115766, 1}, {291521, 9113516, 1}}, null);
        Path o = dir.resolve("count.tif");
        assertThat(run("raster", "visibility", dem.toString(), o.toString(), "--observers", pts.toString(), "-q"))
                .isZero();
        FloatGrid written = RasterFiles.read(o).grid();
        // The observer cell of the doubled observer is seen by both of its observers at least.
        int col = (int) written.geometry().transform().colOf(293771);
        int row = (int) written.geometry().transform().rowOf(9115766);
        assertThat(written.get(col, row)).isGreaterThanOrEqualTo(2f);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("3 observers, largest count");
    }

    @Test
    void badObserversExitTwo() throws IOException {
        Path o = dir.resolve("bad.tif");
        Path line = points(new double[][] {{293771, 9115766, 1}},
                "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"LineString\","
                        + "\"coordinates\":[[-34.9,-8.0],[-34.8,-8.0]]}}");
        assertThat(run("raster", "visibility", dem.toString(), o.toString(), "--observers", line.toString()))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("feature #2 is a LineString; observers must be points");
        Path far = points(new double[][] {{150000, 9115766, 1}}, null);
        assertThat(run("raster", "visibility", dem.toString(), o.toString(), "--observers", far.toString()))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("none of its 1 observers stands on a data cell");
        Path pts = points(new double[][] {{293771, 9115766, 1}}, null);
        assertThat(run("raster", "visibility", dem.toString(), o.toString(), "--observers", pts.toString(),
                "--weight-field", "nope")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("feature #1 has no field 'nope'");
        assertThat(o).doesNotExist();
    }
}
