package org.plinth.siting.yaml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.plinth.siting.BadInputException;

/**
 * A YAML node with its file, dotted key path and position, so that every message about it can
 * say exactly where the problem is: {@code scenario.yaml line 14, column 5: criteria.battle.layer: ...}.
 *
 * <p>Mapping access is strict: {@link #checkKeys} rejects keys that are not documented.
 */
public final class YamlNode {
    private final Path file;
    private final String path;
    private final Node node;

    YamlNode(Path file, String path, Node node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    /** Dotted path from the document root, e.g. {@code criteria.battle.layer}. */
    public String path() {
        return path;
    }

    public Path file() {
        return file;
    }

    /** "file line L, column C: path" for messages. */
    public String where() {
        var m = node.getStartMark();
        String pos = m.map(mk -> " line " + (mk.getLine() + 1) + ", column " + (mk.getColumn() + 1)).orElse("");
        return file.getFileName() + pos + (path.isEmpty() ? "" : ": " + path);
    }

    /** A {@link BadInputException} located at this node. */
    public BadInputException error(String problem) {
        return new BadInputException(where() + ": " + problem);
    }

    public boolean isMapping() {
        return node instanceof MappingNode;
    }

    public boolean isSequence() {
        return node instanceof SequenceNode;
    }

    public boolean isScalar() {
        return node instanceof ScalarNode;
    }

    /** Keys and values of a mapping, in file order; fails unless this is a mapping. */
    public Map<String, YamlNode> entries() {
        if (!(node instanceof MappingNode m)) {
            throw error("expected a mapping (key: value lines), found " + kind());
        }
        Map<String, YamlNode> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                throw error("mapping keys must be plain names");
            }
            String key = k.getValue();
            YamlNode value = new YamlNode(file, path.isEmpty() ? key : path + "." + key, t.getValueNode());
            if (out.put(key, value) != null) {
                throw value.error("key '" + key + "' is given twice");
            }
        }
        return out;
    }

    /** Fails naming the first key that is not in {@code allowed}. */
    public YamlNode checkKeys(Collection<String> allowed) {
        for (Map.Entry<String, YamlNode> e : entries().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw e.getValue().error("unknown key '" + e.getKey() + "' (allowed: "
                        + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
        return this;
    }

    public Optional<YamlNode> get(String key) {
        YamlNode v = entries().get(key);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
    }

    public YamlNode require(String key) {
        return get(key).orElseThrow(() -> error("missing required key '" + key + "'"));
    }

    public boolean isNull() {
        return node instanceof ScalarNode s && (s.getValue().isEmpty() || "null".equals(s.getValue())
                || "~".equals(s.getValue())) && s.isPlain();
    }

    /** Items of a sequence; fails unless this is a sequence. */
    public List<YamlNode> items() {
        if (!(node instanceof SequenceNode s)) {
            throw error("expected a list, found " + kind());
        }
        List<YamlNode> out = new ArrayList<>();
        int i = 0;
        for (Node n : s.getValue()) {
            out.add(new YamlNode(file, path + "[" + i++ + "]", n));
        }
        return out;
    }

    public String asText() {
        if (!(node instanceof ScalarNode s)) {
            throw error("expected a single value, found " + kind());
        }
        return s.getValue();
    }

    /** A finite number. */
    public double asDouble() {
        String t = asText().trim();
        try {
            double v = Double.parseDouble(t.replace("_", ""));
            if (!Double.isFinite(v)) {
                throw error("expected a finite number, was '" + t + "'");
            }
            return v;
        } catch (NumberFormatException e) {
            throw error("expected a number, was '" + t + "'");
        }
    }

    public int asInt() {
        double v = asDouble();
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw error("expected a whole number, was " + asText());
        }
        return (int) v;
    }

    public boolean asBoolean() {
        String t = asText().trim().toLowerCase(java.util.Locale.ROOT);
        return switch (t) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw error("expected true or false, was '" + asText() + "'");
        };
    }

    /** A number that must be > 0. */
    public double asPositive() {
        double v = asDouble();
        if (!(v > 0)) {
            throw error("must be > 0, was " + asText());
        }
        return v;
    }

    /** A number that must be >= 0. */
    public double asNonNegative() {
        double v = asDouble();
        if (!(v >= 0)) {
            throw error("must be >= 0, was " + asText());
        }
        return v;
    }

    /** Text items of a list, or a single text value as a one-element list. */
    public List<String> asTextList() {
        if (isScalar()) {
            return List.of(asText());
        }
        return items().stream().map(YamlNode::asText).toList();
    }

    /** Numbers of a list. */
    public double[] asDoubleArray() {
        List<YamlNode> it = items();
        double[] d = new double[it.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = it.get(i).asDouble();
        }
        return d;
    }

    private String kind() {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return "the value '" + ((ScalarNode) node).getValue() + "'";
    }
}
