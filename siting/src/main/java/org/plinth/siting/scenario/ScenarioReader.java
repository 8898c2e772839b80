package org.plinth.siting.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.plinth.decision.ahp.GroupResult;
import org.plinth.raster.Crs;
import org.plinth.decision.ahp.StakeholderResult;
import org.plinth.siting.BadInputException;
import org.plinth.siting.judgments.JudgmentsFile;
import org.plinth.siting.judgments.JudgmentsReader;
import org.plinth.siting.yaml.YamlDocument;
import org.plinth.siting.yaml.YamlNode;

/**
 * Reads and validates a scenario file ({@code scenario.yaml}). Every key is documented in
 * {@code docs/scenario.md}; unknown keys, missing files, dangling references and invalid values are
 * errors naming the file, line, column, key and value.
 */
public final class ScenarioReader {
    private static final Set<String> TOP = Set.of("name", "title", "description", "area", "grid", "dem", "layers",
            "criteria", "constraints", "strategies", "sites", "attribution");
    private static final Set<String> LAYER = Set.of("file", "name_field", "population_field", "lon_field",
            "lat_field", "table", "map");
    private static final Set<String> CRITERION = Set.of("label", "kind", "layer", "where", "radius", "decay",
            "observer_height", "target_height", "standardise");
    private static final Set<String> CONSTRAINT = Set.of("label", "kind", "layer", "where", "min", "max");
    private static final Set<String> STRATEGY = Set.of("label", "description", "weights", "judgments", "aggregation",
            "owa_alpha");
    private static final Set<String> FUNCTIONS = Set.of("linear", "sigmoid", "j-shaped", "breakpoints");
    private static final Set<String> DECAYS = Set.of("none", "linear", "gaussian");

    private final Path folder;

    private ScenarioReader(Path file) {
        this.folder = file.toAbsolutePath().getParent();
    }

