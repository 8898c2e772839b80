package org.plinth.siting.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.Monitor;
import org.plinth.raster.io.RasterFile;
import org.plinth.raster.io.RasterFiles;
import org.plinth.siting.layers.Feature;
import org.plinth.siting.layers.VectorLayer;
import org.plinth.siting.layers.VectorLayerReader;
import org.plinth.siting.output.SitingOutputs;
import org.plinth.siting.scenario.ScenarioReader;

/** End to end on the built-in Kursk example: every output exists, reads back, and respects the constraints. */
class KurskExampleTest {
    @TempDir
    static Path tmp;
    static SitingResult result;
    static Path out;

    @BeforeAll
    static void run() {
        result = new SitingRun(ScenarioReader.read(Path.of("..", "examples", "kursk")), List.of(), Monitor.NONE, s -> { })
                .compute();
        out = SitingOutputs.write(result, tmp.resolve("kursk"), List.of(), s -> { });
    }

    @Test
    void gridIsUtm37At100mCoveringTheOblast() {
        assertThat(result.area().grid().crs()).isEqualTo(Crs.epsg(32637));
        assertThat(result.area().grid().transform().cellWidth()).isEqualTo(100.0);
        // DCW outline ≈ 31,000 km² (shared data README)
        assertThat(result.area().areaKm2()).isBetween(29_000.0, 33_000.0);
    }

    @Test
    void everyStrategyHasSitesInsideTheAreaAndOutsideTheBorderZone() {
        VectorLayer border = result.layers().get("border");
        GeometryFactory gf = new GeometryFactory();
        assertThat(result.strategies()).extracting(StrategyOutcome::key).containsExactly("battlefield", "heritage", "discreet",
                "commission");
        for (StrategyOutcome s : result.strategies()) {
            assertThat(s.sites()).isNotEmpty();
            double previous = Double.POSITIVE_INFINITY;
            for (SiteRecord site : s.sites()) {
                var p = gf.createPoint(new Coordinate(site.x(), site.y()));
                assertThat(result.area().geometry().contains(p)).as(site.id() + " inside the oblast").isTrue();
                double toBorder = border.features().stream().mapToDouble(f -> f.geometry().distance(p)).min().orElseThrow();
                // constraint: not within 10 km of the state border (cell-centre rasterisation: allow half a cell)
                assertThat(toBorder).as(site.id() + " distance to border").isGreaterThan(10_000 - 71);
                assertThat(site.score()).isLessThanOrEqualTo(previous).isGreaterThanOrEqualTo(0.5);
                previous = site.score();
                assertThat(site.values()).hasSize(7);
                assertThat(site.nearestPlace()).isNotBlank();
            }
        }
    }

    @Test
    void sitesOfOneStrategyAreAtLeastTheSeparationApart() {
        for (StrategyOutcome s : result.strategies()) {
            for (int i = 0; i < s.sites().size(); i++) {
                for (int j = i + 1; j < s.sites().size(); j++) {
                    SiteRecord a = s.sites().get(i);
                    SiteRecord b = s.sites().get(j);
                    assertThat(Math.hypot(a.x() - b.x(), a.y() - b.y())).isGreaterThanOrEqualTo(15_000);
                }
            }
        }
    }

    @Test
    void suitabilityGeoTiffReadsBackWithTheSameValues() {
        StrategyOutcome heritage = result.strategies().get(1);
        RasterFile tif = RasterFiles.read(out.resolve("suitability-heritage.tif"));
        assertThat(tif.grid().geometry().crs()).isEqualTo(Crs.epsg(32637));
        assertThat(tif.grid().cols()).isEqualTo(heritage.suitability().cols());
        SiteRecord best = heritage.sites().get(0);
        FloatGrid g = tif.grid();
        int col = (int) g.geometry().transform().colOf(best.x());
        int row = (int) g.geometry().transform().rowOf(best.y());
        assertThat((double) g.get(col, row)).isCloseTo(best.score(), within(1e-6));
        assertThat(g.isNoData(0, 0)).as("the grid corner lies outside the oblast").isTrue();
    }

