package org.plinth.siting.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plinth.decision.compare.KendallTau;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.Monitor;
import org.plinth.siting.output.SitingOutputs;
import org.plinth.siting.scenario.ScenarioReader;

/**
 * The Kursk example with SRTM tiles that cover only part of the oblast, as a user who has fetched some of
 * the tiles has it: the run completes, says how much the DEM covers, and compares the strategies over the
 * sites each pair scores (a site outside the DEM has no suitability under a strategy with a terrain
 * criterion; that once made the comparison fail with "Kendall's tau samples must be numbers").
 */
class PartialDemTest {
    @TempDir
    static Path tmp;
    static SitingResult result;

    /** A 3" tile of smooth hills, 150-260 m, with a void every 4001st post. */
    static void tile(Path file, int lat, int lon) throws IOException {
        int n = 1201;
        ByteBuffer b = ByteBuffer.allocate(n * n * 2);
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                double x = lon + c / (n - 1.0);
                double y = lat + 1 - r / (n - 1.0);
                int k = r * n + c;
                b.putShort(k % 4001 == 0 ? Short.MIN_VALUE
                        : (short) Math.round(200 + 40 * Math.sin(x * 9) * Math.cos(y * 7) + 15 * Math.sin(x * 31 + y * 23)));
            }
        }
        Files.write(file, b.array());
    }

    @BeforeAll
    static void run() throws IOException {
        Path copy = tmp.resolve("kursk");
        Path source = Path.of("..", "examples", "kursk");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
                Path to = copy.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        Files.createDirectories(copy.resolve("dem"));
        tile(copy.resolve("dem/N51E036.hgt"), 51, 36);
        tile(copy.resolve("dem/N51E035.hgt"), 51, 35);
        // a tile of another region, listed by mistake: left out with a warning (joined, it would stretch the
        // DEM's grid from Italy to Kursk)
        tile(copy.resolve("dem/N40E010.hgt"), 40, 10);
        String scenario = Files.readString(copy.resolve("scenario.yaml"));
        assertThat(scenario).contains("# dem: [");
        // and a slope constraint, which the partial DEM can check on part of the area only
        Files.writeString(copy.resolve("scenario.yaml"), scenario.replaceFirst("(?m)^# dem: \\[[^\\]]*\\]",
                "dem: [dem/N51E035.hgt, dem/N40E010.hgt, dem/N51E036.hgt]").replace("constraints:\n", "constraints:\n  steep:\n"
                + "    label: Slopes above 8°\n    kind: slope\n    max: 8\n"));
        result = new SitingRun(ScenarioReader.read(copy), List.of(), Monitor.NONE, s -> { }).compute();
    }

    @Test
    void theRunSaysHowMuchTheDemCoversAndFindsSites() {
        assertThat(result.scenario().hasDem()).isTrue();
        assertThat(result.warnings()).anyMatch(w -> w.startsWith("The DEM covers only"));
        assertThat(result.warnings()).contains("DEM file N40E010.hgt (10.00..11.00 E, 40.00..41.00 N) lies outside the area"
                + " and the 20.0 km around it that terrain criteria use; it was left out.");
        // the example's slope constraint cannot be checked where there is no DEM, and says so
        assertThat(result.warnings()).anyMatch(w -> w.matches("Constraint 'steep' could not be checked on \\d+\\.\\d % of the"
                + " area, where the DEM has no height; sites there may be steeper than it allows\\."));
        assertThat(result.strategies()).allMatch(s -> !s.sites().isEmpty());
    }

    @Test
    void strategiesAreComparedOverTheSitesBothScore() {
        double[][] tau = result.comparison().kendallTau();
        int k = tau.length;
        for (int a = 0; a < k; a++) {
            assertThat(tau[a][a]).isEqualTo(1.0, within(1e-12));
            for (int b = 0; b < k; b++) {
                assertThat(tau[a][b]).isBetween(-1.0, 1.0).isCloseTo(tau[b][a], within(1e-12));
            }
        }
        // the case that failed: some pooled site has no suitability under some strategy
        boolean unscored = false;
        for (StrategyOutcome s : result.strategies()) {
            FloatGrid suit = s.suitability();
            for (StrategyOutcome other : result.strategies()) {
                for (SiteRecord site : other.sites()) {
                    int c = (int) Math.floor(suit.geometry().transform().colOf(site.x()));
                    int r = (int) Math.floor(suit.geometry().transform().rowOf(site.y()));
                    unscored |= Float.isNaN(suit.get(c, r));
                }
            }
        }
        assertThat(unscored).as("a site outside the DEM under a terrain strategy").isTrue();
        // each τ says how many sites it is over: fewer than all for some pair, and symmetric
        int[][] n = result.comparison().tauSites();
        int all = 0;
        int fewest = Integer.MAX_VALUE;
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                assertThat(n[a][b]).isEqualTo(n[b][a]).isLessThanOrEqualTo(n[a][a]);
                all = Math.max(all, n[a][b]);
                fewest = Math.min(fewest, n[a][b]);
            }
        }
        assertThat(fewest).isLessThan(all).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theReportAndSummaryGiveTheSitesEachTauIsOver() throws IOException {
        Path out = SitingOutputs.write(result, tmp.resolve("out"), List.of(), s -> { });
        assertThat(Files.readString(out.resolve("report.html"))).contains("these τ are over fewer sites");
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("summary.json").toFile());
        var sites = json.findValue("kendall_tau_sites");
        assertThat(sites).isNotNull();
        assertThat(sites.get(0).get(1).asInt()).isEqualTo(result.comparison().tauSites()[0][1]);
        // a site outside the DEM has no terrain value: null in the GeoJSON (a "NaN" string would make QGIS
        // read the whole column as text), "–" in the report
        String geojson = Files.readString(out.resolve("sites.geojson"));
        assertThat(geojson).doesNotContain("NaN").contains("_raw\" : null");
        // (the report's maps are base64 PNGs, which may spell NaN by chance: look at text and cells only)
        assertThat(Files.readString(out.resolve("report.html"))).doesNotContain("NaN<").doesNotContain("NaN ")
                .doesNotContain("→ NaN").contains("→ –");
    }

    @Test
    void robustnessRanksOnlyTheSitesEachStrategyScores() {
        var results = new org.plinth.siting.robustness.RobustnessAnalysis(result,
                new org.plinth.siting.robustness.RobustnessOptions(500, 1, 0.1, false, 20, 10))
                .compute(Monitor.NONE);
        boolean leftOut = false;
        for (var r : results) {
            StrategyOutcome s = result.strategies().stream().filter(o -> o.key().equals(r.strategy())).findFirst()
                    .orElseThrow();
            FloatGrid suit = s.suitability();
            for (var other : result.strategies()) {
                for (SiteRecord site : other.sites()) {
                    int c = (int) Math.floor(suit.geometry().transform().colOf(site.x()));
                    int row = (int) Math.floor(suit.geometry().transform().rowOf(site.y()));
                    if (Float.isNaN(suit.get(c, row))) {
                        leftOut = true;
                        assertThat(r.siteIds()).as(r.strategy()).noneMatch(id -> id.equals(site.id()));
                    }
                }
            }
            if (r.siteIds().size() < results.stream().mapToInt(x -> x.siteIds().size()).max().orElseThrow()) {
                assertThat(r.distribution()).contains("pooled sites lie where this strategy has no suitability");
            }
        }
        assertThat(leftOut).isTrue();
    }

    @Test
    void tauLeavesOutThePairsEitherSideDoesNotScore() {
        double[] a = {1, 2, Double.NaN, 4, 5, 3};
        double[] b = {2, 1, 7, Double.NaN, 6, 5};
        assertThat(StrategyComparison.tauOverScoredSites(a, b).value())
                .isEqualTo(KendallTau.tauB(new double[] {1, 2, 5, 3}, new double[] {2, 1, 6, 5}));
        assertThat(StrategyComparison.tauOverScoredSites(new double[] {1, Double.NaN}, new double[] {Double.NaN, 2})
                .value()).isNaN();
    }
}
