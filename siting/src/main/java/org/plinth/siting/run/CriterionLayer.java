package org.plinth.siting.run;

import org.plinth.decision.standardise.Standardisation;
import org.plinth.raster.FloatGrid;
import org.plinth.siting.scenario.CriterionSpec;

/**
 * A computed criterion: its raw raster, the standardisation and the 0..1 score raster.
 *
 * @param spec the scenario's definition
 * @param standardisation raw → score
 * @param raw raw values in {@code spec.kind().unit()}
 * @param score standardised scores
 * @param method how the raw values were computed (one sentence for the report)
 * @param proxy true when a stand-in was used (exposure without a DEM)
 */
public record CriterionLayer(CriterionSpec spec, Standardisation standardisation, FloatGrid raw, FloatGrid score,
                             String method, boolean proxy) {

    public String key() {
        return spec.key();
    }
}
