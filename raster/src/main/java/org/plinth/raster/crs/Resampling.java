package org.plinth.raster.crs;

/** How {@link Warp} takes a value from the source grid at a non-integer position. */
public enum Resampling {
    /** The value of the source cell that contains the point (gdalwarp {@code -r near}). */
    NEAREST,
    /** Distance-weighted mean of the four nearest source cell centres (gdalwarp {@code -r bilinear}). */
    BILINEAR
}
