package org.plinth.raster.crs;

import java.util.Objects;

/**
 * The ellipsoidal Transverse Mercator projection by Krüger's series to sixth order in the third
 * flattening n, as given by Karney (2011).
 *
 * <p>Algorithm (forward): conformal latitude via {@code τ' = τ√(1+σ²) − σ√(1+τ²)} with
 * {@code σ = sinh(e·atanh(e·τ/√(1+τ²)))}, the spherical Gauss–Schreiber coordinates
 * {@code ξ' = atan2(τ', cos λ)}, {@code η' = asinh(sin λ / √(τ'² + cos² λ))}, then
 * {@code ξ + iη = ζ' + Σ α_j sin(2jζ')} summed with Clenshaw's recurrence in complex arithmetic, and
 * {@code x = k0·A·η}, {@code y = k0·A·ξ}. Inverse: the β series gives ζ', then τ from τ' by Newton's
 * method (Karney's eqs. 19–21). Coefficients A, α_j, β_j are Karney's eqs. (14), (35), (36).
 *
 * <p>Accuracy: about 5 nm within 3 900 km of the central meridian (Karney 2011, §4), far inside
 * 1 mm over a UTM zone; forward followed by inverse returns the point to better than 1e-9 m.
 * Reference: C. F. F. Karney, "Transverse Mercator with an accuracy of a few nanometers",
 * J. Geodesy 85(8):475–485 (2011), doi:10.1007/s00190-011-0445-3.
 *
 * <p>Limits: longitudes more than about 70° from the central meridian lose accuracy quickly (the
 * series diverges near 90°); no datum shift is applied. Instances are immutable and thread-safe;
 * the array-filling methods allocate nothing.
 */
public final class TransverseMercator {
    private static final double RAD = Math.PI / 180.0;
    private static final int MAX_NEWTON = 8;
    private final double e;
    private final double e2m;
    private final double lon0;
    private final double k0A;
    private final double falseEasting;
    private final double northingOffset;
    private final double[] alpha = new double[7];
    private final double[] beta = new double[7];

    /**
     * @param ellipsoid the ellipsoid
     * @param centralMeridian longitude of the central meridian, degrees
     * @param latitudeOfOrigin latitude whose central-meridian point maps to {@code falseNorthing}, degrees
     * @param scaleFactor scale on the central meridian (0.9996 for UTM), &gt; 0
     * @param falseEasting added to x, metres
     * @param falseNorthing added to y, metres
     */
    public TransverseMercator(Ellipsoid ellipsoid, double centralMeridian, double latitudeOfOrigin,
                              double scaleFactor, double falseEasting, double falseNorthing) {
        Objects.requireNonNull(ellipsoid, "ellipsoid");
        if (!(scaleFactor > 0) || !Double.isFinite(scaleFactor)) {
            throw new IllegalArgumentException("scale factor must be finite and > 0, was " + scaleFactor);
        }
        if (!(Math.abs(latitudeOfOrigin) <= 90) || !Double.isFinite(centralMeridian)) {
            throw new IllegalArgumentException("origin must be a finite longitude and a latitude in [-90, 90], was "
                    + centralMeridian + ", " + latitudeOfOrigin);
        }
        double n = ellipsoid.thirdFlattening();
        this.e = Math.sqrt(ellipsoid.eccentricitySquared());
        this.e2m = 1 - ellipsoid.eccentricitySquared();
        this.lon0 = centralMeridian;
        double n2 = n * n;
        double a = ellipsoid.semiMajorAxis() / (1 + n) * (1 + n2 / 4 + n2 * n2 / 64 + n2 * n2 * n2 / 256);
        this.k0A = scaleFactor * a;
        fillCoefficients(n);
        this.falseEasting = falseEasting;
        // The false northing applies at the latitude of origin, so subtract that point's raw northing.
        double[] origin = new double[2];
        project(centralMeridian, latitudeOfOrigin, origin, 0, 0);
        this.northingOffset = falseNorthing - origin[1];
    }

    /** Karney (2011) eqs. (35) and (36), in Horner form. */
    private void fillCoefficients(double n) {
        alpha[1] = n * (1.0 / 2 + n * (-2.0 / 3 + n * (5.0 / 16 + n * (41.0 / 180 + n * (-127.0 / 288 + n * 7891.0 / 37800)))));
        alpha[2] = n * n * (13.0 / 48 + n * (-3.0 / 5 + n * (557.0 / 1440 + n * (281.0 / 630 + n * -1983433.0 / 1935360))));
        alpha[3] = n * n * n * (61.0 / 240 + n * (-103.0 / 140 + n * (15061.0 / 26880 + n * 167603.0 / 181440)));
        alpha[4] = n * n * n * n * (49561.0 / 161280 + n * (-179.0 / 168 + n * 6601661.0 / 7257600));
        alpha[5] = n * n * n * n * n * (34729.0 / 80640 + n * -3418889.0 / 1995840);
        alpha[6] = n * n * n * n * n * n * (212378941.0 / 319334400);
        beta[1] = n * (1.0 / 2 + n * (-2.0 / 3 + n * (37.0 / 96 + n * (-1.0 / 360 + n * (-81.0 / 512 + n * 96199.0 / 604800)))));
        beta[2] = n * n * (1.0 / 48 + n * (1.0 / 15 + n * (-437.0 / 1440 + n * (46.0 / 105 + n * -1118711.0 / 3870720))));
        beta[3] = n * n * n * (17.0 / 480 + n * (-37.0 / 840 + n * (-209.0 / 4480 + n * 5569.0 / 90720)));
        beta[4] = n * n * n * n * (4397.0 / 161280 + n * (-11.0 / 504 + n * -830251.0 / 7257600));
        beta[5] = n * n * n * n * n * (4583.0 / 161280 + n * -108847.0 / 3991680);
        beta[6] = n * n * n * n * n * n * (20648693.0 / 638668800);
    }

