package org.plinth.siting.robustness;

import java.util.List;
import org.plinth.decision.robustness.CriterionSweep;
import org.plinth.decision.robustness.SmaaResult;
import org.plinth.decision.robustness.SpreadResult;

/**
 * Robustness of one strategy's ranking.
 *
 * @param strategy strategy key
 * @param criteria the criteria it weighs (positive weights), in scenario order
 * @param weights their normalised weights
 * @param distribution how weights were drawn, in words
 * @param siteIds the pooled candidate sites (every strategy's) that this strategy scores, the SMAA rows
 * @param smaa SMAA-2 result over the pooled sites
 * @param sweeps one-at-a-time weight sweeps, one per criterion
 * @param spread per-cell spread of suitability over weight draws (allowed cells only; NaN elsewhere)
 * @param spreadSummary median and 90th percentile of the per-cell range over allowed cells
 */
public record StrategyRobustness(String strategy, List<String> criteria, double[] weights, String distribution,
                                 List<String> siteIds, SmaaResult smaa, List<CriterionSweep> sweeps,
                                 SpreadResult spread, double[] spreadSummary) {
}
