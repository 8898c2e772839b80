package org.plinth.decision.ahp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weights and consistency of one judgment set.
 *
 * @param criteria          criterion names, in weight order
 * @param weights           priorities, summing to 1 (a copy is returned by {@link #weights()})
 * @param method            how the weights were derived
 * @param lambdaMax         principal eigenvalue of the (completed) judgment matrix
 * @param consistencyIndex  {@code (λmax − n) / (n − 1)}, 0 for n ≤ 2
 * @param consistencyRatio  {@code CI / RI(n)}, 0 when RI is 0 (n ≤ 2)
 * @param randomIndex       the RI table used
 * @param randomIndexValue  RI(n) from that table
 * @param threshold         CR above this is inconsistent
 * @param missingJudgments  pairs completed because no judgment was given
 * @param completed         the judgment matrix with missing pairs filled by {@code w_i / w_j}
 * @param advice            every given judgment's fit, worst first
 */
public record AhpResult(List<String> criteria, double[] weights, PriorityMethod method, double lambdaMax,
                        double consistencyIndex, double consistencyRatio, RandomIndex randomIndex,
                        double randomIndexValue, double threshold, int missingJudgments, double[][] completed,
                        List<JudgmentAdvice> advice) {

    public AhpResult {
        criteria = List.copyOf(criteria);
        weights = weights.clone();
        advice = List.copyOf(advice);
        completed = deepCopy(completed);
    }

    private static double[][] deepCopy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    @Override
    public double[][] completed() {
        return deepCopy(completed);
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** Weight of criterion {@code name}. */
    public double weight(String name) {
        int k = criteria.indexOf(name);
        if (k < 0) {
            throw new IllegalArgumentException("unknown criterion '" + name + "'; criteria are " + criteria);
        }
        return weights[k];
    }

    /** Criterion → weight, in criterion order. */
    public Map<String, Double> weightMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < criteria.size(); i++) {
            m.put(criteria.get(i), weights[i]);
        }
        return m;
    }

    /** True when CR is at or below the threshold. */
    public boolean isConsistent() {
        return consistencyRatio <= threshold;
    }

    /** The worst {@code k} judgments (fewer when fewer were given). */
    public List<JudgmentAdvice> worst(int k) {
        return advice.subList(0, Math.min(k, advice.size()));
    }
}
