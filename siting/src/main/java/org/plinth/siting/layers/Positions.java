package org.plinth.siting.layers;

/** The check every vector reader makes of a position before a kernel sees it. */
final class Positions {
    private Positions() {
    }

    /**
     * Why (x, y) cannot be a position in a layer whose CRS is geographic ({@code lonLat}: longitude,
     * latitude in degrees) or not; null when it can. A file can hold numbers a double reads as infinite
     * (1e999 in JSON), and in degrees a latitude past a pole. Longitudes may pass ±180 (layers that
     * cross the antimeridian are written so, and GDAL reads them), up to a turn either way.
     */
    static String problem(double x, double y, boolean lonLat) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return "a position must be two finite numbers";
        }
        if (lonLat && !(Math.abs(x) <= 360 && Math.abs(y) <= 90)) {
            return "a position must be a longitude in -360..360 and a latitude in -90..90";
        }
        return null;
    }
}
