package org.plinth.decision.ahp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Group weights beside each stakeholder's own.
 *
 * @param aggregation  how the group weights were formed
 * @param options      the AHP options used
 * @param criteria     criterion names, in weight order
 * @param weights      group weights, summing to 1 (copied)
 * @param group        for AIJ the result of the aggregated judgment matrix; null for AIP
 * @param stakeholders each stakeholder's own result, in input order
 * @param warnings     sentences for the user: inconsistent judgments, completed pairs, AIP notes
 */
public record GroupResult(GroupAggregation aggregation, AhpOptions options, List<String> criteria, double[] weights,
                          AhpResult group, List<StakeholderResult> stakeholders, List<String> warnings) {

    public GroupResult {
        criteria = List.copyOf(criteria);
        weights = weights.clone();
        stakeholders = List.copyOf(stakeholders);
        warnings = List.copyOf(warnings);
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** Criterion → group weight, in criterion order. */
    public Map<String, Double> weightMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < criteria.size(); i++) {
            m.put(criteria.get(i), weights[i]);
        }
        return m;
    }

    /** λmax of the group matrix (AIJ); NaN for AIP, which has no group matrix. */
    public double lambdaMax() {
        return group == null ? Double.NaN : group.lambdaMax();
    }

    /** CI of the group matrix (AIJ); NaN for AIP. */
    public double consistencyIndex() {
        return group == null ? Double.NaN : group.consistencyIndex();
    }

    /** CR of the group matrix (AIJ); NaN for AIP. */
    public double consistencyRatio() {
        return group == null ? Double.NaN : group.consistencyRatio();
    }

    /** True when any stakeholder's CR, or the group's (AIJ), is above the threshold. */
    public boolean anyInconsistent() {
        boolean any = group != null && !group.isConsistent();
        for (StakeholderResult s : stakeholders) {
            any |= !s.result().isConsistent();
        }
        return any;
    }
}
