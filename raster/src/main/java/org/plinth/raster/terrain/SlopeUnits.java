package org.plinth.raster.terrain;

/** How {@link Slope} expresses steepness. */
public enum SlopeUnits {
    /** Angle from the horizontal, 0–90°. */
    DEGREES,
    /** Rise over run × 100 (45° = 100 %); gdaldem {@code -p}. */
    PERCENT
}
