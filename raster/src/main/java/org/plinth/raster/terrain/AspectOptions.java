package org.plinth.raster.terrain;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Options for {@link Aspect}. Defaults ({@link #defaults()}): no scale, edges computed as
 * {@code gdaldem -compute_edges}, flat cells NoData, NoData written as −9999 (gdaldem's).
 *
 * @param scale when present, cell sizes are multiplied by it instead of consulting the CRS (gdaldem
 *              {@code -s}); only the ratio of cell width to height matters for aspect; finite, &gt; 0
 * @param computeEdges fill the one-cell border and cells next to NoData as gdaldem
 *                     {@code -compute_edges}; false writes NoData there
 * @param zeroForFlat write 0 instead of NoData where the surface is flat (gdaldem {@code -zero_for_flat})
 * @param noData the value written for NoData output cells (NaN allowed)
 * @param gradient Horn or Zevenbergen–Thorne ({@code gdaldem -alg})
 */
public record AspectOptions(OptionalDouble scale, boolean computeEdges, boolean zeroForFlat, float noData,
                            Gradient gradient) {

    public AspectOptions {
        Objects.requireNonNull(gradient, "gradient");
        TerrainChecks.checkScale(scale);
    }

    public static AspectOptions defaults() {
        return new AspectOptions(OptionalDouble.empty(), true, false, -9999f, Gradient.HORN);
    }

    public AspectOptions withScale(double newScale) {
        return new AspectOptions(OptionalDouble.of(newScale), computeEdges, zeroForFlat, noData, gradient);
    }

    public AspectOptions withComputeEdges(boolean newComputeEdges) {
        return new AspectOptions(scale, newComputeEdges, zeroForFlat, noData, gradient);
    }

    public AspectOptions withZeroForFlat(boolean newZeroForFlat) {
        return new AspectOptions(scale, computeEdges, newZeroForFlat, noData, gradient);
    }

    public AspectOptions withNoData(float newNoData) {
        return new AspectOptions(scale, computeEdges, zeroForFlat, newNoData, gradient);
    }

    /** The gradient estimate ({@code gdaldem -alg}); Horn by default. */
    public AspectOptions withGradient(Gradient newGradient) {
        return new AspectOptions(scale, computeEdges, zeroForFlat, noData, newGradient);
    }
}
