package org.plinth.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.plinth.siting.robustness.RobustnessAnalysis;
import org.plinth.siting.robustness.RobustnessOptions;
import org.plinth.siting.robustness.RobustnessOutputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code plinth robustness SCENARIO}: the run plus SMAA-2, weight sweeps and the spread map. */
@Command(name = "robustness", mixinStandardHelpOptions = true,
        description = {"Run a scenario and add how robust each ranking is to disagreement about weights.",
            "SMAA-2 rank acceptabilities, central weights and confidence factors over all candidate",
            "sites; one-at-a-time weight sweeps; a per-cell map of the 10-90 %% spread of suitability.",
            "Adds rank-acceptability-*.png, sweep-*.png, spread-*.tif, a report section and summary.json's",
            "'robustness' entry to the run's outputs."})
public final class RobustnessCommand implements Callable<Integer> {
    @Option(names = "--draws", paramLabel = "N", description = "SMAA weight draws, 100 to " + RobustnessOptions.MAX_DRAWS + " (default: ${DEFAULT-VALUE}).")
    int draws = RobustnessOptions.defaults().draws();

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = RobustnessOptions.defaults().seed();

    @Option(names = "--half-width", paramLabel = "H",
            description = "Draw weights within ±H of each strategy's weights (default: ${DEFAULT-VALUE}).")
    double halfWidth = RobustnessOptions.defaults().halfWidth();

    @Option(names = "--uniform", description = "Draw weights uniformly from the whole simplex instead.")
    boolean uniform;

    @Option(names = "--spread-draws", paramLabel = "D",
            description = "Weight draws for the per-cell spread map, 10 to " + RobustnessOptions.MAX_SPREAD_DRAWS
                    + " (default: ${DEFAULT-VALUE}).")
    int spreadDraws = RobustnessOptions.defaults().spreadDraws();

    @Mixin
    ScenarioOptions scenario;

    @Mixin
    CommonOptions common;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        RobustnessOptions options = FlagValues.check(spec, () -> new RobustnessOptions(draws, seed, halfWidth, uniform,
                spreadDraws, RobustnessOptions.defaults().sweepSteps()));
        return SitingJob.execute(scenario, common.quiet, spec.commandLine().getOut(),
                (result, monitor, steps) -> {
                    steps.accept("robustness (SMAA, sweeps, spread)");
                    return List.of(new RobustnessOutputs(new RobustnessAnalysis(result, options).compute(monitor),
                            options));
                });
    }
}
