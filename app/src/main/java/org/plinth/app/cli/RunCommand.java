package org.plinth.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code plinth run SCENARIO}: the siting job. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a siting scenario: suitability per strategy, ranked sites, maps and a report.",
            "SCENARIO is a folder with scenario.yaml (see docs/scenario.md) or the file itself.",
            "Outputs: out/<scenario>/ (or --out): suitability-<strategy>.tif, sites.geojson, sites.gpkg,",
            "map-<strategy>.png, report.html, summary.json. Written to a temporary folder and moved into",
            "place only on success."})
public final class RunCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Mixin
    CommonOptions common;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return SitingJob.execute(scenario, common.quiet, spec.commandLine().getOut(),
                SitingJob.none());
    }
}
