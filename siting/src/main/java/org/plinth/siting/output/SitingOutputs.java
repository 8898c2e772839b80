package org.plinth.siting.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.plinth.siting.run.SiteRecord;
import org.plinth.siting.run.SitingResult;
import org.plinth.siting.run.StrategyOutcome;

/**
 * Writes a run's files into an output folder, atomically: {@code suitability-<strategy>.tif},
 * {@code sites.geojson}, {@code sites.gpkg}, {@code map-<strategy>.png}, {@code report.html} and
 * {@code summary.json}. Nothing appears in the target folder unless every file was written.
 */
public final class SitingOutputs {
    private SitingOutputs() {
    }

    /**
     * Writes everything and returns the final folder.
     *
     * @param r the run
     * @param target output folder (replaced as a whole on success)
     * @param extensions further outputs (report sections, files, summary entries)
     * @param steps receives step names
     */
    public static Path write(SitingResult r, Path target, List<OutputExtension> extensions, Consumer<String> steps) {
        try (OutputFolder out = OutputFolder.create(target)) {
            Path dir = out.staging();
            steps.accept("writing GeoTIFFs");
            for (StrategyOutcome s : r.strategies()) {
                Float32Tiff.write(dir.resolve("suitability-" + s.key() + ".tif"), s.suitability());
            }
            List<SiteRecord> all = new ArrayList<>();
            r.strategies().forEach(s -> all.addAll(s.sites()));
            int epsg = r.area().grid().crs().epsgCode().orElse(0);
            steps.accept("writing sites");
            SitesGeoJson.write(dir.resolve("sites.geojson"), all, epsg);
            SitesGeoPackage.write(dir.resolve("sites.gpkg"), all, epsg, r.area().lonLatEnvelope());
            steps.accept("drawing maps");
            MapPainter painter = new MapPainter(r);
            Map<String, byte[]> maps = new LinkedHashMap<>();
            for (StrategyOutcome s : r.strategies()) {
                byte[] png = painter.png(s);
                maps.put(s.key(), png);
                Files.write(dir.resolve("map-" + s.key() + ".png"), png);
            }
            steps.accept("writing report");
            List<String> sections = new ArrayList<>();
            var summary = SummaryJson.build(r);
            for (OutputExtension e : extensions) {
                e.writeFiles(dir);
                sections.add(e.htmlSection());
                e.addTo(summary);
            }
            Files.writeString(dir.resolve("report.html"), ReportHtml.render(r, maps, sections), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("summary.json"), SummaryJson.toJson(summary), StandardCharsets.UTF_8);
            out.commit();
            return out.target();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write outputs to " + target + ": " + e.getMessage(), e);
        }
    }
}
