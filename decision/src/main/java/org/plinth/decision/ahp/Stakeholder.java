package org.plinth.decision.ahp;

import java.util.Objects;

/**
 * A decision maker with an influence weight and a set of judgments.
 *
 * @param name      non-blank, unique within a group
 * @param influence finite and &gt; 0; normalised over the group
 * @param judgments the stakeholder's pairwise judgments
 */
public record Stakeholder(String name, double influence, PairwiseComparisons judgments) {

    public Stakeholder {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("stakeholder name must not be blank");
        }
        if (!(influence > 0) || Double.isInfinite(influence)) {
            throw new IllegalArgumentException("stakeholder '" + name + "' influence must be finite and > 0, was "
                    + influence);
        }
        Objects.requireNonNull(judgments, "judgments");
        if (judgments.judgments().isEmpty()) {
            throw new IllegalArgumentException("stakeholder '" + name + "' gives no judgments");
        }
    }
}
