package org.plinth.siting.run;

import org.plinth.decision.standardise.Standardisation;
import org.plinth.siting.scenario.StandardiseSpec;

/** Turns a scenario's {@code standardise} block into a {@link Standardisation}. */
final class Standardisations {
    private Standardisations() {
    }

    static Standardisation of(StandardiseSpec s, String unit) {
        double[] p = s.points();
        return switch (s.function()) {
            case "linear" -> Standardisation.linear(p[0], p[1], unit);
            case "sigmoid" -> Standardisation.sigmoid(p[0], p[1], unit);
            case "j-shaped" -> Standardisation.jShaped(p[0], p[1], unit);
            case "breakpoints" -> Standardisation.breakpoints(p, s.scores(), unit);
            default -> throw new IllegalArgumentException("unknown standardisation function '" + s.function() + "'");
        };
    }
}
