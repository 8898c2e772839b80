package org.plinth.raster.distance;

/**
 * Options shared by the distance kernels ({@link EuclideanDistance}, {@link PointDistance}).
 *
 * @param maxDistance cells farther than this (metres) from every target are written as
 *                    {@link BeyondMax#NODATA NoData} or capped, see {@code beyondMax}; default
 *                    {@code +Infinity} (no limit). Must be {@code > 0}.
 * @param beyondMax what cells beyond {@code maxDistance} (and all cells when there is no target)
 *                  receive; default {@link BeyondMax#NODATA}
 * @param keepInputNoData when true, cells that are NoData in the input grid are NoData in the
 *                        output (GDAL's {@code -use_input_nodata YES}); default false: they get a
 *                        distance like any other cell (GDAL's default). Input NoData cells are
 *                        never targets either way.
 */
public record DistanceOptions(double maxDistance, BeyondMax beyondMax, boolean keepInputNoData) {

    /** What a cell beyond the maximum distance receives. */
    public enum BeyondMax {
        /** NoData (NaN), like {@code gdal_proximity -maxdist}. */
        NODATA,
        /** The maximum distance itself, so the output has no holes; needs a finite maximum. */
        CAP
    }

    public DistanceOptions {
        if (!(maxDistance > 0)) {
            throw new IllegalArgumentException("maximum distance must be > 0 metres, was " + maxDistance);
        }
        if (beyondMax == null) {
            throw new IllegalArgumentException("beyond-maximum rule must be given, was null");
        }
        if (beyondMax == BeyondMax.CAP && Double.isInfinite(maxDistance)) {
            throw new IllegalArgumentException("capping needs a finite maximum distance, was " + maxDistance);
        }
    }

    /** No maximum distance, NoData beyond it, input NoData cells measured like any other. */
    public static DistanceOptions defaults() {
        return new DistanceOptions(Double.POSITIVE_INFINITY, BeyondMax.NODATA, false);
    }

    public DistanceOptions withMaxDistance(double metres) {
        return new DistanceOptions(metres, beyondMax, keepInputNoData);
    }

    public DistanceOptions withBeyondMax(BeyondMax rule) {
        return new DistanceOptions(maxDistance, rule, keepInputNoData);
    }

    public DistanceOptions withKeepInputNoData(boolean keep) {
        return new DistanceOptions(maxDistance, beyondMax, keep);
    }

    /** The value written for a cell at {@code distance} metres: the distance, NoData or the cap. */
    float valueFor(double distance) {
        if (distance <= maxDistance && distance != Double.POSITIVE_INFINITY) {
            return (float) distance;
        }
        return beyondMax == BeyondMax.CAP ? (float) maxDistance : Float.NaN;
    }
}
