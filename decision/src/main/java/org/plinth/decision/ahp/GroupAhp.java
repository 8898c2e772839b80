package org.plinth.decision.ahp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Group weights from several stakeholders' judgments by AIJ or AIP ({@link GroupAggregation}).
 *
 * <p>Every stakeholder judges the same criteria (same names, same order). Each stakeholder's own
 * weights and consistency are computed with the same {@link AhpOptions}. AIJ: for each pair, the
 * weighted geometric mean {@code Π_k a_ij(k)^(λ_k / Σλ)} over the stakeholders who judged it
 * (influence renormalised among them); a pair nobody judged stays missing and is completed as for
 * one decision maker. AIP: weighted arithmetic or geometric mean of the stakeholders' weights.
 *
 * <p>Warnings name each inconsistent stakeholder (and the group matrix under AIJ) with the
 * judgments that contribute most and their consistent values, and each stakeholder whose missing
 * judgments were completed.
 */
public final class GroupAhp {
    private final AhpOptions options;
    private final GroupAggregation aggregation;

    public GroupAhp(AhpOptions options, GroupAggregation aggregation) {
        this.options = Objects.requireNonNull(options, "options");
        this.aggregation = Objects.requireNonNull(aggregation, "aggregation");
    }

    public GroupResult weigh(List<Stakeholder> stakeholders) {
        List<String> criteria = checkGroup(stakeholders);
        Ahp ahp = new Ahp(options);
        double totalInfluence = stakeholders.stream().mapToDouble(Stakeholder::influence).sum();
        List<StakeholderResult> own = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Stakeholder s : stakeholders) {
            AhpResult r;
            try {
                r = ahp.weigh(s.judgments());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("stakeholder '" + s.name() + "': " + e.getMessage(), e);
            }
            own.add(new StakeholderResult(s.name(), s.influence() / totalInfluence, r));
            warnAbout("stakeholder '" + s.name() + "'", r, warnings);
        }
        AhpResult group = null;
        double[] weights;
        if (aggregation == GroupAggregation.AIJ) {
            group = ahp.weigh(aggregateJudgments(criteria, stakeholders));
            weights = group.weights();
            // With one stakeholder the group matrix is theirs: a second warning would repeat the first.
            if (!group.isConsistent() && stakeholders.size() > 1) {
                warnAbout("group (AIJ)", group, warnings);
            }
        } else {
            weights = aggregatePriorities(own, criteria.size());
            warnings.add(aggregation.id() + " combines priorities, so the group has no judgment matrix:"
                    + " λmax, CI and CR are reported per stakeholder only");
        }
        return new GroupResult(aggregation, options, criteria, weights, group, own, warnings);
    }

    private void warnAbout(String who, AhpResult r, List<String> warnings) {
        if (r.missingJudgments() > 0) {
            int pairs = r.criteria().size() * (r.criteria().size() - 1) / 2;
            warnings.add(who + ": " + r.missingJudgments() + " of " + pairs + " judgments missing, completed by "
                    + r.method().completion());
        }
        if (!r.isConsistent()) {
            warnings.add(String.format(Locale.ROOT, "%s: consistency ratio %.3f exceeds %s (%s); most inconsistent: %s",
                    who, r.consistencyRatio(), trim(r.threshold()), r.randomIndex().citation(),
                    r.worst(options.maxAdvice()).stream().map(JudgmentAdvice::describe)
                            .collect(Collectors.joining("; "))));
        }
    }

    private static String trim(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static List<String> checkGroup(List<Stakeholder> stakeholders) {
        if (stakeholders == null || stakeholders.isEmpty()) {
            throw new IllegalArgumentException("a group needs at least one stakeholder, was none");
        }
        List<String> criteria = stakeholders.get(0).judgments().criteria();
        Set<String> names = new HashSet<>();
        for (Stakeholder s : stakeholders) {
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("stakeholder '" + s.name() + "' is listed twice");
            }
            if (!s.judgments().criteria().equals(criteria)) {
                throw new IllegalArgumentException("stakeholder '" + s.name() + "' judges criteria "
                        + s.judgments().criteria() + ", the group judges " + criteria);
            }
        }
        return criteria;
    }

    /** AIJ: per pair, the influence-weighted geometric mean of the judgments given for it. */
    static PairwiseComparisons aggregateJudgments(List<String> criteria, List<Stakeholder> stakeholders) {
        int n = criteria.size();
        PairwiseComparisons.Builder b = PairwiseComparisons.builder(criteria);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double logSum = 0;
                double influence = 0;
                for (Stakeholder s : stakeholders) {
                    if (s.judgments().isGiven(i, j)) {
                        logSum += s.influence() * Math.log(s.judgments().get(i, j));
                        influence += s.influence();
                    }
                }
                if (influence > 0) {
                    b.judge(i, j, clampToScale(Math.exp(logSum / influence)));
                }
            }
        }
        return b.build();
    }

    /** A geometric mean of values in [1/9, 9] lies there too; this only absorbs the last-bit rounding. */
    private static double clampToScale(double v) {
        return Math.max(SaatyScale.MIN, Math.min(SaatyScale.MAX, v));
    }

    private double[] aggregatePriorities(List<StakeholderResult> own, int n) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double acc = 0;
            for (StakeholderResult s : own) {
                double wi = s.result().weights()[i];
                acc += aggregation == GroupAggregation.AIP_ARITHMETIC ? s.influence() * wi : s.influence() * Math.log(wi);
            }
            w[i] = aggregation == GroupAggregation.AIP_ARITHMETIC ? acc : Math.exp(acc);
        }
        double sum = 0;
        for (double v : w) {
            sum += v;
        }
        for (int i = 0; i < n; i++) {
            w[i] /= sum;
        }
        return w;
    }
}
