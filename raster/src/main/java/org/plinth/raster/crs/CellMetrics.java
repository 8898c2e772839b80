package org.plinth.raster.crs;

import org.plinth.raster.GridGeometry;
import org.plinth.raster.InvalidInputException;

/**
 * Lengths on the ellipsoid for grids in geographic coordinates: metres per degree of longitude and
 * of latitude at a latitude, and hence the east–west and north–south size of a cell in metres.
 *
 * <p>Algorithm: a degree of latitude spans {@code M(φ)·π/180} metres and a degree of longitude
 * {@code N(φ)·cos φ·π/180}, where {@code M = a(1−e²)/(1−e² sin²φ)^{3/2}} is the meridional radius of
 * curvature and {@code N = a/(1−e² sin²φ)^{1/2}} the prime-vertical one. These are the local
 * (differential) lengths; over a 1° cell they differ from the geodesic length by less than 1e-4
 * relative. Reference: any geodesy text, e.g. Torge &amp; Müller, <i>Geodesy</i>, §6.2.
 *
 * <p>Limits: latitudes must lie in [−90, 90]; at the poles a degree of longitude has length 0.
 */
public final class CellMetrics {
    private static final double RAD = Math.PI / 180.0;
    private final double a;
    private final double e2;

    public CellMetrics(Ellipsoid ellipsoid) {
        this.a = ellipsoid.semiMajorAxis();
        this.e2 = ellipsoid.eccentricitySquared();
    }

    /** Metrics on the ellipsoid of the grid's CRS (which should be geographic). */
    public static CellMetrics of(GridGeometry geometry) {
        return new CellMetrics(Ellipsoid.of(geometry.crs()));
    }

    /** Metres per degree of longitude along a parallel at latitude {@code latDeg}. */
    public double metresPerDegreeLongitude(double latDeg) {
        checkLatitude(latDeg);
        double phi = latDeg * RAD;
        double s = Math.sin(phi);
        return a / Math.sqrt(1 - e2 * s * s) * Math.cos(phi) * RAD;
    }

    /** Metres per degree of latitude along a meridian at latitude {@code latDeg}. */
    public double metresPerDegreeLatitude(double latDeg) {
        checkLatitude(latDeg);
        double s = Math.sin(latDeg * RAD);
        double w = 1 - e2 * s * s;
        return a * (1 - e2) / (w * Math.sqrt(w)) * RAD;
    }

    /** East–west size in metres of the cells of row {@code row} of a north-up degree grid, at the row's centre latitude. */
    public double cellWidthMetres(GridGeometry geometry, int row) {
        return geometry.transform().cellWidth() * metresPerDegreeLongitude(rowLatitude(geometry, row));
    }

    /** North–south size in metres of the cells of row {@code row} of a north-up degree grid, at the row's centre latitude. */
    public double cellHeightMetres(GridGeometry geometry, int row) {
        return geometry.transform().cellHeight() * metresPerDegreeLatitude(rowLatitude(geometry, row));
    }

    private static double rowLatitude(GridGeometry geometry, int row) {
        double lat = geometry.transform().centreY(row);
        if (!(Math.abs(lat) <= 90)) {
            throw new InvalidInputException("row " + row + " lies at latitude " + lat
                    + ", outside [-90, 90]; the grid is not in degrees");
        }
        return lat;
    }

    private static void checkLatitude(double latDeg) {
        if (!(Math.abs(latDeg) <= 90)) {
            throw new IllegalArgumentException("latitude must be in [-90, 90], was " + latDeg);
        }
    }
}
