package org.plinth.siting.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Envelope;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.Monitor;
import org.plinth.raster.io.RasterFiles;
import org.plinth.siting.BadInputException;
import org.plinth.siting.layers.VectorLayer;
import org.plinth.siting.layers.VectorLayerReader;
import org.plinth.siting.scenario.ConstraintSpec;
import org.plinth.siting.scenario.CriterionSpec;
import org.plinth.siting.scenario.Scenario;
import org.plinth.siting.scenario.StrategySpec;

/**
 * Runs a scenario: layers → grid → criteria → constraints → suitability per strategy → sites →
 * comparison. Pure computation: no files are written here (see {@code SitingOutputs}); progress
 * goes to a {@link Monitor} and step names to a listener.
 */
public final class SitingRun {
    private final Scenario scenario;
    private final List<String> onlyStrategies;
    private final Monitor monitor;
    private final Consumer<String> steps;
    private final Map<String, Double> timings = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private long t0;

    /**
     * @param scenario the scenario
     * @param onlyStrategies strategy keys to run, empty for all
     * @param monitor progress and cancellation
     * @param steps receives a short name as each step starts
     */
    public SitingRun(Scenario scenario, List<String> onlyStrategies, Monitor monitor, Consumer<String> steps) {
        this.scenario = scenario;
        this.onlyStrategies = List.copyOf(onlyStrategies);
        this.monitor = monitor;
        this.steps = steps;
        for (String s : onlyStrategies) {
            if (!scenario.strategies().containsKey(s)) {
                throw new BadInputException(scenario.file().getFileName() + ": no strategy '" + s + "' (strategies: "
                        + String.join(", ", scenario.strategies().keySet()) + ")");
            }
        }
    }

    public SitingResult compute() {
        step("area and grid");
        StudyArea area = StudyArea.of(scenario);
        step("layers");
        Map<String, VectorLayer> layers = loadLayers(area);
        ByteGrid allowed = Kernels.areaMask(area);
        long areaCells = count(allowed);
        if (areaCells == 0) {
            throw new BadInputException(scenario.file().getFileName() + ": area: no cell centre of the "
                    + StudyArea.fmt(area.grid().transform().cellWidth()) + " m grid lies inside the area; use a smaller"
                    + " grid.cell_size or a larger area");
        }
        FloatGrid dem = null;
        FloatGrid demWide = null;
        int margin = terrainMargin(area.grid());
        FloatGrid hillshade = null;
        if (scenario.hasDem()) {
            step("DEM");
            List<Path> tiles = tilesInReach(area, margin, warnings);
            try {
                // terrain beyond the area's box too, where criteria look past it (observers, prominence window)
                demWide = Kernels.demOnGrid(tiles, Kernels.widened(area.grid(), margin), monitor);
                dem = Kernels.cutBack(demWide, area.grid(), margin);
            } catch (org.plinth.raster.InvalidInputException e) {
                // a tile the raster readers refuse: name the scenario's key too
                throw new BadInputException(scenario.file().getFileName() + ": dem: " + e.getMessage(), e);
            }
            checkDemCoverage(dem, allowed, areaCells);
            hillshade = Kernels.hillshade(dem, monitor);
        } else {
            warnings.add("No DEM: the run uses no terrain. Visual exposure is the unobstructed proxy (Earth curvature"
                    + " only, hills and forests ignored), and slope and prominence criteria are unavailable. Add SRTM"
                    + " (.hgt or .hgt.zip, 1″ or 3″) or Copernicus GLO-30 GeoTIFF tiles covering the area, or a GDAL VRT of"
                    + " them, under 'dem:' in the scenario.");
        }
        CriterionRasters rasters = new CriterionRasters(scenario, area, layers, dem, demWide, margin, allowed, monitor);
        demWide = null;
        List<CriterionLayer> criteria = new ArrayList<>();
        for (CriterionSpec c : scenario.criteria().values()) {
            if (!neededByTheStrategiesRun(c)) {
                continue; // --strategy: a criterion only other strategies weigh is not computed
            }
            step("criterion " + c.key());
            CriterionLayer cl = rasters.criterion(c);
            if (cl.proxy()) {
                warnings.add("Criterion '" + c.key() + "' uses a proxy: " + cl.method() + ".");
            }
            criteria.add(cl);
        }
        step("constraints");
        Map<String, Double> shares = new LinkedHashMap<>();
        for (ConstraintSpec c : scenario.constraints().values()) {
            ByteGrid ok = rasters.constraint(c);
            shares.put(c.key(), excludedShare(allowed, ok, areaCells));
            and(allowed, ok);
        }
        warnings.addAll(rasters.notes());
        rasters.release();
        if (count(allowed) == 0) {
            throw new BadInputException(scenario.file().getFileName() + ": constraints: together they exclude the"
                    + " whole area (" + shareList(shares) + "), so no site can be proposed; relax one of them");
        }
        List<StrategyOutcome> outcomes = new ArrayList<>();
        VectorLayer places = placesLayer(layers);
        StrategyEvaluator eval = new StrategyEvaluator(criteria, allowed, scenario.sites(), places,
                places == null ? null : scenario.layers().get(places.name()), area.grid().crs());
        for (StrategySpec s : scenario.strategies().values()) {
            if (onlyStrategies.isEmpty() || onlyStrategies.contains(s.key())) {
                step("strategy " + s.key());
                warnings.addAll(s.weightNotes());
                StrategyOutcome o = eval.evaluate(s, monitor);
                if (o.sites().size() < scenario.sites().count()) {
                    warnings.add(String.format(Locale.ROOT, "Strategy '%s': only %d of %d sites meet the threshold %.2f"
                                    + " over at least %.2f km² with %.1f km separation.", s.key(), o.sites().size(),
                            scenario.sites().count(), scenario.sites().threshold(), scenario.sites().minArea() / 1e6,
                            scenario.sites().minSeparation() / 1000));
                }
                outcomes.add(o);
            }
        }
        step("comparison");
        // two strategies' sites count as the same place within half the minimum separation (at least one cell)
        double match = Math.max(scenario.sites().minSeparation() / 2, area.grid().transform().cellWidth());
        Comparison comparison = StrategyComparison.compare(outcomes, allowed, match, eval::distribution);
        step(null);
        return new SitingResult(scenario, area, layers, criteria, allowed, shares, outcomes, comparison, hillshade,
                List.copyOf(warnings), java.util.Collections.unmodifiableMap(new LinkedHashMap<>(timings)));
    }

