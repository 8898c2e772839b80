package org.plinth.decision.ahp;

import java.util.Locale;

/** How priorities (weights) are derived from a judgment matrix. */
public enum PriorityMethod {
    /**
     * Saaty's principal right eigenvector {@code A w = λmax w}, normalised to sum 1 (Saaty 1977,
     * J. Math. Psychol. 15:234–281); incomplete sets by Harker's method (Harker 1987).
     */
    EIGENVECTOR("eigenvector", "principal eigenvector", "Harker's method (Harker 1987)"),
    /**
     * Normalised row geometric means, the logarithmic least-squares solution (Crawford &amp;
     * Williams 1985, J. Math. Psychol. 29:387–405); incomplete sets by incomplete logarithmic least
     * squares (Kwiesielewicz 1996; Bozóki, Fülöp &amp; Rónyai 2010).
     */
    GEOMETRIC_MEAN("geometric-mean", "row geometric mean", "logarithmic least squares (Bozóki et al. 2010)");

    private final String id;
    private final String description;
    private final String completion;

    PriorityMethod(String id, String description, String completion) {
        this.id = id;
        this.description = description;
        this.completion = completion;
    }

    /** The name used in files and output. */
    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** How missing judgments are completed under this method. */
    public String completion() {
        return completion;
    }

    public static PriorityMethod fromId(String id) {
        String key = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (PriorityMethod m : values()) {
            if (m.id.equals(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("method must be eigenvector or geometric-mean, was '" + id + "'");
    }
}
