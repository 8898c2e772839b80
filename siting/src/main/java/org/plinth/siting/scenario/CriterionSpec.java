package org.plinth.siting.scenario;

import java.util.Optional;

/**
 * One criterion: how its raw raster is computed and how raw values become 0..1 scores.
 *
 * @param key the criterion's name in the scenario
 * @param label human label
 * @param kind what the raw value measures
 * @param layer the layer it is computed from (distance, population, exposure), or null
 * @param where optional feature filter
 * @param radius metres: population radius, exposure maximum distance, prominence radius
 * @param decay distance decay for population: none, linear, gaussian
 * @param observerHeight metres above ground (exposure)
 * @param targetHeight metres above ground (exposure: the memorial's height)
 * @param standardise how raw values become scores
 */
public record CriterionSpec(String key, String label, Kind kind, String layer, Optional<Scenario.Where> where,
                            double radius, String decay, double observerHeight, double targetHeight,
                            StandardiseSpec standardise) {

    /** What a criterion measures, and its raw unit. */
    public enum Kind {
        DISTANCE("m"), POPULATION("people"), EXPOSURE("viewers"), SLOPE("°"), PROMINENCE("m"),
        ELEVATION("m");

        private final String unit;

        Kind(String unit) {
            this.unit = unit;
        }

        public String unit() {
            return unit;
        }

        public boolean needsDem() {
            return this == SLOPE || this == PROMINENCE || this == ELEVATION;
        }

        public boolean needsLayer() {
            return this == DISTANCE || this == POPULATION || this == EXPOSURE;
        }
    }
}
