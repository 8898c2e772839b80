package org.plinth.siting.judgments;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plinth.decision.ahp.AhpOptions;
import org.plinth.decision.ahp.GroupAggregation;
import org.plinth.decision.ahp.PairwiseComparisons;
import org.plinth.decision.ahp.PriorityMethod;
import org.plinth.decision.ahp.RandomIndex;
import org.plinth.decision.ahp.SaatyScale;
import org.plinth.decision.ahp.Stakeholder;
import org.plinth.siting.BadInputException;
import org.plinth.siting.yaml.YamlDocument;
import org.plinth.siting.yaml.YamlNode;

/**
 * Reads a judgments file:
 *
 * <pre>
 * criteria: [battlefield, heritage, discretion]   # at least two, unique
 * method: eigenvector          # or geometric-mean; default eigenvector
 * aggregation: aij             # aij, aip (= aip-arithmetic), aip-arithmetic, aip-geometric; default aij
 * random_index: saaty1980      # saaty1980, saaty2005, donegan-dodd; default saaty1980
 * threshold: 0.10              # CR above this is inconsistent, 0 &lt; t ≤ 1; default 0.10
 * stakeholders:
 *   - name: commission         # required, unique
 *     influence: 2             # &gt; 0; default 1
 *     judgments:               # required, at least one
 *       - [battlefield, heritage, 3]     # battlefield is 3 times as important as heritage
 *       - [heritage, discretion, 1/2]    # a number or a fraction, in 1/9 … 9
 * </pre>
 *
 * Reciprocals are implied; a pair may be given twice only with agreeing values (the reverse pair
 * with the reciprocal value agrees). Missing pairs are allowed while each stakeholder's judgments
 * connect all criteria; they are completed by the method's published rule. Every error is a
 * {@link BadInputException} naming the file, line, column, key path, stakeholder and pair.
 */
public final class JudgmentsReader {
    private static final Set<String> TOP = Set.of("criteria", "method", "aggregation", "random_index", "threshold",
            "stakeholders");
    private static final Set<String> STAKEHOLDER = Set.of("name", "influence", "judgments");
    private static final Pattern FRACTION = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*/\\s*([0-9]+(?:\\.[0-9]+)?)\\s*");

    private JudgmentsReader() {
    }

