package org.plinth.siting.run;

import java.util.List;
import java.util.Map;
import org.plinth.raster.FloatGrid;
import org.plinth.siting.scenario.StrategySpec;

/**
 * One strategy's result.
 *
 * @param spec the scenario's definition
 * @param weights criterion key → weight normalised to sum 1 (criteria with weight 0 omitted)
 * @param suitability 0..1 inside the area (0 where a constraint excludes), NaN outside
 * @param sites ranked candidate sites
 * @param meanScore mean suitability over the allowed cells
 * @param p90Score 90th percentile of suitability over the allowed cells
 */
public record StrategyOutcome(StrategySpec spec, Map<String, Double> weights, FloatGrid suitability,
                              List<SiteRecord> sites, double meanScore, double p90Score) {

    public String key() {
        return spec.key();
    }
}