    /** Projects longitude/latitude in degrees; {@code out[0]} = easting, {@code out[1]} = northing (metres). */
    public void forward(double lon, double lat, double[] out) {
        project(lon, lat, out, falseEasting, northingOffset);
    }

    /** Projects longitude/latitude in degrees into a new {@code {easting, northing}} array. */
    public double[] forward(double lon, double lat) {
        double[] out = new double[2];
        forward(lon, lat, out);
        return out;
    }

    private void project(double lon, double lat, double[] out, double fe, double fn) {
        if (!(Math.abs(lat) <= 90) || !Double.isFinite(lon)) {
            throw new IllegalArgumentException("longitude must be finite and latitude in [-90, 90], was "
                    + lon + ", " + lat);
        }
        double lam = Math.IEEEremainder(lon - lon0, 360) * RAD;
        double cosLam = Math.cos(lam);
        double sinLam = Math.sin(lam);
        double xip;
        double etap;
        if (Math.abs(lat) == 90) {
            xip = Math.copySign(Math.PI / 2, lat);
            etap = 0;
        } else {
            double tau = Math.tan(lat * RAD);
            double taup = conformal(tau);
            xip = Math.atan2(taup, cosLam);
            etap = asinh(sinLam / Math.sqrt(taup * taup + cosLam * cosLam));
        }
        clenshaw(alpha, xip, etap, out);
        double re = out[0];
        double im = out[1];
        out[0] = fe + k0A * (etap + im);
        out[1] = fn + k0A * (xip + re);
    }

    /** Unprojects easting/northing in metres; {@code out[0]} = longitude, {@code out[1]} = latitude (degrees). */
    public void inverse(double easting, double northing, double[] out) {
        if (!Double.isFinite(easting) || !Double.isFinite(northing)) {
            throw new IllegalArgumentException("easting and northing must be finite, was " + easting + ", " + northing);
        }
        double xi = (northing - northingOffset) / k0A;
        double eta = (easting - falseEasting) / k0A;
        clenshaw(beta, xi, eta, out);
        double xip = xi - out[0];
        double etap = eta - out[1];
        double sinhEtap = Math.sinh(etap);
        double cosXip = Math.cos(xip);
        double taup = Math.sin(xip) / Math.sqrt(sinhEtap * sinhEtap + cosXip * cosXip);
        double lam = Math.atan2(sinhEtap, cosXip);
        out[0] = lon0 + lam / RAD;
        out[1] = Math.atan(isometricInverse(taup)) / RAD;
    }

    /** Unprojects easting/northing in metres into a new {@code {longitude, latitude}} array. */
    public double[] inverse(double easting, double northing) {
        double[] out = new double[2];
        inverse(easting, northing, out);
        return out;
    }

    /** τ' (tangent of the conformal latitude) from τ (tangent of the geodetic latitude). */
    private double conformal(double tau) {
        double tau1 = Math.sqrt(1 + tau * tau);
        double sig = Math.sinh(e * atanh(e * tau / tau1));
        return Math.sqrt(1 + sig * sig) * tau - sig * tau1;
    }

    /** τ from τ' by Newton's method (Karney 2011, eqs. 19–21). */
    private double isometricInverse(double taup) {
        double tau = taup;
        for (int i = 0; i < MAX_NEWTON; i++) {
            double taupi = conformal(tau);
            double dtau = (taup - taupi) / Math.sqrt(1 + taupi * taupi)
                    * (1 + e2m * tau * tau) / (e2m * Math.sqrt(1 + tau * tau));
            tau += dtau;
            if (!(Math.abs(dtau) >= 1e-14 * Math.max(1, Math.abs(tau)))) {
                break;
            }
        }
        return tau;
    }

    /**
     * Σ_{j=1..6} c_j sin(2j(ξ + iη)) by Clenshaw's recurrence in complex arithmetic;
     * {@code out[0]} = real part, {@code out[1]} = imaginary part.
     */
    private static void clenshaw(double[] c, double xi, double eta, double[] out) {
        double sin2 = Math.sin(2 * xi);
        double cos2 = Math.cos(2 * xi);
        double sinh2 = Math.sinh(2 * eta);
        double cosh2 = Math.cosh(2 * eta);
        // a = 2 cos(2ζ) = 2(cos2ξ cosh2η − i sin2ξ sinh2η)
        double ar = 2 * cos2 * cosh2;
        double ai = -2 * sin2 * sinh2;
        double b1r = 0;
        double b1i = 0;
        double b2r = 0;
        double b2i = 0;
        for (int j = 6; j >= 1; j--) {
            double br = c[j] + ar * b1r - ai * b1i - b2r;
            double bi = ar * b1i + ai * b1r - b2i;
            b2r = b1r;
            b2i = b1i;
            b1r = br;
            b1i = bi;
        }
        // sum = b1 · sin(2ζ), sin(2ζ) = sin2ξ cosh2η + i cos2ξ sinh2η
        double sr = sin2 * cosh2;
        double si = cos2 * sinh2;
        out[0] = b1r * sr - b1i * si;
        out[1] = b1r * si + b1i * sr;
    }

    /** asinh via log1p, accurate for small arguments. */
    private static double asinh(double x) {
        double ax = Math.abs(x);
        return Math.copySign(Math.log1p(ax + ax * ax / (1 + Math.sqrt(1 + ax * ax))), x);
    }

    /** atanh via log1p, accurate for small arguments. */
    private static double atanh(double x) {
        return 0.5 * Math.log1p(2 * x / (1 - x));
    }
}
