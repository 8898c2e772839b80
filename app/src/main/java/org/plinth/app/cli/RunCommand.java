package org.plinth.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
        return SitingJob.execute(scenarioPath, out, strategies, json, common.quiet, spec.commandLine().getOut(),
                SitingJob.none());
    }
}
