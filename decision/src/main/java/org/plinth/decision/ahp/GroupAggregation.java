package org.plinth.decision.ahp;

import java.util.Locale;

/**
 * How stakeholders' judgments become group weights (Forman, E. and Peniwati, K. 1998,
 * "Aggregating individual judgments and priorities with the analytic hierarchy process",
 * EJOR 108:165–169).
 */
public enum GroupAggregation {
    /**
     * Aggregation of individual judgments: the group judges each pair by the influence-weighted
     * geometric mean of the judgments given for it (the only mean that keeps the group matrix
     * reciprocal; Aczél &amp; Saaty 1983), then weights and consistency come from that matrix. For
     * the group acting as one decision maker.
     */
    AIJ("aij", "aggregation of individual judgments by weighted geometric mean"),
    /**
     * Aggregation of individual priorities by the influence-weighted arithmetic mean of each
     * stakeholder's weights. For stakeholders acting as separate individuals. No group matrix.
     */
    AIP_ARITHMETIC("aip-arithmetic", "aggregation of individual priorities by weighted arithmetic mean"),
    /**
     * Aggregation of individual priorities by the influence-weighted geometric mean of each
     * stakeholder's weights, renormalised to sum 1. No group matrix.
     */
    AIP_GEOMETRIC("aip-geometric", "aggregation of individual priorities by weighted geometric mean");

    private final String id;
    private final String description;

    GroupAggregation(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** {@code aij}, {@code aip} (= aip-arithmetic), {@code aip-arithmetic} or {@code aip-geometric}. */
    public static GroupAggregation fromId(String id) {
        String key = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        if (key.equals("aip")) {
            return AIP_ARITHMETIC;
        }
        for (GroupAggregation g : values()) {
            if (g.id.equals(key)) {
                return g;
            }
        }
        throw new IllegalArgumentException("aggregation must be aij, aip, aip-arithmetic or aip-geometric, was '"
                + id + "'");
    }
}
