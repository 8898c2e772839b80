package org.plinth.raster.visibility;

import java.util.Optional;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.FloatGrid;

/**
 * What a {@link Viewshed} computed: the grids asked for in {@link ViewshedOptions#outputs()}, each on
 * the DEM's grid.
 *
 * @param visibility {@link Viewshed#VISIBLE} / {@link Viewshed#NOT_VISIBLE}, NoData
 *     {@link Viewshed#NO_DATA} outside the max distance and on NoData cells
 * @param minimumVisibleHeight metres above ground a target needs to be seen, 0 where a target of the
 *     options' target height is visible (the ground itself when that is 0); NaN (declared NoData) outside the max distance and on NoData cells
 * @param visibleCells cells the observer sees (the observer's own cell included)
 * @param cellsInReach data cells within the max distance (the observer's cell included): the cells
 *     that are not NoData in the outputs
 */
public record ViewshedResult(Optional<ByteGrid> visibility, Optional<FloatGrid> minimumVisibleHeight,
                             long visibleCells, long cellsInReach) {
}
