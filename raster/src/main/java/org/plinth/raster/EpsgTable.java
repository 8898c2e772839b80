package org.plinth.raster;

/**
 * The few EPSG facts the engine needs without a CRS library: which codes are geographic and on
 * which ellipsoid. Covers WGS 84 (4326), ETRS89 (4258), NAD83 (4269), Pulkovo 1942 (4284), the WGS 84
 * UTM zones (326xx, 327xx), ETRS89 UTM (258xx), SIRGAS 2000 UTM (319xx), Web Mercator (3857) and
 * Pulkovo Gauss-Krüger (284xx). Other codes are taken as projected in metres on WGS 84's ellipsoid.
 */
final class EpsgTable {
    private static final double WGS84_A = 6378137.0;
    private static final double WGS84_RF = 298.257223563;
    private static final double GRS80_RF = 298.257222101;
    private static final double KRASSOWSKY_A = 6378245.0;
    private static final double KRASSOWSKY_RF = 298.3;

    private EpsgTable() {
    }

    static Crs lookup(int code) {
        if (code <= 0) {
            throw new IllegalArgumentException("EPSG code must be > 0, was " + code);
        }
        switch (code) {
            case 4326:
                return Crs.of(code, null, true, WGS84_A, WGS84_RF);
            case 4258: case 4269: case 4674: case 4019:
                return Crs.of(code, null, true, WGS84_A, GRS80_RF);
            case 4284:
                return Crs.of(code, null, true, KRASSOWSKY_A, KRASSOWSKY_RF);
            default:
                break;
        }
        if (code >= 28400 && code <= 28499) {
            return Crs.of(code, null, false, KRASSOWSKY_A, KRASSOWSKY_RF);
        }
        if ((code >= 25800 && code <= 25899) || (code >= 31900 && code <= 31999) || (code >= 26900 && code <= 26999)) {
            return Crs.of(code, null, false, WGS84_A, GRS80_RF);
        }
        return Crs.of(code, null, false, WGS84_A, WGS84_RF);
    }
}
