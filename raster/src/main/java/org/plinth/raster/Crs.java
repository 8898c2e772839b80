package org.plinth.raster;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A coordinate reference system as plinth needs it: an EPSG code when one is known, the WKT when
 * one was read, and whether coordinates are geographic (degrees) or projected (metres).
 *
 * <p>plinth's kernels only need to know the units and, for geographic grids, the ellipsoid; full
 * transformations live in {@link org.plinth.raster.crs}.
 */
public final class Crs {
    private static final Crs UNKNOWN = new Crs(null, null, false, 6378137.0, 298.257223563);

    private final Integer epsg;
    private final String wkt;
    private final boolean geographic;
    private final double semiMajorAxis;
    private final double inverseFlattening;
    private final String linearUnit;
    private final double metresPerUnit;

    private Crs(Integer epsg, String wkt, boolean geographic, double semiMajorAxis, double inverseFlattening) {
        this(epsg, wkt, geographic, semiMajorAxis, inverseFlattening, "metre", 1.0);
    }

    private Crs(Integer epsg, String wkt, boolean geographic, double semiMajorAxis, double inverseFlattening,
                String linearUnit, double metresPerUnit) {
        this.epsg = epsg;
        this.wkt = wkt;
        this.geographic = geographic;
        this.semiMajorAxis = semiMajorAxis;
        this.inverseFlattening = inverseFlattening;
        this.linearUnit = linearUnit;
        this.metresPerUnit = metresPerUnit;
    }

    /** A CRS known by EPSG code; geographic-ness and ellipsoid come from plinth's small built-in table. */
    public static Crs epsg(int code) {
        return EpsgTable.lookup(code);
    }

    /** Full constructor for readers that decoded the CRS themselves. */
    public static Crs of(Integer epsg, String wkt, boolean geographic, double semiMajorAxis, double inverseFlattening) {
        if (!(semiMajorAxis > 0) || Double.isInfinite(semiMajorAxis)) {
            throw new InvalidInputException("the CRS's semi-major axis must be a number > 0, was " + semiMajorAxis);
        }
        if (!(inverseFlattening > 1 || inverseFlattening == 0)) {
            throw new InvalidInputException("the CRS's inverse flattening must be > 1, or 0 for a sphere, was "
                    + inverseFlattening);
        }
        return new Crs(epsg, wkt, geographic, semiMajorAxis, inverseFlattening);
    }

    /**
     * The code of an {@code EPSG:n} text (any case, blanks around it ignored), or empty when the text is
     * not of that form.
     *
     * @throws IllegalArgumentException when n is not a positive int
     */
    public static OptionalInt parseEpsgCode(String text) {
        String t = text.strip();
        if (t.length() < 6 || !t.regionMatches(true, 0, "EPSG:", 0, 5)
                || !t.substring(5).chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalInt.empty();
        }
        int code;
        try {
            code = Integer.parseInt(t.substring(5));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("EPSG code " + t.substring(5) + " is too large", e);
        }
        if (code <= 0) {
            throw new IllegalArgumentException("EPSG code must be > 0, was " + code);
        }
        return OptionalInt.of(code);
    }

    /** No CRS is known. Kernels that need units refuse such grids. */
    public static Crs unknown() {
        return UNKNOWN;
    }

    public boolean isKnown() {
        return epsg != null || wkt != null;
    }

    public OptionalInt epsgCode() {
        return epsg == null ? OptionalInt.empty() : OptionalInt.of(epsg);
    }

    public Optional<String> wkt() {
        return Optional.ofNullable(wkt);
    }

    /** True when coordinates are longitude/latitude in degrees. */
    public boolean isGeographic() {
        return geographic;
    }

    /** Semi-major axis of the ellipsoid in metres (used for curvature and degree lengths). */
    public double semiMajorAxis() {
        return semiMajorAxis;
    }

    /** 1/f of the ellipsoid; 0 (as WKT and GeoTIFF write it) or infinity for a sphere. */
    public double inverseFlattening() {
        return inverseFlattening;
    }

    /** Flattening f of the ellipsoid, 0 for a sphere. */
    public double flattening() {
        return inverseFlattening > 0 && Double.isFinite(inverseFlattening) ? 1 / inverseFlattening : 0;
    }

    /** Returns a copy of this CRS that also carries a WKT string. */
    public Crs withWkt(String newWkt) {
        return new Crs(epsg, newWkt, geographic, semiMajorAxis, inverseFlattening, linearUnit, metresPerUnit);
    }

    /**
     * Returns a copy of this projected CRS whose coordinates are in {@code unit}, {@code metres} metres
     * each (NaN when the file names a unit plinth does not know).
     */
    public Crs withLinearUnit(String unit, double metres) {
        if (geographic) {
            throw new IllegalStateException("a geographic CRS has no linear unit");
        }
        return new Crs(epsg, wkt, false, semiMajorAxis, inverseFlattening, unit, metres);
    }

    /** The unit of a projected CRS's coordinates ("metre" unless the file said otherwise). */
    public String linearUnit() {
        return linearUnit;
    }

    /** Metres per unit of a projected CRS's coordinates: 1 unless the file said otherwise; NaN if unknown. */
    public double metresPerUnit() {
        return metresPerUnit;
    }

    /**
     * Refuses a projected CRS whose coordinates are not metres (US survey feet, say). plinth's kernels
     * measure horizontal distances in metres and take heights as metres too; converting feet would be a
     * guess about the heights' unit, which a GeoTIFF rarely states, so the user reprojects instead (or,
     * for the terrain kernels, gives an explicit scale). {@code what} names the kernel in the message.
     */
    public void requireMetricUnits(String what) {
        if (!geographic && metresPerUnit != 1.0) {
            String size = Double.isNaN(metresPerUnit) ? "of unknown length"
                    : "of " + metresPerUnit + " m";
            throw new InvalidInputException(what + " measures in metres, but the grid's CRS (" + this
                    + ") has coordinates in " + linearUnit + " (" + size + "); reproject the grid to a CRS in"
                    + " metres first (e.g. gdalwarp -t_srs EPSG:<UTM zone code>)");
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Crs other)) {
            return false;
        }
        if (epsg != null || other.epsg != null) {
            return Objects.equals(epsg, other.epsg);
        }
        return Objects.equals(wkt, other.wkt);
    }

    @Override
    public int hashCode() {
        return epsg != null ? epsg : Objects.hashCode(wkt);
    }

    @Override
    public String toString() {
        if (epsg != null) {
            return "EPSG:" + epsg;
        }
        return wkt != null ? "WKT CRS" : "unknown CRS";
    }
}
