package org.plinth.siting.scenario;

import java.util.Optional;

/**
 * An exclusion rule: cells it excludes score 0 in every strategy.
 *
 * @param key name in the scenario
 * @param label human label
 * @param kind {@code distance} (exclude cells nearer than {@code min} metres to the layer's
 *             features, or farther than {@code max}) or {@code slope} (exclude slopes above {@code max} degrees)
 * @param layer the layer for distance rules
 * @param where optional feature filter
 * @param min lower bound (metres), NaN when not set
 * @param max upper bound (metres or degrees), NaN when not set
 */
public record ConstraintSpec(String key, String label, String kind, String layer, Optional<Scenario.Where> where,
                             double min, double max) {
}
