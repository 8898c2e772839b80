package org.plinth.siting.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.Monitor;
import org.plinth.raster.io.RasterFiles;
import org.plinth.siting.output.SitingOutputs;
import org.plinth.siting.scenario.ScenarioReader;

/** End to end on the terrain example: the DEM path (resample, slope, prominence, cumulative visibility). */
class TerrainExampleTest {
    @TempDir
    static Path tmp;
    static SitingResult result;
    static Path out;

    @BeforeAll
    static void run() {
        result = new SitingRun(ScenarioReader.read(Path.of("..", "examples", "terrain")), List.of(), Monitor.NONE,
                s -> { }).compute();
        out = SitingOutputs.write(result, tmp.resolve("terrain"), List.of(), s -> { });
    }

    private CriterionLayer criterion(String key) {
        return result.criteria().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void usesTheDemAndNoProxy() {
        assertThat(result.scenario().hasDem()).isTrue();
        assertThat(result.hillshade()).isNotNull();
        assertThat(result.criteria()).noneMatch(CriterionLayer::proxy);
        assertThat(result.warnings()).noneMatch(w -> w.contains("No DEM"));
        assertThat(result.area().grid().crs()).isEqualTo(Crs.epsg(31985));
    }

    @Test
    void visibilityCountsAreWholeViewpointsAndTheTwoCriteriaShareThem() {
        FloatGrid seen = criterion("visibility").raw();
        FloatGrid unseen = criterion("unseen").raw();
        assertThat(unseen).isSameAs(seen);
        double max = 0;
        for (float v : seen.data()) {
            if (!Float.isNaN(v)) {
                // each of the 25 viewpoints weighs 1: counts are whole numbers from 0 to 25
                assertThat((double) v).isBetween(0.0, 25.0);
                assertThat(v - Math.rint(v)).isEqualTo(0.0f);
                max = Math.max(max, v);
            }
        }
        assertThat(max).as("a 10 m memorial on this coastal terrain is seen from several viewpoints").isGreaterThan(5);
        // the standardisations are mirror images: score(seen) + score(unseen) = 1 where both are in 0..12
        for (int i = 0; i < seen.data().length; i++) {
            float v = seen.data()[i];
            if (!Float.isNaN(v) && v <= 12) {
                assertThat(criterion("visibility").score().data()[i] + criterion("unseen").score().data()[i])
                        .isCloseTo(1f, within(1e-5f));
            }
        }
    }

    @Test
    void noSiteStandsOnASlopeAboveTheConstraint() {
        FloatGrid slope = criterion("slope").raw();
        for (StrategyOutcome s : result.strategies()) {
            assertThat(s.sites()).isNotEmpty();
            for (SiteRecord site : s.sites()) {
                int c = (int) slope.geometry().transform().colOf(site.x());
                int r = (int) slope.geometry().transform().rowOf(site.y());
                assertThat(slope.get(c, r)).isLessThanOrEqualTo(15f);
            }
        }
    }

    @Test
    void landmarkSitesAreSeenMoreThanHiddenSites() {
        double landmark = result.strategies().get(0).sites().stream()
                .mapToDouble(s -> value(s, "visibility")).average().orElseThrow();
        double hidden = result.strategies().get(1).sites().stream()
                .mapToDouble(s -> value(s, "visibility")).average().orElseThrow();
        assertThat(landmark).isGreaterThan(hidden);
    }

    private static double value(SiteRecord s, String key) {
        return s.values().stream().filter(v -> v.key().equals(key)).findFirst().orElseThrow().raw();
    }

    @Test
    void outputsOpen() throws Exception {
        assertThat(RasterFiles.read(out.resolve("suitability-landmark.tif")).grid().geometry().crs())
                .isEqualTo(Crs.epsg(31985));
        assertThat(Files.readString(out.resolve("report.html"))).contains("cumulative viewshed");
    }

    /** A folder {@code name} in the temporary folder holding a copy of the example's data (no scenario yet). */
    private static Path exampleData(String name) throws java.io.IOException {
        Path copy = Files.createDirectories(tmp.resolve(name));
        Path data = Files.createDirectories(copy.resolve("data"));
        for (String f : new String[] {"olinda_dem_epsg31985.tif", "viewpoints.geojson"}) {
            Files.copy(Path.of("..", "examples", "terrain", "data", f), data.resolve(f));
        }
        return copy;
    }

    @Test
    void viewpointsOutsideASmallAreaButOnTheDemCountAndProminenceLooksPastTheAreasBox() throws Exception {
        // a 3 km area in the middle of the 10 km DEM: most of the 25 viewpoints lie outside its box, within
        // the 5 km reach and on the DEM, and must be counted (they once were left out as "outside the DEM")
        Path copy = exampleData("terrain-small");
        Path data = copy.resolve("data");
        Files.writeString(copy.resolve("scenario.yaml"), Files.readString(Path.of("..", "examples", "terrain", "scenario.yaml"))
                .replace("bbox: [-34.912, -8.036, -34.830, -7.955]", "bbox: [-34.885, -8.010, -34.857, -7.980]"));
        SitingResult small = new SitingRun(ScenarioReader.read(copy), List.of(), Monitor.NONE, s -> { }).compute();
        assertThat(small.warnings()).noneMatch(w -> w.contains("observers"));
        FloatGrid seen = small.criteria().stream().filter(c -> c.key().equals("visibility")).findFirst().orElseThrow().raw();
        // what only the viewpoints inside the area's box would give, on the DEM cut to that box
        FloatGrid dem = Kernels.demOnGrid(small.scenario().dem(), seen.geometry(), Monitor.NONE);
        List<double[]> inside = new java.util.ArrayList<>();
        var layer = org.plinth.siting.layers.VectorLayerReader.read(data.resolve("viewpoints.geojson"))
                .reprojectedTo(seen.geometry().crs());
        for (var f : layer.features()) {
            var p = f.geometry().getCoordinate();
            inside.add(new double[] {p.x, p.y});
        }
        double[] xy = inside.stream().flatMapToDouble(java.util.Arrays::stream).toArray();
        double[] ones = new double[inside.size()];
        java.util.Arrays.fill(ones, 1);
        int[] dropped = new int[2];
        FloatGrid onlyInside = Kernels.cumulativeVisibility(dem, new CriterionRasters.WeightedPoints(xy, ones), 1.7, 10,
                5000, CriterionRasters.CURVATURE_COEFFICIENT, dropped, Monitor.NONE);
        double all = 0;
        double fromInside = 0;
        for (int i = 0; i < seen.data().length; i++) {
            if (!Float.isNaN(seen.data()[i])) {
                all += seen.data()[i];
                fromInside += onlyInside.data()[i];
                assertThat(seen.data()[i]).isGreaterThanOrEqualTo(onlyInside.data()[i]);
            }
        }
        assertThat(all).isGreaterThan(2 * fromInside);
        // prominence has a whole 1 km window everywhere in the area (the DEM reaches past its box)
        FloatGrid prominence = small.criteria().stream().filter(c -> c.key().equals("prominence")).findFirst()
                .orElseThrow().raw();
        int valid = 0;
        for (float v : prominence.data()) {
            valid += Float.isNaN(v) ? 0 : 1;
        }
        int area = 0;
        for (float v : seen.data()) {
            area += Float.isNaN(v) ? 0 : 1;
        }
        assertThat(valid).isEqualTo(area);
    }

    @Test
    void aCellSizeWithDecimalsAndA20KmReachStaysOnTheStudyGrid() throws Exception {
        // the grid is widened by the reach and cut back: the cut must be the study grid itself, not a corner
        // moved out and back in floating point (153.39 m once failed "grid 1 ... is not on the grid of grid 0")
        Path copy = exampleData("terrain-153");
        Files.writeString(copy.resolve("scenario.yaml"), Files.readString(Path.of("..", "examples", "terrain", "scenario.yaml"))
                .replace("cell_size: 90", "cell_size: 153.39").replace("radius: 5000", "radius: 20000"));
        SitingResult r = new SitingRun(ScenarioReader.read(copy), List.of(), Monitor.NONE, s -> { }).compute();
        assertThat(r.area().grid().transform().cellWidth()).isEqualTo(153.39);
        for (CriterionLayer c : r.criteria()) {
            assertThat(c.raw().geometry()).as(c.key()).isEqualTo(r.area().grid());
        }
        assertThat(r.strategies()).allMatch(s -> !s.sites().isEmpty());
    }

    @Test
    void aReachThatWidensTheGridPastTheHeapIsOneSentence() throws Exception {
        Path copy = exampleData("terrain-wide");
        Files.writeString(copy.resolve("scenario.yaml"), Files.readString(Path.of("..", "examples", "terrain", "scenario.yaml"))
                .replace("cell_size: 90", "cell_size: 2").replace("radius: 5000", "radius: 50000"));
        var scenario = ScenarioReader.read(copy);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SitingRun(scenario, List.of(), Monitor.NONE, s -> { })
                .compute()).isInstanceOf(org.plinth.siting.BadInputException.class)
                .hasMessageContaining("scenario.yaml: grid.cell_size: 2 m with terrain criteria reaching 50.0 km past the"
                        + " area");
    }