    @Test
    void geoPackageAndGeoJsonHoldAllSitesWithTheirProperties() {
        long total = result.strategies().stream().mapToLong(s -> s.sites().size()).sum();
        VectorLayer gpkg = VectorLayerReader.read(out.resolve("sites.gpkg"));
        VectorLayer json = VectorLayerReader.read(out.resolve("sites.geojson"));
        assertThat(gpkg.features()).hasSize((int) total);
        assertThat(json.features()).hasSize((int) total);
        assertThat(gpkg.crs()).isEqualTo(Crs.epsg(4326));
        // the oblast's extent in degrees (what an empty sites table would declare): 34.1-38.5 E, 50.9-52.4 N
        Envelope e = result.area().lonLatEnvelope();
        assertThat(new double[] {e.getMinX(), e.getMaxX(), e.getMinY(), e.getMaxY()})
                .containsExactly(new double[] {34.1, 38.5, 50.9, 52.4}, within(0.15));
        Feature first = gpkg.features().get(0);
        assertThat(first.text("strategy")).isEqualTo("battlefield");
        assertThat(first.number("rank")).isEqualTo(1.0);
        assertThat(first.number("score")).isCloseTo(result.strategies().get(0).sites().get(0).score(), within(1e-9));
        assertThat(first.properties()).containsKeys("battle_1943_raw", "battle_1943_score", "nearest_place");
        assertThat(json.features().get(0).number("battle_1943_raw"))
                .isCloseTo(first.number("battle_1943_raw"), within(0.01));
    }

    @Test
    void gdalOpensTheGeoPackageAndTheGeoTiff() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(onPath("ogrinfo"), "GDAL is not installed (CI installs gdal-bin)");
        long total = result.strategies().stream().mapToLong(s -> s.sites().size()).sum();
        String gpkg = run("ogrinfo", "-ro", "-so", out.resolve("sites.gpkg").toString(), "sites");
        assertThat(gpkg).contains("Feature Count: " + total).contains("Geometry: Point").doesNotContain("Warning");
        String tif = run("gdalinfo", out.resolve("suitability-discreet.tif").toString());
        assertThat(tif).contains("ID[\"EPSG\",32637]").contains("NoData Value=-9999")
                .contains("Size is " + result.area().grid().cols() + ", " + result.area().grid().rows());
    }

    private static boolean onPath(String exe) {
        return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(d -> Files.isExecutable(Path.of(d, exe)));
    }

    private static String run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(text).isZero();
        return text;
    }

    @Test
    void reportHasEverySectionAndSaysThereIsNoDem() throws Exception {
        String html = Files.readString(out.resolve("report.html"));
        for (String id : List.of("summary", "warnings", "sources", "criteria", "constraints", "strategy-battlefield",
                "strategy-heritage", "strategy-discreet", "strategy-commission", "comparison", "method")) {
            assertThat(html).contains("id=\"" + id + "\"");
        }
        assertThat(html).contains("No DEM").contains("UNOBSTRUCTED PROXY").contains("GeoNames")
                .contains("data:image/png;base64,").doesNotContain("http://").doesNotContain("https://");
        assertThat(Files.size(out.resolve("map-discreet.png"))).isGreaterThan(50_000);
        assertThat(Files.readString(out.resolve("summary.json"))).contains("\"kendall_tau\"");
    }

    @Test
    void commissionStrategyTakesTheAhpGroupWeightsOfTheJudgmentsFile() {
        StrategyOutcome commission = result.strategies().get(3);
        var group = org.plinth.siting.judgments.JudgmentsReader.read(Path.of("..", "examples", "kursk", "judgments.yaml"))
                .weigh().weightMap();
        assertThat(commission.spec().weightSource()).contains("judgments.yaml");
        group.forEach((k, w) -> assertThat(commission.weights().get(k)).as(k).isCloseTo(w, within(1e-9)));
    }

    @Test
    void topKOverlapIsOneWithItselfAndTheEveryDecileSitesAreHighEverywhere() {
        Comparison c = result.comparison();
        for (int i = 0; i < c.strategies().size(); i++) {
            assertThat(c.topKOverlap()[i][i]).isEqualTo(1.0);
        }
        for (Comparison.SharedSite s : c.inEveryTopDecile()) {
            assertThat(s.highIn()).containsExactlyElementsOf(c.strategies());
            s.percentiles().values().forEach(p -> assertThat(p).isGreaterThanOrEqualTo(90.0));
        }
        // the heritage strategy's best site is the Kursk Bulge memorial area, which every strategy but the
        // discreet one rates in its top decile
        assertThat(c.shared()).anyMatch(s -> s.id().contains("heritage-1") && s.highIn().contains("battlefield"));
    }

    @Test
    void kendallTauIsOneOnTheDiagonalAndSymmetric() {
        double[][] tau = result.comparison().kendallTau();
        for (int i = 0; i < tau.length; i++) {
            assertThat(tau[i][i]).isEqualTo(1.0);
            for (int j = 0; j < tau.length; j++) {
                assertThat(tau[i][j]).isCloseTo(tau[j][i], within(1e-12)).isBetween(-1.0, 1.0);
            }
        }
    }
}
