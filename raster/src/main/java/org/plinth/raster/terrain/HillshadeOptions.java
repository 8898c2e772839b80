package org.plinth.raster.terrain;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Options for {@link Hillshade}. Defaults ({@link #defaults()}, gdaldem's): light from azimuth 315°
 * (north-west) at altitude 45°, z-factor 1, no scale, edges computed as {@code gdaldem -compute_edges},
 * Horn's gradient, the standard (single-light) mode.
 *
 * @param azimuth direction the light comes from, degrees clockwise from north; finite (any value,
 *                taken modulo 360); not used by {@link HillshadeMode#MULTIDIRECTIONAL}
 * @param altitude elevation of the light above the horizon, degrees in [0, 90]; not used by
 *                 {@link HillshadeMode#IGOR}
 * @param zFactor vertical exaggeration, finite and &gt; 0
 * @param scale when present, cell sizes are multiplied by it instead of consulting the CRS (gdaldem
 *              {@code -s}); finite and &gt; 0
 * @param computeEdges fill the one-cell border and cells next to NoData as gdaldem
 *                     {@code -compute_edges}; false writes NoData (0) there
 * @param gradient Horn or Zevenbergen–Thorne ({@code gdaldem -alg})
 * @param mode how slope, facing and light make the grey level (gdaldem's {@code -multidirectional},
 *             {@code -combined}, {@code -igor}, or none of them)
 */
public record HillshadeOptions(double azimuth, double altitude, double zFactor, OptionalDouble scale,
                               boolean computeEdges, Gradient gradient, HillshadeMode mode) {

    public HillshadeOptions {
        Objects.requireNonNull(gradient, "gradient");
        Objects.requireNonNull(mode, "mode");
        if (!Double.isFinite(azimuth)) {
            throw new IllegalArgumentException("azimuth must be finite, was " + azimuth);
        }
        if (!(altitude >= 0 && altitude <= 90)) {
            throw new IllegalArgumentException("altitude must be in [0, 90] degrees, was " + altitude);
        }
        if (!(zFactor > 0) || !Double.isFinite(zFactor)) {
            throw new IllegalArgumentException("z-factor must be finite and > 0, was " + zFactor);
        }
        TerrainChecks.checkScale(scale);
    }

    public static HillshadeOptions defaults() {
        return new HillshadeOptions(315, 45, 1, OptionalDouble.empty(), true, Gradient.HORN, HillshadeMode.STANDARD);
    }

    public HillshadeOptions withAzimuth(double newAzimuth) {
        return new HillshadeOptions(newAzimuth, altitude, zFactor, scale, computeEdges, gradient, mode);
    }

    public HillshadeOptions withAltitude(double newAltitude) {
        return new HillshadeOptions(azimuth, newAltitude, zFactor, scale, computeEdges, gradient, mode);
    }

    public HillshadeOptions withZFactor(double newZFactor) {
        return new HillshadeOptions(azimuth, altitude, newZFactor, scale, computeEdges, gradient, mode);
    }

    public HillshadeOptions withScale(double newScale) {
        return new HillshadeOptions(azimuth, altitude, zFactor, OptionalDouble.of(newScale), computeEdges, gradient,
                mode);
    }

    public HillshadeOptions withComputeEdges(boolean newComputeEdges) {
        return new HillshadeOptions(azimuth, altitude, zFactor, scale, newComputeEdges, gradient, mode);
    }

    /** The gradient estimate ({@code gdaldem -alg}); Horn by default. */
    public HillshadeOptions withGradient(Gradient newGradient) {
        return new HillshadeOptions(azimuth, altitude, zFactor, scale, computeEdges, newGradient, mode);
    }

    /** The shading mode; {@link HillshadeMode#STANDARD} by default. */
    public HillshadeOptions withMode(HillshadeMode newMode) {
        return new HillshadeOptions(azimuth, altitude, zFactor, scale, computeEdges, gradient, newMode);
    }
}