    /** Reads {@code path}: a scenario file, or a folder holding {@code scenario.yaml}. */
    public static Scenario read(Path path) {
        Path file = Files.isDirectory(path) ? path.resolve("scenario.yaml") : path;
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": scenario file not found");
        }
        return new ScenarioReader(file).parse(file, YamlDocument.parse(file));
    }

    private Scenario parse(Path file, YamlNode root) {
        root.checkKeys(TOP);
        String defaultName = folder.getFileName() == null ? "scenario" : folder.getFileName().toString();
        String name = root.get("name").map(YamlNode::asText).orElse(defaultName);
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw root.require("name").error("must be letters, digits, '.', '_' or '-' (it names the output folder), was '"
                    + name + "'");
        }
        Scenario.Area area = area(root.require("area"));
        Scenario.GridSpec grid = grid(root.require("grid"));
        List<Path> dem = root.get("dem").map(n -> n.items().stream().map(this::file).toList()).orElse(List.of());
        Map<String, Scenario.LayerSpec> layers = new LinkedHashMap<>();
        root.require("layers").entries().forEach((k, v) -> layers.put(k, layer(k, v)));
        Map<String, CriterionSpec> criteria = new LinkedHashMap<>();
        root.require("criteria").entries().forEach((k, v) -> criteria.put(k, criterion(k, v, layers, !dem.isEmpty())));
        if (criteria.isEmpty()) {
            throw root.require("criteria").error("at least one criterion is required");
        }
        Map<String, ConstraintSpec> constraints = new LinkedHashMap<>();
        root.get("constraints").ifPresent(c -> c.entries().forEach((k, v) ->
                constraints.put(k, constraint(k, v, layers, !dem.isEmpty()))));
        Map<String, StrategySpec> strategies = new LinkedHashMap<>();
        root.require("strategies").entries().forEach((k, v) -> strategies.put(k, strategy(k, v, criteria, folder)));
        if (strategies.isEmpty()) {
            throw root.require("strategies").error("at least one strategy is required");
        }
        SiteSpec sites = sites(root.get("sites"));
        List<String> attribution = root.get("attribution").map(YamlNode::asTextList).orElse(List.of());
        return new Scenario(file, name, root.get("title").map(YamlNode::asText).orElse(name),
                root.get("description").map(YamlNode::asText).orElse(""), area, grid, dem, layers, criteria,
                constraints, strategies, sites, attribution);
    }

    private Path file(YamlNode n) {
        Path p = folder.resolve(n.asText()).normalize();
        if (!Files.isRegularFile(p)) {
            throw n.error("file not found: " + n.asText());
        }
        return p;
    }

    private Scenario.Area area(YamlNode n) {
        n.checkKeys(Set.of("file", "bbox"));
        Optional<YamlNode> f = n.get("file");
        Optional<YamlNode> b = n.get("bbox");
        if (f.isPresent() == b.isPresent()) {
            throw n.error("give exactly one of 'file' (a polygon layer) or 'bbox' ([west, south, east, north] in degrees)");
        }
        if (f.isPresent()) {
            return new Scenario.Area(file(f.get()), null);
        }
        double[] box = b.get().asDoubleArray();
        String was = ", was " + java.util.Arrays.toString(box);
        if (box.length != 4) {
            throw b.get().error("must be [west, south, east, north] in degrees (four numbers)" + was);
        }
        if (box[0] < -180 || box[2] > 180 || box[1] < -90 || box[3] > 90) {
            throw b.get().error("must be longitudes in -180..180 and latitudes in -90..90 ([west, south, east, north])"
                    + was);
        }
        if (!(box[0] < box[2]) || !(box[1] < box[3])) {
            throw b.get().error("must be [west, south, east, north] in degrees with west < east and south < north"
                    + was);
        }
        return new Scenario.Area(null, box);
    }

    private Scenario.GridSpec grid(YamlNode n) {
        n.checkKeys(Set.of("cell_size", "crs"));
        double cell = n.require("cell_size").asPositive();
        if (cell < 1e-3) {
            throw n.require("cell_size").error("must be at least 1 mm (a cell size in metres), was "
                    + n.require("cell_size").asText());
        }
        Optional<Integer> epsg = Optional.empty();
        Optional<YamlNode> crs = n.get("crs");
        if (crs.isPresent() && !"auto".equalsIgnoreCase(crs.get().asText().trim())) {
            OptionalInt code;
            try {
                code = Crs.parseEpsgCode(crs.get().asText());
            } catch (IllegalArgumentException e) {
                code = OptionalInt.empty();
            }
            if (code.isEmpty()) {
                throw crs.get().error("must be 'auto' or 'EPSG:<code>', was '" + crs.get().asText() + "'");
            }
            epsg = Optional.of(code.getAsInt());
        }
        return new Scenario.GridSpec(cell, epsg);
    }

    private Scenario.LayerSpec layer(String key, YamlNode n) {
        n.checkKeys(LAYER);
        return new Scenario.LayerSpec(key, file(n.require("file")), text(n, "name_field"), text(n, "population_field"),
                text(n, "lon_field"), text(n, "lat_field"), text(n, "table"),
                n.get("map").map(YamlNode::asBoolean).orElse(true));
    }

    private static String text(YamlNode n, String key) {
        return n.get(key).map(YamlNode::asText).orElse(null);
    }

    private CriterionSpec criterion(String key, YamlNode n, Map<String, Scenario.LayerSpec> layers, boolean hasDem) {
        n.checkKeys(CRITERION);
        YamlNode kindNode = n.require("kind");
        CriterionSpec.Kind kind;
        try {
            kind = CriterionSpec.Kind.valueOf(kindNode.asText().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw kindNode.error("unknown kind '" + kindNode.asText()
                    + "' (kinds: distance, population, exposure, slope, prominence, elevation)");
        }
        String layer = null;
        if (kind.needsLayer()) {
            layer = layerRef(n.require("layer"), layers);
        } else if (n.get("layer").isPresent()) {
            throw n.require("layer").error("a " + kind.name().toLowerCase(Locale.ROOT) + " criterion takes no layer");
        }
        if (kind.needsDem() && !hasDem) {
            throw kindNode.error("a " + kind.name().toLowerCase(Locale.ROOT)
                    + " criterion needs a DEM: add 'dem: [tiles]' (SRTM .hgt or GeoTIFF) or remove the criterion");
        }
        double radius = n.get("radius").map(YamlNode::asPositive).orElse(defaultRadius(kind));
        if (radius < 1e-3) {
            throw n.require("radius").error("must be at least 1 mm (a radius in metres), was " + n.require("radius").asText());
        }
        String decay = n.get("decay").map(d -> choice(d, DECAYS)).orElse("none");
        double oh = n.get("observer_height").map(YamlNode::asNonNegative).orElse(1.7);
        double th = n.get("target_height").map(YamlNode::asNonNegative).orElse(0.0);
        return new CriterionSpec(key, n.get("label").map(YamlNode::asText).orElse(key), kind, layer,
                where(n.get("where")), radius, decay, oh, th, standardise(n.require("standardise")));
    }

    private static double defaultRadius(CriterionSpec.Kind kind) {
        return switch (kind) {
            case POPULATION -> 20_000;
            case EXPOSURE -> 20_000;
            case PROMINENCE -> 1_000;
            default -> Double.NaN;
        };
    }

    private static String layerRef(YamlNode n, Map<String, Scenario.LayerSpec> layers) {
        String l = n.asText();
        if (!layers.containsKey(l)) {
            throw n.error("unknown layer '" + l + "' (layers: " + String.join(", ", layers.keySet()) + ")");
        }
        return l;
    }

    private static String choice(YamlNode n, Set<String> allowed) {
        String v = n.asText().trim().toLowerCase(Locale.ROOT);
        if (!allowed.contains(v)) {
            throw n.error("must be one of " + String.join(", ", allowed.stream().sorted().toList()) + ", was '"
                    + n.asText() + "'");
        }
        return v;
    }

    private static Optional<Scenario.Where> where(Optional<YamlNode> n) {
        if (n.isEmpty()) {
            return Optional.empty();
        }
        Map<String, YamlNode> e = n.get().entries();
        if (e.size() != 1) {
            throw n.get().error("must name exactly one attribute and its accepted values, e.g. {kind: [battle-1943]}");
        }
        Map.Entry<String, YamlNode> only = e.entrySet().iterator().next();
        return Optional.of(new Scenario.Where(only.getKey(), only.getValue().asTextList()));
    }

    private static StandardiseSpec standardise(YamlNode n) {
        n.checkKeys(Set.of("function", "points", "breakpoints"));
        String f = choice(n.require("function"), FUNCTIONS);
        if (f.equals("breakpoints")) {
            List<YamlNode> pts = n.require("breakpoints").items();
            if (pts.size() < 2) {
                throw n.require("breakpoints").error("needs at least two [value, score] pairs");
            }
            double[] x = new double[pts.size()];
            double[] y = new double[pts.size()];
            for (int i = 0; i < x.length; i++) {
                double[] xy = pts.get(i).asDoubleArray();
                if (xy.length != 2) {
                    throw pts.get(i).error("must be a [value, score] pair");
                }
                if (i > 0 && !(xy[0] > x[i - 1])) {
                    throw pts.get(i).error("values must increase strictly, " + xy[0] + " follows " + x[i - 1]);
                }
                if (!(xy[1] >= 0 && xy[1] <= 1)) {
                    throw pts.get(i).error("score must be in 0..1, was " + xy[1]);
                }
                x[i] = xy[0];
                y[i] = xy[1];
            }
            return new StandardiseSpec(f, x, y);
        }
        YamlNode p = n.require("points");
        double[] ab = p.asDoubleArray();
        if (ab.length != 2 || ab[0] == ab[1]) {
            throw p.error("must be [a, b]: the raw value scoring 0 and the raw value scoring 1 (a != b), was "
                    + java.util.Arrays.toString(ab));
        }
        return new StandardiseSpec(f, ab, null);
    }

    private ConstraintSpec constraint(String key, YamlNode n, Map<String, Scenario.LayerSpec> layers, boolean hasDem) {
        n.checkKeys(CONSTRAINT);
        String kind = choice(n.require("kind"), Set.of("distance", "slope"));
        double min = n.get("min").map(YamlNode::asNonNegative).orElse(Double.NaN);
        double max = n.get("max").map(YamlNode::asNonNegative).orElse(Double.NaN);
        String layer = null;
        if (kind.equals("distance")) {
            layer = layerRef(n.require("layer"), layers);
            if (Double.isNaN(min) && Double.isNaN(max)) {
                throw n.error("a distance constraint needs 'min' (exclude nearer than) and/or 'max' (exclude farther than)");
            }
        } else {
            if (!hasDem) {
                throw n.require("kind").error("a slope constraint needs a DEM: add 'dem: [tiles]' or remove it");
            }
            if (Double.isNaN(max)) {
                throw n.error("a slope constraint needs 'max' (degrees)");
            }
        }
        return new ConstraintSpec(key, n.get("label").map(YamlNode::asText).orElse(key), kind, layer,
                where(n.get("where")), min, max);
    }

    private static StrategySpec strategy(String key, YamlNode n, Map<String, CriterionSpec> criteria, Path folder) {
        n.checkKeys(STRATEGY);
        Optional<YamlNode> direct = n.get("weights");
        Optional<YamlNode> judged = n.get("judgments");
        if (direct.isPresent() == judged.isPresent()) {
            throw n.error("give exactly one of 'weights' ({criterion: weight}) or 'judgments' (a judgments file)");
        }
        Map<String, Double> weights;
        String source;
        List<String> notes = new ArrayList<>();
        if (direct.isPresent()) {
            weights = directWeights(direct.get(), criteria);
            source = "direct weights";
            double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
            if (Math.abs(sum - 1) > 1e-6) {
                notes.add(String.format(Locale.ROOT, "Strategy '%s': its weights sum to %s, not 1; they were divided"
                        + " by that sum (check for a typo)", key, num(sum)));
            }
        } else {
            GroupResult g = judgedWeights(judged.get(), criteria, folder);
            weights = new LinkedHashMap<>(g.weightMap());
            source = "AHP group weights from " + judged.get().asText() + ", " + consistency(g);
            for (String w : g.warnings()) {
                notes.add("Strategy '" + key + "', " + judged.get().asText() + ": " + w);
            }
        }
        String agg = n.get("aggregation").map(a -> choice(a, Set.of("wlc", "owa"))).orElse("wlc");
        double alpha = n.get("owa_alpha").map(YamlNode::asPositive).orElse(1.0);
        return new StrategySpec(key, n.get("label").map(YamlNode::asText).orElse(key),
                n.get("description").map(YamlNode::asText).orElse(""), weights, agg, alpha, source, notes,
                judged.map(j -> folder.resolve(j.asText()).normalize()).orElse(null));
    }

    /** "AIJ, group CR 0.002, stakeholders' CR 0.001–0.007, threshold 0.10" */
    private static String consistency(GroupResult g) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (StakeholderResult s : g.stakeholders()) {
            lo = Math.min(lo, s.result().consistencyRatio());
            hi = Math.max(hi, s.result().consistencyRatio());
        }
        String group = Double.isNaN(g.consistencyRatio()) ? ""
                : String.format(Locale.ROOT, ", group CR %.3f", g.consistencyRatio());
        String each = g.stakeholders().size() == 1 ? String.format(Locale.ROOT, "stakeholder's CR %.3f", lo)
                : String.format(Locale.ROOT, "stakeholders' CR %.3f–%.3f", lo, hi);
        return g.aggregation().id().toUpperCase(Locale.ROOT) + group + ", " + each
                + String.format(Locale.ROOT, ", threshold %.2f", g.options().threshold());
    }

    private static String num(double v) {
        return java.math.BigDecimal.valueOf(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }

    private static Map<String, Double> directWeights(YamlNode w, Map<String, CriterionSpec> criteria) {
        Map<String, Double> weights = new LinkedHashMap<>();
        double sum = 0;
        for (Map.Entry<String, YamlNode> e : w.entries().entrySet()) {
            if (!criteria.containsKey(e.getKey())) {
                throw e.getValue().error("unknown criterion '" + e.getKey() + "' (criteria: "
                        + String.join(", ", criteria.keySet()) + ")");
            }
            double v = e.getValue().asDouble();
            if (!(v >= 0)) {
                throw e.getValue().error("weights must be >= 0, was " + e.getValue().asText());
            }
            weights.put(e.getKey(), v);
            sum += v;
        }
        if (!(sum > 0)) {
            throw w.error("weights are all zero: at least one criterion must have a positive weight");
        }
        if (Double.isInfinite(sum)) {
            throw w.error("weights sum to more than a number can hold; give them on a smaller scale (e.g. summing to 1)");
        }
        return weights;
    }

    /** Group weights from an AHP judgments file whose criteria are this scenario's criterion keys. */
    private static GroupResult judgedWeights(YamlNode ref, Map<String, CriterionSpec> criteria, Path folder) {
        Path file = folder.resolve(ref.asText()).normalize();
        if (!Files.isRegularFile(file)) {
            throw ref.error("file not found: " + ref.asText());
        }
        JudgmentsFile judgments = JudgmentsReader.read(file);
        for (String c : judgments.criteria()) {
            if (!criteria.containsKey(c)) {
                throw ref.error(file.getFileName() + " names criterion '" + c + "', which the scenario does not define"
                        + " (criteria: " + String.join(", ", criteria.keySet()) + ")");
            }
        }
        return judgments.weigh();
    }

    private static SiteSpec sites(Optional<YamlNode> n) {
        if (n.isEmpty()) {
            return new SiteSpec(5, 10_000, 1_000_000, 0.5);
        }
        YamlNode s = n.get();
        s.checkKeys(Set.of("count", "min_separation", "min_area", "threshold"));
        int count = s.get("count").map(YamlNode::asInt).orElse(5);
        if (count < 1 || count > 1000) {
            throw s.require("count").error("must be 1..1000, was " + count);
        }
        double threshold = s.get("threshold").map(YamlNode::asDouble).orElse(0.5);
        if (!(threshold >= 0 && threshold <= 1)) {
            throw s.require("threshold").error("must be in 0..1, was " + threshold);
        }
        return new SiteSpec(count, s.get("min_separation").map(YamlNode::asNonNegative).orElse(10_000.0),
                s.get("min_area").map(YamlNode::asNonNegative).orElse(1_000_000.0), threshold);
    }

}
