package org.plinth.decision.ahp;

import java.util.Objects;

/**
 * Options for {@link Ahp}.
 *
 * @param method      how weights are derived; default {@link PriorityMethod#EIGENVECTOR}
 * @param randomIndex the random-index table for CR; default {@link RandomIndex#SAATY_1980}
 * @param threshold   CR above this is inconsistent; default 0.10 (Saaty)
 * @param maxAdvice   how many of the most inconsistent judgments a warning names; default 3
 */
public record AhpOptions(PriorityMethod method, RandomIndex randomIndex, double threshold, int maxAdvice) {

    public AhpOptions {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(randomIndex, "randomIndex");
        if (!(threshold > 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("consistency threshold must be finite and > 0, was " + threshold);
        }
        if (maxAdvice < 1) {
            throw new IllegalArgumentException("advice count must be >= 1, was " + maxAdvice);
        }
    }

    public static AhpOptions defaults() {
        return new AhpOptions(PriorityMethod.EIGENVECTOR, RandomIndex.SAATY_1980, 0.10, 3);
    }

    public AhpOptions withMethod(PriorityMethod m) {
        return new AhpOptions(m, randomIndex, threshold, maxAdvice);
    }

    public AhpOptions withRandomIndex(RandomIndex r) {
        return new AhpOptions(method, r, threshold, maxAdvice);
    }

    public AhpOptions withThreshold(double t) {
        return new AhpOptions(method, randomIndex, t, maxAdvice);
    }

    public AhpOptions withMaxAdvice(int n) {
        return new AhpOptions(method, randomIndex, threshold, n);
    }
}