    private Map<String, VectorLayer> loadLayers(StudyArea area) {
        Map<String, VectorLayer> out = new LinkedHashMap<>();
        Envelope extent = new Envelope(area.grid().minX(), area.grid().maxX(), area.grid().minY(), area.grid().maxY());
        for (Scenario.LayerSpec spec : scenario.layers().values()) {
            String at = scenario.file().getFileName() + ": layers." + spec.key();
            VectorLayer l;
            try {
                l = VectorLayerReader.read(spec.file(), new VectorLayerReader.Options(spec.key(), spec.table(),
                        spec.lonField(), spec.latField()));
            } catch (BadInputException e) {
                throw new BadInputException(at + ".file: " + e.getMessage(), e);
            }
            if (l.isEmpty()) {
                throw new BadInputException(scenario.file().getFileName() + ": layers." + spec.key() + ": "
                        + spec.file().getFileName() + " has no features");
            }
            VectorLayer g;
            try {
                g = l.reprojectedTo(area.grid().crs());
            } catch (BadInputException e) {
                throw new BadInputException(scenario.file().getFileName() + ": layers." + spec.key() + ": "
                        + spec.file().getFileName() + ": " + e.getMessage(), e);
            }
            if (spec.nameField() != null && g.features().stream().noneMatch(f -> f.properties().containsKey(spec.nameField()))) {
                throw new BadInputException(at + ".name_field: no feature of " + spec.file().getFileName()
                        + " has a field '" + spec.nameField() + "' (fields: " + String.join(", ",
                        g.features().get(0).properties().keySet()) + ")");
            }
            long inside = g.features().stream().filter(f -> f.geometry().getEnvelopeInternal().intersects(extent)).count();
            if (inside == 0) {
                // distances count features outside the grid, so a layer beside the area can be meant (a border
                // beyond a sub-area); one ten times the area's size away (or 100 km) is more likely in the wrong
                // CRS or with swapped coordinates
                Envelope near = new Envelope(extent);
                near.expandBy(Math.max(100_000, 10 * Math.max(extent.getWidth(), extent.getHeight())));
                if (g.features().stream().noneMatch(f -> f.geometry().getEnvelopeInternal().intersects(near))) {
                    throw new BadInputException(at + ": no feature of " + spec.file().getFileName()
                            + " lies inside the area's grid or near it (is its CRS right?)");
                }
                warnings.add("Layer '" + spec.key() + "': no feature of " + spec.file().getFileName() + " lies inside"
                        + " the area's grid; distances count the nearest ones outside it.");
            }
            out.put(spec.key(), g);
        }
        return out;
    }

    private VectorLayer placesLayer(Map<String, VectorLayer> layers) {
        for (Scenario.LayerSpec s : scenario.layers().values()) {
            if (s.populationField() != null && s.nameField() != null) {
                return layers.get(s.key());
            }
        }
        return null;
    }

