package org.plinth.raster.distance;

import org.plinth.raster.Crs;

/**
 * The few ellipsoid measures that metric distances on a longitude/latitude grid need: meridian arc
 * length, radius of a parallel and the geodesic distance between two points.
 *
 * <p>Meridian arc: the series of Snyder, "Map Projections — A Working Manual" (USGS PP 1395, 1987),
 * eq. 3-21, accurate to well under a millimetre. Geodesic: Vincenty's inverse formula (Survey Review
 * 23(176), 1975), accurate to 0.5 mm; for the nearly antipodal pairs where it fails to converge
 * the great-circle distance on a sphere of the mean radius is returned (error under 0.5 %), which
 * never happens for the regional grids plinth handles.
 */
final class Geodesy {
    private static final int MAX_ITERATIONS = 200;
    private final double a;
    private final double f;
    private final double b;
    private final double e2;
    private final double c0;
    private final double c2;
    private final double c4;
    private final double c6;

    Geodesy(double semiMajorAxis, double inverseFlattening) {
        a = semiMajorAxis;
        f = inverseFlattening > 0 && Double.isFinite(inverseFlattening) ? 1 / inverseFlattening : 0;
        b = a * (1 - f);
        e2 = f * (2 - f);
        double e4 = e2 * e2;
        double e6 = e4 * e2;
        c0 = 1 - e2 / 4 - 3 * e4 / 64 - 5 * e6 / 256;
        c2 = 3 * e2 / 8 + 3 * e4 / 32 + 45 * e6 / 1024;
        c4 = 15 * e4 / 256 + 45 * e6 / 1024;
        c6 = 35 * e6 / 3072;
    }

    static Geodesy of(Crs crs) {
        return new Geodesy(crs.semiMajorAxis(), crs.inverseFlattening());
    }

    /** Distance along the meridian from the equator to latitude {@code latDeg}, metres (negative south). */
    double meridianArc(double latDeg) {
        double phi = Math.toRadians(latDeg);
        return a * (c0 * phi - c2 * Math.sin(2 * phi) + c4 * Math.sin(4 * phi) - c6 * Math.sin(6 * phi));
    }

    /** Radius of the parallel at latitude {@code latDeg}, metres: metres per radian of longitude. */
    double parallelRadius(double latDeg) {
        double phi = Math.toRadians(latDeg);
        double s = Math.sin(phi);
        return a * Math.cos(phi) / Math.sqrt(1 - e2 * s * s);
    }

    /** Geodesic distance in metres between two points given in degrees. */
    double distance(double lat1, double lon1, double lat2, double lon2) {
        if (lat1 == lat2 && lon1 == lon2) {
            return 0;
        }
        double u1 = Math.atan((1 - f) * Math.tan(Math.toRadians(lat1)));
        double u2 = Math.atan((1 - f) * Math.tan(Math.toRadians(lat2)));
        double sinU1 = Math.sin(u1);
        double cosU1 = Math.cos(u1);
        double sinU2 = Math.sin(u2);
        double cosU2 = Math.cos(u2);
        double l = Math.toRadians(lon2 - lon1);
        double lambda = l;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double sinLambda = Math.sin(lambda);
            double cosLambda = Math.cos(lambda);
            double t1 = cosU2 * sinLambda;
            double t2 = cosU1 * sinU2 - sinU1 * cosU2 * cosLambda;
            double sinSigma = Math.sqrt(t1 * t1 + t2 * t2);
            if (sinSigma == 0) {
                return 0;
            }
            double cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda;
            double sigma = Math.atan2(sinSigma, cosSigma);
            double sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma;
            double cos2Alpha = 1 - sinAlpha * sinAlpha;
            // On the equator cos2Alpha is 0 and the term vanishes.
            double cos2SigmaM = cos2Alpha == 0 ? 0 : cosSigma - 2 * sinU1 * sinU2 / cos2Alpha;
            double c = f / 16 * cos2Alpha * (4 + f * (4 - 3 * cos2Alpha));
            double previous = lambda;
            lambda = l + (1 - c) * f * sinAlpha
                    * (sigma + c * sinSigma * (cos2SigmaM + c * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
            if (Math.abs(lambda - previous) < 1e-12) {
                return geodesicLength(cos2Alpha, sinSigma, cosSigma, sigma, cos2SigmaM);
            }
        }
        return sphericalDistance(lat1, lon1, lat2, lon2);
    }

    private double geodesicLength(double cos2Alpha, double sinSigma, double cosSigma, double sigma,
                                  double cos2SigmaM) {
        double uSq = cos2Alpha * (a * a - b * b) / (b * b);
        double bigA = 1 + uSq / 16384 * (4096 + uSq * (-768 + uSq * (320 - 175 * uSq)));
        double bigB = uSq / 1024 * (256 + uSq * (-128 + uSq * (74 - 47 * uSq)));
        double c2sm = cos2SigmaM * cos2SigmaM;
        double deltaSigma = bigB * sinSigma * (cos2SigmaM + bigB / 4 * (cosSigma * (-1 + 2 * c2sm)
                - bigB / 6 * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * c2sm)));
        return b * bigA * (sigma - deltaSigma);
    }

    private double sphericalDistance(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        double meanRadius = (2 * a + b) / 3;
        return 2 * meanRadius * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
