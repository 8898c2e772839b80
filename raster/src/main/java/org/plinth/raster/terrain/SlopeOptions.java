package org.plinth.raster.terrain;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Options for {@link Slope}. Defaults ({@link #defaults()}): degrees, horizontal units from the CRS
 * (no scale), edges computed as {@code gdaldem -compute_edges}, NoData written as −9999 (gdaldem's).
 *
 * @param units degrees or percent
 * @param scale when present, horizontal units per cell size unit as gdaldem {@code -s}: cell sizes
 *              are multiplied by it and the CRS is not consulted (e.g. 111120 for degrees to metres);
 *              must be finite and &gt; 0
 * @param computeEdges fill the one-cell border and cells next to NoData as gdaldem
 *                     {@code -compute_edges}; false writes NoData there
 * @param noData the value written for NoData output cells (NaN allowed)
 * @param gradient Horn or Zevenbergen–Thorne ({@code gdaldem -alg})
 */
public record SlopeOptions(SlopeUnits units, OptionalDouble scale, boolean computeEdges, float noData,
                           Gradient gradient) {

    public SlopeOptions {
        Objects.requireNonNull(gradient, "gradient");
        Objects.requireNonNull(units, "units");
        TerrainChecks.checkScale(scale);
    }

    public static SlopeOptions defaults() {
        return new SlopeOptions(SlopeUnits.DEGREES, OptionalDouble.empty(), true, -9999f, Gradient.HORN);
    }

    public SlopeOptions withUnits(SlopeUnits newUnits) {
        return new SlopeOptions(newUnits, scale, computeEdges, noData, gradient);
    }

    public SlopeOptions withScale(double newScale) {
        return new SlopeOptions(units, OptionalDouble.of(newScale), computeEdges, noData, gradient);
    }

    public SlopeOptions withComputeEdges(boolean newComputeEdges) {
        return new SlopeOptions(units, scale, newComputeEdges, noData, gradient);
    }

    public SlopeOptions withNoData(float newNoData) {
        return new SlopeOptions(units, scale, computeEdges, newNoData, gradient);
    }

    /** The gradient estimate ({@code gdaldem -alg}); Horn by default. */
    public SlopeOptions withGradient(Gradient newGradient) {
        return new SlopeOptions(units, scale, computeEdges, noData, newGradient);
    }
}