    /**
     * The DEM files to read: those in longitude/latitude that lie wholly outside the area's box and the
     * margin around it that terrain criteria look at are left out with a warning each (a tile of another
     * region, a typo in its name: it would add nothing, and would stretch the joined grid across the gap).
     * Files in a projected CRS are kept; a DEM with no value in the area is refused later as a whole.
     */
    private List<Path> tilesInReach(StudyArea area, int margin, List<String> warnings) {
        List<Path> out = new ArrayList<>();
        Envelope box = area.lonLatEnvelope();
        double metres = margin * area.grid().transform().cellWidth();
        double lat = Math.max(Math.abs(box.getMinY()), Math.abs(box.getMaxY()));
        double dLat = metres / 110_574.0;
        double dLon = metres / (111_320.0 * Math.max(0.05, Math.cos(Math.toRadians(Math.min(89, lat + dLat)))));
        Envelope reach = new Envelope(box.getMinX() - dLon,
                box.getMaxX() + dLon, box.getMinY() - dLat, box.getMaxY() + dLat);
        for (Path tile : scenario.dem()) {
            GridGeometry g;
            try {
                g = RasterFiles.header(tile).geometry();
            } catch (RuntimeException e) {
                out.add(tile); // the read that follows reports what is wrong with it
                continue;
            }
            Envelope e = new Envelope(g.minX(), g.maxX(), g.minY(),
                    g.maxY());
            if (!g.crs().isGeographic() || e.intersects(reach)) {
                out.add(tile);
            } else {
                warnings.add(String.format(Locale.ROOT, "DEM file %s (%.2f..%.2f E, %.2f..%.2f N) lies outside the area"
                        + " and the %.1f km around it that terrain criteria use; it was left out.", tile.getFileName(),
                        g.minX(), g.maxX(), g.minY(), g.maxY(), metres / 1000));
            }
        }
        if (out.isEmpty()) {
            throw new BadInputException(scenario.file().getFileName() + ": dem: none of the DEM files reaches the area ("
                    + String.format(Locale.ROOT, "%.2f..%.2f E, %.2f..%.2f N", box.getMinX(), box.getMaxX(), box.getMinY(),
                    box.getMaxY()) + "); give the tiles that cover it");
        }
        return out;
    }

    /** Whether a strategy this run evaluates weighs {@code c} (all criteria when every strategy runs). */
    private boolean neededByTheStrategiesRun(CriterionSpec c) {
        return onlyStrategies.isEmpty() || scenario.strategies().values().stream()
                .anyMatch(s -> onlyStrategies.contains(s.key()) && s.weights().containsKey(c.key()));
    }

    /** Cells of terrain the criteria need beyond the study grid ({@link Kernels#terrainMargin}). */
    private int terrainMargin(GridGeometry grid) {
        return Kernels.terrainMargin(scenario, grid.transform().cellWidth());
    }

    /**
     * A DEM that covers none of the area is a wrong file or a wrong CRS, so it is refused; one that
     * covers part of it leaves the rest NoData (no terrain criterion there) and the run says so.
     */
    private void checkDemCoverage(FloatGrid dem, ByteGrid area, long areaCells) {
        long covered = 0;
        byte[] a = area.data();
        for (int i = 0; i < a.length; i++) {
            if (a[i] != 0 && !dem.isNoData(dem.data()[i])) {
                covered++;
            }
        }
        if (covered == 0 && areaCells > 0) {
            throw new BadInputException(scenario.file().getFileName() + ": dem: the DEM has no value inside the area"
                    + " (does it cover the area, and is its CRS right?)");
        }
        if (covered < areaCells) {
            warnings.add(String.format(Locale.ROOT, "The DEM covers only %.1f %% of the area; terrain criteria"
                    + " are NoData where it has no value.", 100.0 * covered / areaCells));
        }
    }

    /** Cells that are not 0 (in the area, allowed). */
    private static long count(ByteGrid g) {
        return g.data().length - g.count(0);
    }

    private static double excludedShare(ByteGrid area, ByteGrid ok, long areaCells) {
        long excluded = 0;
        byte[] a = area.data();
        byte[] o = ok.data();
        for (int i = 0; i < a.length; i++) {
            excluded += a[i] != 0 && o[i] == 0 ? 1 : 0;
        }
        return areaCells == 0 ? 0 : (double) excluded / areaCells;
    }

    private static void and(ByteGrid into, ByteGrid other) {
        byte[] a = into.data();
        byte[] b = other.data();
        for (int i = 0; i < a.length; i++) {
            a[i] = (byte) (a[i] != 0 && b[i] != 0 ? 1 : 0);
        }
    }

    private void step(String name) {
        long now = System.nanoTime();
        if (t0 != 0 && !timings.isEmpty()) {
            String last = timings.keySet().stream().reduce((x, y) -> y).orElseThrow();
            timings.put(last, (now - t0) / 1e9);
        }
        monitor.checkCancelled();
        if (name != null) {
            timings.put(name, 0.0);
            steps.accept(name);
        }
        t0 = now;
    }

    /** "border excludes 12 %, rivers 100 %" */
    private static String shareList(Map<String, Double> shares) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Double> e : shares.entrySet()) {
            parts.add(String.format(Locale.ROOT, "%s excludes %.0f %%", e.getKey(), 100 * e.getValue()));
        }
        return String.join(", ", parts);
    }
}
