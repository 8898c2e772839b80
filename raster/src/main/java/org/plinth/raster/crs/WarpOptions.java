package org.plinth.raster.crs;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.plinth.raster.GridGeometry;

/**
 * Options for {@link Warp}. Defaults ({@link #defaults()}): the UTM zone of the source's centre,
 * bilinear resampling, extent and cell size chosen from the source as gdalwarp does, transformation
 * error at most 0.01 source cell, NoData written as NaN.
 *
 * @param utm the target zone; empty: the zone containing the source's centre ({@link Utm#zoneFor}),
 *            or the target grid's zone when one is given
 * @param resampling nearest or bilinear
 * @param cellSize target cell size in metres (finite, &gt; 0); empty: chosen so that the source's
 *                 diagonal keeps its number of cells (gdalwarp's rule)
 * @param targetGrid the exact output grid (its CRS must be a WGS 84 / UTM EPSG code); overrides
 *                   {@code utm} and {@code cellSize}
 * @param maxError largest allowed error, in source cells, of the row-wise linear interpolation of
 *                 the exact transformation (as gdalwarp {@code -et}); 0 transforms every cell exactly;
 *                 finite and ≥ 0
 * @param noData value written where there is no source value (NaN allowed)
 */
public record WarpOptions(Optional<Utm> utm, Resampling resampling, OptionalDouble cellSize,
                          Optional<GridGeometry> targetGrid, double maxError, float noData) {

    public WarpOptions {
        Objects.requireNonNull(utm, "utm");
        Objects.requireNonNull(resampling, "resampling");
        Objects.requireNonNull(cellSize, "cellSize");
        Objects.requireNonNull(targetGrid, "targetGrid");
        if (cellSize.isPresent() && !(cellSize.getAsDouble() > 0 && Double.isFinite(cellSize.getAsDouble()))) {
            throw new IllegalArgumentException("cell size must be finite and > 0, was " + cellSize.getAsDouble());
        }
        if (!(maxError >= 0) || !Double.isFinite(maxError)) {
            throw new IllegalArgumentException("maximum transformation error must be finite and >= 0 cells, was "
                    + maxError);
        }
    }

    public static WarpOptions defaults() {
        return new WarpOptions(Optional.empty(), Resampling.BILINEAR, OptionalDouble.empty(), Optional.empty(),
                0.01, Float.NaN);
    }

    public WarpOptions withUtm(Utm newUtm) {
        return new WarpOptions(Optional.of(newUtm), resampling, cellSize, targetGrid, maxError, noData);
    }

    public WarpOptions withResampling(Resampling newResampling) {
        return new WarpOptions(utm, newResampling, cellSize, targetGrid, maxError, noData);
    }

    public WarpOptions withCellSize(double newCellSize) {
        return new WarpOptions(utm, resampling, OptionalDouble.of(newCellSize), targetGrid, maxError, noData);
    }

    public WarpOptions withTargetGrid(GridGeometry newTargetGrid) {
        return new WarpOptions(utm, resampling, cellSize, Optional.of(newTargetGrid), maxError, noData);
    }

    public WarpOptions withMaxError(double newMaxError) {
        return new WarpOptions(utm, resampling, cellSize, targetGrid, newMaxError, noData);
    }

    public WarpOptions withNoData(float newNoData) {
        return new WarpOptions(utm, resampling, cellSize, targetGrid, maxError, newNoData);
    }
}