    /** Reads and validates {@code file}. */
    public static JudgmentsFile read(Path file) {
        if (Files.isDirectory(file)) {
            throw new BadInputException(file + ": is a folder; give the judgments YAML file itself");
        }
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": judgments file not found");
        }
        return parse(file, YamlDocument.parse(file));
    }

    /** Reads and validates YAML text said to come from {@code file}. */
    public static JudgmentsFile read(Path file, String text) {
        return parse(file, YamlDocument.parse(file, text));
    }

    /** Validates a judgments mapping already parsed (e.g. embedded in a scenario). */
    public static JudgmentsFile parse(Path file, YamlNode root) {
        root.checkKeys(TOP);
        List<String> criteria = criteria(root.require("criteria"));
        PriorityMethod method = root.get("method").map(n -> enumValue(n, () -> PriorityMethod.fromId(n.asText())))
                .orElse(PriorityMethod.EIGENVECTOR);
        GroupAggregation aggregation = root.get("aggregation")
                .map(n -> enumValue(n, () -> GroupAggregation.fromId(n.asText()))).orElse(GroupAggregation.AIJ);
        RandomIndex ri = root.get("random_index").map(n -> enumValue(n, () -> RandomIndex.fromId(n.asText())))
                .orElse(RandomIndex.SAATY_1980);
        if (criteria.size() > ri.maxOrder()) {
            throw root.get("random_index").orElse(root.require("criteria")).error("random index table " + ri.id()
                    + " covers up to " + ri.maxOrder() + " criteria, the file has " + criteria.size());
        }
        double threshold = root.get("threshold").map(JudgmentsReader::threshold).orElse(0.10);
        AhpOptions options = AhpOptions.defaults().withMethod(method).withRandomIndex(ri).withThreshold(threshold);
        YamlNode list = root.require("stakeholders");
        List<YamlNode> items = list.items();
        if (items.isEmpty()) {
            throw list.error("at least one stakeholder is required");
        }
        List<Stakeholder> stakeholders = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (YamlNode item : items) {
            Stakeholder s = stakeholder(item, criteria);
            if (!names.add(s.name())) {
                throw item.require("name").error("stakeholder '" + s.name() + "' is listed twice");
            }
            stakeholders.add(s);
        }
        if (Double.isInfinite(stakeholders.stream().mapToDouble(Stakeholder::influence).sum())) {
            throw list.error("the stakeholders' influences sum to more than a number can hold; give them on a smaller "
                    + "scale (only their ratios matter)");
        }
        return new JudgmentsFile(file, criteria, options, aggregation, stakeholders);
    }

    private static <T> T enumValue(YamlNode n, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw n.error(e.getMessage());
        }
    }

    private static double threshold(YamlNode n) {
        double t = n.asDouble();
        if (!(t > 0 && t <= 1)) {
            throw n.error("consistency threshold must be in (0, 1], was " + n.asText());
        }
        return t;
    }

    private static List<String> criteria(YamlNode n) {
        List<String> out = new ArrayList<>();
        for (YamlNode item : n.items()) {
            String c = item.asText().trim();
            if (c.isEmpty()) {
                throw item.error("criterion names must not be blank");
            }
            if (out.contains(c)) {
                throw item.error("criterion '" + c + "' is listed twice");
            }
            out.add(c);
        }
        if (out.size() < 2) {
            throw n.error("at least two criteria are needed to weigh, was " + out.size());
        }
        return out;
    }

    private static Stakeholder stakeholder(YamlNode n, List<String> criteria) {
        n.checkKeys(STAKEHOLDER);
        String name = n.require("name").asText().trim();
        if (name.isEmpty()) {
            throw n.require("name").error("stakeholder name must not be blank");
        }
        String who = "stakeholder '" + name + "'";
        double influence = 1;
        if (n.get("influence").isPresent()) {
            YamlNode inf = n.require("influence");
            influence = inf.asDouble();
            if (!(influence > 0)) {
                throw inf.error(who + ": influence must be > 0, was " + inf.asText());
            }
        }
        YamlNode list = n.get("judgments").orElseThrow(() -> n.error(who + " has no judgments"));
        List<YamlNode> items = list.items();
        if (items.isEmpty()) {
            throw list.error(who + " has no judgments");
        }
        PairwiseComparisons.Builder b = PairwiseComparisons.builder(criteria);
        Map<String, YamlNode> firstGiven = new HashMap<>();
        Map<String, Double> valueGiven = new HashMap<>();
        for (YamlNode item : items) {
            judgment(item, criteria, who, b, firstGiven, valueGiven);
        }
        PairwiseComparisons pc = b.build();
        List<List<String>> parts = pc.connectedParts();
        if (parts.size() > 1) {
            throw list.error(who + ": the judgments leave the criteria in " + parts.size() + " unconnected groups "
                    + parts + "; add a judgment linking each group to another");
        }
        return new Stakeholder(name, influence, pc);
    }

    private static void judgment(YamlNode item, List<String> criteria, String who, PairwiseComparisons.Builder b,
                                 Map<String, YamlNode> firstGiven, Map<String, Double> valueGiven) {
        List<YamlNode> parts = item.items();
        if (parts.size() != 3) {
            throw item.error(who + ": a judgment is [criterion, criterion, value], had " + parts.size() + " items");
        }
        String first = parts.get(0).asText().trim();
        String second = parts.get(1).asText().trim();
        for (int k = 0; k < 2; k++) {
            String c = k == 0 ? first : second;
            if (!criteria.contains(c)) {
                throw parts.get(k).error(who + ": unknown criterion '" + c + "' in judgment " + first + " vs " + second
                        + "; criteria are " + criteria);
            }
        }
        String pair = first + " vs " + second;
        if (first.equals(second)) {
            throw item.error(who + ": judgment " + pair + " compares a criterion with itself");
        }
        double v = value(parts.get(2), who, pair);
        // Orient every pair the same way so a reversed repeat is compared with its reciprocal.
        boolean forward = criteria.indexOf(first) < criteria.indexOf(second);
        String key = forward ? first + "\u0000" + second : second + "\u0000" + first;
        double oriented = forward ? v : 1 / v;
        Double before = valueGiven.get(key);
        if (before != null && Math.abs(before - oriented) > 1e-9 * oriented) {
            YamlNode earlier = firstGiven.get(key);
            throw item.error(who + ": pair " + pair + " is given twice with different values ("
                    + earlier.path() + " gives " + (forward ? SaatyScale.format(before) : SaatyScale.format(1 / before))
                    + ", this gives " + SaatyScale.format(v) + ")");
        }
        firstGiven.putIfAbsent(key, item);
        valueGiven.putIfAbsent(key, oriented);
        b.judge(first, second, v);
    }

    private static double value(YamlNode n, String who, String pair) {
        String t = n.asText().trim();
        double v;
        Matcher m = FRACTION.matcher(t);
        if (m.matches()) {
            double den = Double.parseDouble(m.group(2));
            v = den == 0 ? Double.NaN : Double.parseDouble(m.group(1)) / den;
        } else {
            try {
                v = Double.parseDouble(t);
            } catch (NumberFormatException e) {
                throw n.error(who + ": judgment " + pair + " must be a number or fraction such as 3 or 1/3, was '"
                        + t + "'");
            }
        }
        if (!SaatyScale.inRange(v)) {
            throw n.error(who + ": judgment " + pair + " must be in 1/9 … 9 on Saaty's scale (e.g. 3 or 1/3), was " + t);
        }
        return v;
    }
}
