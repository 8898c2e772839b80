package org.plinth.raster.crs;

import org.plinth.raster.Crs;

/**
 * An ellipsoid of revolution given by its semi-major axis and inverse flattening, with the derived
 * quantities the projections and metrics need.
 *
 * @param semiMajorAxis a, metres, &gt; 0
 * @param inverseFlattening 1/f, &gt; 1 (a sphere is not supported: use a very large value)
 */
public record Ellipsoid(double semiMajorAxis, double inverseFlattening) {
    /** WGS 84 (EPSG:7030). */
    public static final Ellipsoid WGS84 = new Ellipsoid(6378137.0, 298.257223563);
    /** GRS 1980 (EPSG:7019). */
    public static final Ellipsoid GRS80 = new Ellipsoid(6378137.0, 298.257222101);

    public Ellipsoid {
        if (!(semiMajorAxis > 0) || !Double.isFinite(semiMajorAxis)) {
            throw new IllegalArgumentException("semi-major axis must be finite and > 0, was " + semiMajorAxis);
        }
        if (!(inverseFlattening > 1) || !Double.isFinite(inverseFlattening)) {
            throw new IllegalArgumentException("inverse flattening must be finite and > 1, was " + inverseFlattening);
        }
    }

    /** The ellipsoid a CRS is defined on. */
    public static Ellipsoid of(Crs crs) {
        return new Ellipsoid(crs.semiMajorAxis(), crs.inverseFlattening());
    }

    /** Flattening f. */
    public double flattening() {
        return 1.0 / inverseFlattening;
    }

    /** First eccentricity squared, e² = f (2 − f). */
    public double eccentricitySquared() {
        double f = flattening();
        return f * (2 - f);
    }

    /** Third flattening n = f / (2 − f). */
    public double thirdFlattening() {
        double f = flattening();
        return f / (2 - f);
    }
}
