package org.plinth.raster.distance;

/**
 * Options of {@link FeatureRasterizer}.
 *
 * @param burnValue the value written into burned cells, 0..255; default 1
 * @param allTouched when true, polygons also burn every cell their rings pass through (GDAL's
 *                   {@code -at}); default false: only cells whose centre is inside. Lines always burn
 *                   every cell they pass through, points their containing cell.
 */
public record RasterizeOptions(int burnValue, boolean allTouched) {

    public RasterizeOptions {
        if (burnValue < 0 || burnValue > 255) {
            throw new IllegalArgumentException("burn value must be in 0..255, was " + burnValue);
        }
    }

    /** Burn 1; polygons by cell centre. */
    public static RasterizeOptions defaults() {
        return new RasterizeOptions(1, false);
    }

    public RasterizeOptions withBurnValue(int value) {
        return new RasterizeOptions(value, allTouched);
    }

    public RasterizeOptions withAllTouched(boolean touched) {
        return new RasterizeOptions(burnValue, touched);
    }
}
