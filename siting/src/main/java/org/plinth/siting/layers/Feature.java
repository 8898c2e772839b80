package org.plinth.siting.layers;

import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One vector feature: a JTS geometry in its layer's CRS and its attributes (insertion-ordered,
 * values as read: String, Long, Double, Boolean or null).
 */
public record Feature(Geometry geometry, Map<String, Object> properties) {

    public Feature {
        Objects.requireNonNull(geometry, "geometry");
        properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
    }

    /** The attribute as text, or null when absent. */
    public String text(String field) {
        Object v = properties.get(field);
        return v == null ? null : v.toString();
    }

    /** The attribute as a number, or NaN when absent or not numeric. */
    public double number(String field) {
        Object v = properties.get(field);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }
}
