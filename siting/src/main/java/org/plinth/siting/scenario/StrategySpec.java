package org.plinth.siting.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A named siting strategy: criterion weights and how they combine.
 *
 * @param key name in the scenario
 * @param label human label
 * @param description what the strategy stands for
 * @param weights criterion key → weight (≥ 0, not all zero; normalised to sum 1 when used)
 * @param aggregation {@code wlc} or {@code owa}
 * @param owaAlpha OWA risk attitude: 1 = WLC-like neutral, &lt; 1 risk-taking (towards max), &gt; 1
 *                 risk-averse (towards min)
 * @param weightSource where the weights come from: "direct weights" or "AHP group weights from FILE (...)"
 *                     with the judgments' consistency
 * @param weightNotes sentences for the run's warnings about the weights (inconsistent or completed
 *                    judgments, direct weights that did not sum to 1)
 * @param judgments the judgments file the weights come from, or null for direct weights
 */
public record StrategySpec(String key, String label, String description, Map<String, Double> weights,
                           String aggregation, double owaAlpha, String weightSource, List<String> weightNotes,
                           Path judgments) {

    public StrategySpec {
        weightNotes = List.copyOf(weightNotes);
    }

    public StrategySpec(String key, String label, String description, Map<String, Double> weights,
                        String aggregation, double owaAlpha, String weightSource) {
        this(key, label, description, weights, aggregation, owaAlpha, weightSource, List.of(), null);
    }
}
