package org.plinth.raster.crs;

import org.plinth.raster.Crs;

/**
 * An ellipsoid of revolution given by its semi-major axis and inverse flattening, with the derived
 * quantities the projections and metrics need.
 *
 * @param semiMajorAxis a, metres, &gt; 0
 * @param inverseFlattening 1/f, &gt; 1; 0 or infinity for a sphere (f = 0; WKT and GeoTIFF write a
 *     sphere's as 0)
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
        if (!(inverseFlattening > 1 || inverseFlattening == 0)) {
            throw new IllegalArgumentException("inverse flattening must be > 1, or 0 for a sphere, was " + inverseFlattening);
        }
    }

    /** The ellipsoid a CRS is defined on. */
    public static Ellipsoid of(Crs crs) {
        return new Ellipsoid(crs.semiMajorAxis(), crs.inverseFlattening());
    }

    /** Flattening f (0 for a sphere). */
    public double flattening() {
        return inverseFlattening == 0 ? 0 : 1.0 / inverseFlattening;
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
