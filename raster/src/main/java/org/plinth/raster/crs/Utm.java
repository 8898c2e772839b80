package org.plinth.raster.crs;

import org.plinth.raster.Crs;

/**
 * A Universal Transverse Mercator zone on WGS 84: zone 1–60 and hemisphere, the EPSG codes
 * 326zz (north) and 327zz (south), and the zone's {@link TransverseMercator} (central meridian
 * 6·zone − 183°, scale 0.9996, false easting 500 000 m, false northing 0 or 10 000 000 m).
 *
 * @param zone 1..60
 * @param north true for the northern hemisphere (EPSG 326zz), false for the southern (327zz)
 */
public record Utm(int zone, boolean north) {
    private static final double SCALE = 0.9996;
    private static final double FALSE_EASTING = 500_000;
    private static final double FALSE_NORTHING_SOUTH = 10_000_000;

    public Utm {
        if (zone < 1 || zone > 60) {
            throw new IllegalArgumentException("UTM zone must be in 1..60, was " + zone);
        }
    }

    /** The zone of an EPSG code 32601–32660 or 32701–32760. */
    public static Utm fromEpsg(int code) {
        if (code >= 32601 && code <= 32660) {
            return new Utm(code - 32600, true);
        }
        if (code >= 32701 && code <= 32760) {
            return new Utm(code - 32700, false);
        }
        throw new IllegalArgumentException("EPSG:" + code + " is not a WGS 84 / UTM zone (32601-32660, 32701-32760)");
    }

    /**
     * The zone that contains a point, with the Norway (32V) and Svalbard (31X–37X) exceptions;
     * the hemisphere is north for latitude ≥ 0. UTM covers 80°S to 84°N.
     */
    public static Utm zoneFor(double lon, double lat) {
        if (!(lat >= -80 && lat <= 84)) {
            throw new IllegalArgumentException("latitude must be in [-80, 84] for UTM, was " + lat);
        }
        if (!Double.isFinite(lon)) {
            throw new IllegalArgumentException("longitude must be finite, was " + lon);
        }
        double l = lon >= -180 && lon <= 180 ? lon : Math.IEEEremainder(lon, 360);
        int zone = Math.min(60, (int) Math.floor((l + 180) / 6) + 1);
        if (lat >= 56 && lat < 64 && l >= 3 && l < 12) {
            zone = 32;
        } else if (lat >= 72) {
            if (l >= 0 && l < 9) {
                zone = 31;
            } else if (l >= 9 && l < 21) {
                zone = 33;
            } else if (l >= 21 && l < 33) {
                zone = 35;
            } else if (l >= 33 && l < 42) {
                zone = 37;
            }
        }
        return new Utm(zone, lat >= 0);
    }

    public int epsg() {
        return (north ? 32600 : 32700) + zone;
    }

    public Crs crs() {
        return Crs.epsg(epsg());
    }

    public double centralMeridian() {
        return 6.0 * zone - 183;
    }

    public TransverseMercator projection() {
        return new TransverseMercator(Ellipsoid.WGS84, centralMeridian(), 0, SCALE, FALSE_EASTING,
                north ? 0 : FALSE_NORTHING_SOUTH);
    }

    @Override
    public String toString() {
        return "UTM " + zone + (north ? "N" : "S") + " (EPSG:" + epsg() + ")";
    }
}
