package org.plinth.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.plinth.raster.Monitor;
import org.plinth.raster.io.RasterFiles;
import org.plinth.siting.output.OutputExtension;
import org.plinth.siting.output.OutputFolder;
import org.plinth.siting.output.SitingOutputs;
import org.plinth.siting.run.CriterionValue;
import org.plinth.siting.run.SitingResult;
import org.plinth.siting.run.SitingRun;
import org.plinth.siting.scenario.Scenario;
import org.plinth.siting.scenario.ScenarioReader;

/** What {@code run} and {@code robustness} share: read, compute, write atomically, print. */
final class SitingJob {
    private SitingJob() {
    }

    /**
     * Runs the scenario, lets {@code extend} add outputs from the result, writes everything and
     * prints the summary (or summary.json with {@code json}).
     */
    static int execute(ScenarioOptions options, boolean quiet, PrintWriter stdout, ExtensionFactory extend) {
        Scenario scenario = ScenarioReader.read(options.scenarioPath);
        Path target = options.out != null ? options.out : Path.of("out", scenario.name());
        List<Path> inputs = new ArrayList<>(List.of(scenario.file()));
        for (Path dem : scenario.dem()) {
            inputs.add(dem);
            inputs.addAll(RasterFiles.sourcesOf(dem)); // a VRT's tiles
        }
        inputs.add(scenario.area().file());
        scenario.layers().values().forEach(l -> inputs.add(l.file()));
        scenario.strategies().values().forEach(s -> inputs.add(s.judgments()));
        OutputFolder.checkTarget(target, inputs);
        List<String> strategies = options.strategies;
        boolean json = options.json;
        try (ConsoleMonitor monitor = ConsoleMonitor.open("plinth", quiet)) {
            StepPrinter steps = new StepPrinter(quiet);
            SitingResult result = new SitingRun(scenario, strategies, monitor, steps).compute();
            List<OutputExtension> extensions = extend.apply(result, monitor, steps);
            Path written = SitingOutputs.write(result, target, extensions, steps);
            steps.done();
            if (json) {
                stdout.println(Files.readString(written.resolve("summary.json")));
            } else {
                printSummary(stdout, result, extensions, written);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return PlinthCommand.OK;
    }

    /** Makes output extensions from a run's result. */
    interface ExtensionFactory {
        List<OutputExtension> apply(SitingResult result, Monitor monitor, StepPrinter steps);
    }

    static ExtensionFactory none() {
        return (r, m, s) -> List.of();
    }

    private static void printSummary(PrintWriter out, SitingResult r, List<OutputExtension> extensions, Path written) {
        for (var s : r.strategies()) {
            if (s.sites().isEmpty()) {
                out.printf("%-12s no site met the threshold%n", s.key());
                continue;
            }
            var best = s.sites().get(0);
            out.printf(Locale.ROOT, "%-12s %d %s, best score %.3f%s%n", s.key(), s.sites().size(),
                    s.sites().size() == 1 ? "site" : "sites", best.score(), best.nearestPlace() == null ? ""
                            : " (" + CriterionValue.distanceText(best.nearestPlaceDistance()) + " from "
                            + best.nearestPlace() + ")");
        }
        for (OutputExtension e : extensions) {
            e.summaryLines().forEach(out::println);
        }
        for (String w : r.warnings()) {
            out.println("warning: " + w);
        }
        out.println("Report: " + written.resolve("report.html"));
    }

}
