package org.plinth.raster.algebra;

/** What {@link MapAlgebra#mask} writes where the mask is zero. */
public enum MaskFill {
    /** NaN (NoData). */
    NO_DATA,
    /** 0. */
    ZERO
}
