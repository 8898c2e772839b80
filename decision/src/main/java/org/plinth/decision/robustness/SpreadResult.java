package org.plinth.decision.robustness;

import org.plinth.raster.FloatGrid;

/**
 * Per-cell distribution of weighted-sum suitability over weight draws (see
 * {@link SuitabilitySpread}); every grid has the criteria's geometry and NaN as NoData.
 *
 * @param mean          mean suitability over the draws
 * @param lower         the {@code lowerQuantile} quantile
 * @param upper         the {@code upperQuantile} quantile
 * @param range         maximum minus minimum over the draws
 * @param lowerQuantile probability of {@code lower}
 * @param upperQuantile probability of {@code upper}
 * @param draws         number of weight draws
 */
public record SpreadResult(FloatGrid mean, FloatGrid lower, FloatGrid upper, FloatGrid range,
                           double lowerQuantile, double upperQuantile, int draws) {
}
