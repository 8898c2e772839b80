package org.plinth.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every scenario command takes: the scenario, the output folder, strategies and --json; a mixin. */
public final class ScenarioOptions {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario folder or scenario.yaml.")
    Path scenarioPath;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: out/<scenario name>). It is replaced as a whole when the run succeeds,"
            + " files of your own in it included; a folder that holds no earlier run's summary.json is refused.")
    Path out;

    @Option(names = "--strategy", paramLabel = "NAME", description = "Run only this strategy (repeatable).")
    List<String> strategies = new ArrayList<>();

    @Option(names = "--json", description = "Print summary.json to stdout instead of the human summary.")
    boolean json;
}
