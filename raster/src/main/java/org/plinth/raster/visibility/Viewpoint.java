package org.plinth.raster.visibility;

/**
 * One observer of a {@link CumulativeVisibility}: a position in the DEM's CRS and a weight (1 for a
 * plain count, or e.g. the population of a place).
 */
public record Viewpoint(double x, double y, double weight) {

    public Viewpoint {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("observer position must be finite, was (" + x + ", " + y + ")");
        }
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("observer weight must be >= 0 and finite, was " + weight);
        }
    }

    /** An observer of weight 1. */
    public static Viewpoint at(double x, double y) {
        return new Viewpoint(x, y, 1);
    }
}