    @Test
    void prominenceIsNoDataWhereItsWindowIsMostlyOffTheDem() {
        // the full example: the area's box reaches the DEM's edge, where a mean over half a window is no mean
        FloatGrid prominence = criterion("prominence").raw();
        FloatGrid dem = Kernels.demOnGrid(result.scenario().dem(), prominence.geometry(), Monitor.NONE);
        int edge = 0;
        for (int r = 0; r < prominence.rows(); r++) {
            for (int c = 0; c < prominence.cols(); c++) {
                if (!dem.isNoData(c, r) && Float.isNaN(prominence.get(c, r))) {
                    edge++;
                }
            }
        }
        assertThat(edge).as("cells with a height but no full prominence window").isPositive();
    }

    @Test
    void aDemGivenAsAVrtOfTwoTilesGivesTheSameSurfaces() throws Exception {
        // the DEM as gdalbuildvrt would join two tiles of it: columns 0-59 and 60-110 of the same file
        Path copy = exampleData("terrain-vrt");
        Path data = copy.resolve("data");
        FloatGrid dem = RasterFiles.read(data.resolve("olinda_dem_epsg31985.tif")).grid();
        double[] t = dem.geometry().transform().toArray();
        StringBuilder sources = new StringBuilder();
        for (int[] half : new int[][] {{0, 60}, {60, 51}}) {
            sources.append("<SimpleSource><SourceFilename relativeToVRT=\"1\">olinda_dem_epsg31985.tif</SourceFilename>")
                    .append("<SourceBand>1</SourceBand>")
                    .append(String.format("<SrcRect xOff=\"%d\" yOff=\"0\" xSize=\"%d\" ySize=\"111\"/>", half[0], half[1]))
                    .append(String.format("<DstRect xOff=\"%d\" yOff=\"0\" xSize=\"%d\" ySize=\"111\"/>", half[0], half[1]))
                    .append("</SimpleSource>");
        }
        Files.writeString(data.resolve("olinda.vrt"), String.format(Locale.ROOT,
                "<VRTDataset rasterXSize=\"111\" rasterYSize=\"111\"><SRS>EPSG:31985</SRS>"
                        + "<GeoTransform>%.17g, %.17g, %.17g, %.17g, %.17g, %.17g</GeoTransform>"
                        + "<VRTRasterBand dataType=\"Float32\" band=\"1\">%s</VRTRasterBand></VRTDataset>",
                t[0], t[1], t[2], t[3], t[4], t[5], sources));
        Files.writeString(copy.resolve("scenario.yaml"), Files.readString(Path.of("..", "examples", "terrain", "scenario.yaml"))
                .replace("dem: [data/olinda_dem_epsg31985.tif]", "dem: [data/olinda.vrt]"));
        SitingResult viaVrt = new SitingRun(ScenarioReader.read(copy), List.of(), Monitor.NONE, s -> { }).compute();
        for (int i = 0; i < result.strategies().size(); i++) {
            assertThat(viaVrt.strategies().get(i).suitability().data())
                    .containsExactly(result.strategies().get(i).suitability().data());
            assertThat(viaVrt.strategies().get(i).sites()).isEqualTo(result.strategies().get(i).sites());
        }
    }
}
