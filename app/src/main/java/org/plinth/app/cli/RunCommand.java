package org.plinth.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.plinth.siting.output.SitingOutputs;
import org.plinth.siting.output.SummaryJson;
import org.plinth.siting.run.SitingResult;
import org.plinth.siting.run.SitingRun;
import org.plinth.siting.scenario.Scenario;
import org.plinth.siting.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code plinth run SCENARIO}: the siting job. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a siting scenario: criteria, suitability per strategy, ranked candidate sites, maps,",
            "report. SCENARIO is a folder with scenario.yaml (see docs/scenario.md) or the file itself.",
            "Outputs: out/<scenario>/ (or --out): suitability-<strategy>.tif, sites.geojson, sites.gpkg,",
            "map-<strategy>.png, report.html, summary.json. Written to a temporary folder and moved into",
            "place only on success."})
public final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario folder or scenario.yaml.")
    Path scenarioPath;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: out/<scenario name>).")
    Path out;

    @Option(names = "--strategy", paramLabel = "NAME", description = "Run only this strategy (repeatable).")
    List<String> strategies = new ArrayList<>();

    @Option(names = "--json", description = "Print summary.json to stdout instead of the human summary.")
    boolean json;

    @Mixin
    CommonOptions common;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Scenario scenario = ScenarioReader.read(scenarioPath);
        Path target = out != null ? out : Path.of("out", scenario.name());
        SitingResult result;
        try (ConsoleMonitor monitor = ConsoleMonitor.open("plinth run", common.quiet)) {
            StepPrinter steps = new StepPrinter(common.quiet);
            result = new SitingRun(scenario, strategies, monitor, steps).compute();
            Path written = SitingOutputs.write(result, target, List.of(), steps);
            steps.done();
            var stdout = spec.commandLine().getOut();
            if (json) {
                stdout.println(SummaryJson.toJson(result));
            } else {
                printSummary(stdout, result, written);
            }
        }
        return PlinthCommand.OK;
    }

    private static void printSummary(java.io.PrintWriter out, SitingResult r, Path written) {
        for (var s : r.strategies()) {
            out.printf("%-12s %s%n", s.key(), s.sites().isEmpty() ? "no site met the threshold"
                    : s.sites().size() + " sites, best score " + String.format(java.util.Locale.ROOT, "%.3f",
                    s.sites().get(0).score()) + (s.sites().get(0).nearestPlace() == null ? ""
                    : String.format(java.util.Locale.ROOT, " (%.1f km from %s)",
                    s.sites().get(0).nearestPlaceDistance() / 1000, s.sites().get(0).nearestPlace())));
        }
        for (String w : r.warnings()) {
            out.println("warning: " + w);
        }
        out.println("Report: " + written.resolve("report.html"));
    }
}
