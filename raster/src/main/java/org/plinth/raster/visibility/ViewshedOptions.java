package org.plinth.raster.visibility;

import java.util.EnumSet;
import java.util.Set;

/**
 * Options of a {@link Viewshed}, immutable. Start from {@link #defaults()} and change what differs:
 * {@code ViewshedOptions.defaults().withObserver(x, y).withMaxDistance(10_000)}.
 *
 * @param observerX observer x in the DEM's CRS; snapped to the cell that contains it, like
 *     gdal_viewshed and r.viewshed. No default (NaN): a viewshed refuses an unset observer, a
 *     {@link CumulativeVisibility} sets it per observer
 * @param observerY observer y in the DEM's CRS (as {@code observerX})
 * @param observerHeight eye height above the ground at the observer cell, metres; default
 *     {@value #DEFAULT_OBSERVER_HEIGHT} (gdal_viewshed's default is 2, r.viewshed's 1.75)
 * @param targetHeight height above ground of the target at each cell centre, metres; default 0
 *     (as gdal_viewshed and r.viewshed)
 * @param maxDistance horizontal distance in metres from the observer cell centre beyond which
 *     cells are NoData; default {@link Double#POSITIVE_INFINITY} (unlimited); 0 leaves only the
 *     observer cell
 * @param curvatureCoefficient factor {@code cc} of the earth-curvature drop {@code cc·d²/(2a)}
 *     subtracted from every height at distance {@code d} ({@code a}: semi-major axis of the DEM
 *     CRS's ellipsoid); default {@value #DEFAULT_CURVATURE_COEFFICIENT}, gdal_viewshed's {@code -cc}
 *     default, equal to r.viewshed {@code -c -r refraction_coeff=0.14286}; 0 is a flat earth, 1 is
 *     curvature without refraction (r.viewshed {@code -c})
 * @param outputs which grids to compute; default {@link ViewshedOutput#VISIBILITY} only
 */
public record ViewshedOptions(double observerX, double observerY, double observerHeight, double targetHeight,
                              double maxDistance, double curvatureCoefficient, Set<ViewshedOutput> outputs) {

    public static final double DEFAULT_OBSERVER_HEIGHT = 1.7;
    public static final double DEFAULT_CURVATURE_COEFFICIENT = 0.85714;

    public ViewshedOptions {
        requireFiniteOrNaN("observer x", observerX);
        requireFiniteOrNaN("observer y", observerY);
        requireNonNegative("observer height", observerHeight);
        requireNonNegative("target height", targetHeight);
        if (!(maxDistance >= 0)) {
            throw new IllegalArgumentException("max distance must be >= 0, was " + maxDistance);
        }
        requireNonNegative("curvature coefficient", curvatureCoefficient);
        if (outputs == null || outputs.isEmpty()) {
            throw new IllegalArgumentException("a viewshed needs at least one output, was " + outputs);
        }
        outputs = Set.copyOf(EnumSet.copyOf(outputs));
    }

    /** No observer yet; 1.7 m eye height, target on the ground, unlimited distance, cc 0.85714, visibility only. */
    public static ViewshedOptions defaults() {
        return new ViewshedOptions(Double.NaN, Double.NaN, DEFAULT_OBSERVER_HEIGHT, 0.0,
                Double.POSITIVE_INFINITY, DEFAULT_CURVATURE_COEFFICIENT, EnumSet.of(ViewshedOutput.VISIBILITY));
    }

    public ViewshedOptions withObserver(double x, double y) {
        return new ViewshedOptions(x, y, observerHeight, targetHeight, maxDistance, curvatureCoefficient, outputs);
    }

    public ViewshedOptions withObserverHeight(double metres) {
        return new ViewshedOptions(observerX, observerY, metres, targetHeight, maxDistance, curvatureCoefficient,
                outputs);
    }

    public ViewshedOptions withTargetHeight(double metres) {
        return new ViewshedOptions(observerX, observerY, observerHeight, metres, maxDistance, curvatureCoefficient,
                outputs);
    }

    /** Metres; {@link Double#POSITIVE_INFINITY} for unlimited. */
    public ViewshedOptions withMaxDistance(double metres) {
        return new ViewshedOptions(observerX, observerY, observerHeight, targetHeight, metres, curvatureCoefficient,
                outputs);
    }

    public ViewshedOptions withCurvatureCoefficient(double cc) {
        return new ViewshedOptions(observerX, observerY, observerHeight, targetHeight, maxDistance, cc, outputs);
    }

    public ViewshedOptions withOutputs(ViewshedOutput first, ViewshedOutput... more) {
        return new ViewshedOptions(observerX, observerY, observerHeight, targetHeight, maxDistance,
                curvatureCoefficient, EnumSet.of(first, more));
    }

    /** True when the observer position has been set. */
    public boolean hasObserver() {
        return !Double.isNaN(observerX) && !Double.isNaN(observerY);
    }

    public boolean isDistanceLimited() {
        return maxDistance != Double.POSITIVE_INFINITY;
    }

    public boolean wants(ViewshedOutput output) {
        return outputs.contains(output);
    }

    private static void requireFiniteOrNaN(String name, double v) {
        if (Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be finite, was " + v);
        }
    }

    private static void requireNonNegative(String name, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be >= 0 and finite, was " + v);
        }
    }
}
