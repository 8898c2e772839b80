package org.plinth.raster.visibility;

/** The grids a {@link Viewshed} can produce; see {@link ViewshedResult}. */
public enum ViewshedOutput {
    /** Byte grid: {@link Viewshed#VISIBLE}, {@link Viewshed#NOT_VISIBLE}, {@link Viewshed#NO_DATA}. */
    VISIBILITY,
    /**
     * Float grid: the height above ground, in metres, a target at each cell centre needs to be seen
     * (0 where a target of the options' target height is visible: the ground itself when that is 0); NaN
     * where the visibility grid has NoData.
     */
    MINIMUM_VISIBLE_HEIGHT
}
