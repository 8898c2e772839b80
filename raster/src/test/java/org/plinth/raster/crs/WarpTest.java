package org.plinth.raster.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.InvalidInputException;
import org.plinth.raster.TestRasters;

/**
 * Warp against gdalwarp 3.6.2 (-et 0, exact transformation) on the Luxembourg DEM, made by
 * src/test/resources/dems/make_warp_references.sh.
 *
 * <p>Tolerances: with exact transformations the only differences are float32 rounding of the
 * output (about 3e-5 m at these heights) and PROJ's versus our Transverse Mercator (micrometres,
 * 1e-9 of a cell), so values must agree within 1e-3 m and NoData cells exactly. With plinth's
 * default row interpolation (0.01 cell) a sample moves by at most 0.01 cell, which on this DEM's
 * steepest cells (about 60 m per cell) changes a bilinear value by up to 0.6 m; we allow 1 m.
 */
class WarpTest {
    private static final Crs WGS84 = Crs.epsg(4326);
    private static final Crs UTM32 = Crs.epsg(32632);

    private static FloatGrid luxembourg() {
        return TestRasters.read("terra_elev_luxembourg.tif");
    }

    @Test
    void automaticGridIsGdalwarps() {
        FloatGrid gdal = TestRasters.read("gdal-reference/warp/luxembourg_utm32_bilinear.tif");
        GridGeometry ours = new Warp(luxembourg(), WarpOptions.defaults()).targetGrid();
        assertSameGrid(ours, gdal.geometry());
        assertThat(ours.crs().epsgCode()).hasValue(32632);
        GridGeometry fixed = new Warp(luxembourg(), WarpOptions.defaults().withCellSize(250)).targetGrid();
        assertSameGrid(fixed, TestRasters.read("gdal-reference/warp/luxembourg_utm32_bilinear_250m.tif")
                .geometry());
    }

    @Test
    void bilinearMatchesGdalwarpWhenDownsamplingAndUpsampling() {
        // The automatic grid has 78 columns for 95 source columns (scale 0.82 < 0.95): gdalwarp widens
        // the bilinear tent to 2 cells in x. The 250 m grid is finer than the source (plain bilinear).
        for (String ref : new String[] {"luxembourg_utm32_bilinear.tif", "luxembourg_utm32_bilinear_250m.tif"}) {
            FloatGrid gdal = TestRasters.read("gdal-reference/warp/" + ref);
            WarpOptions exact = WarpOptions.defaults().withMaxError(0).withTargetGrid(gdal.geometry());
            assertAgree(new Warp(luxembourg(), exact).compute(), gdal, 1e-3, 0);
            // A 0.01-cell shift can move a sample across the edge of a NoData cell: allow a few.
            assertAgree(new Warp(luxembourg(), exact.withMaxError(0.01)).compute(), gdal, 1.0, 0.005);
        }
    }

    @Test
    void nearestMatchesGdalwarpExactly() {
        FloatGrid gdal = TestRasters.read("gdal-reference/warp/luxembourg_utm32_near.tif");
        WarpOptions o = WarpOptions.defaults().withResampling(Resampling.NEAREST).withMaxError(0)
                .withTargetGrid(gdal.geometry()).withNoData(-32768f);
        assertAgree(new Warp(luxembourg(), o).compute(), gdal, 0, 0);
    }

    @Test
    void linearSurfaceIsReproducedAtEveryInteriorCell() {
        // z = 1000 * lon + 100 * lat on 0.01-degree cells near 50N; target cells of 300 m are finer
        // than the source (~700 x 1100 m), so gdalwarp's plain bilinear applies, and bilinear
        // interpolation of a linear function is exact: z at the unprojected target centre.
        GridGeometry g = new GridGeometry(30, 30, GeoTransform.northUp(8.0, 50.3, 0.01, 0.01), WGS84);
        float[] z = new float[900];
        for (int r = 0; r < 30; r++) {
            for (int c = 0; c < 30; c++) {
                z[r * 30 + c] = (float) (1000 * g.transform().centreX(c) + 100 * g.transform().centreY(r));
            }
        }
        FloatGrid out = new Warp(new FloatGrid(g, z, null), WarpOptions.defaults().withCellSize(300)).compute();
        TransverseMercator tm = new Utm(32, true).projection();
        int checked = 0;
        for (int r = 0; r < out.rows(); r++) {
            for (int c = 0; c < out.cols(); c++) {
                double[] ll = tm.inverse(out.geometry().transform().centreX(c), out.geometry().transform().centreY(r));
                boolean inside = ll[0] > 8.005 && ll[0] < 8.295 && ll[1] < 50.295 && ll[1] > 50.005;
                if (inside) {
                    assertThat(out.get(c, r)).isCloseTo((float) (1000 * ll[0] + 100 * ll[1]), within(0.01f));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(500);
    }

    @Test
    void noDataSourceCellsNeverContribute() {
        // A 4 x 4 source with one NoData cell; target points in that cell are NoData, points next to
        // it take the renormalised weights of the valid neighbours only.
        GridGeometry g = new GridGeometry(4, 4, GeoTransform.northUp(9.0, 50.04, 0.01, 0.01), WGS84);
        float[] z = {10, 10, 10, 10, 10, 10, 10, 10, 10, 10, -1, 10, 10, 10, 10, 10};
        FloatGrid src = new FloatGrid(g, z, -1f);
        FloatGrid out = new Warp(src, WarpOptions.defaults().withCellSize(100)).compute();
        int nan = 0;
        int valid = 0;
        for (float v : out.data()) {
            if (Float.isNaN(v)) {
                nan++;
            } else {
                assertThat(v).isEqualTo(10f);
                valid++;
            }
        }
        assertThat(nan).isGreaterThan(0);
        assertThat(valid).isGreaterThan(nan);
        assertThat(out.noData()).isNaN();
    }

    @Test
    void projectedSourceOrNonUtmTargetIsRefused() {
        GridGeometry utm = new GridGeometry(3, 3, GeoTransform.northUp(500000, 5000000, 30, 30), UTM32);
        FloatGrid projected = FloatGrid.filled(utm, 1f, null);
        assertThatThrownBy(() -> Warp.toUtm(projected)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("EPSG:32632");
        GridGeometry geo = new GridGeometry(3, 3, GeoTransform.northUp(9, 50, 0.01, 0.01), WGS84);
        GridGeometry notUtm = new GridGeometry(3, 3, GeoTransform.northUp(0, 0, 30, 30), Crs.epsg(3857));
        assertThatThrownBy(() -> new Warp(FloatGrid.filled(geo, 1f, null),
                WarpOptions.defaults().withTargetGrid(notUtm)).compute())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("EPSG:3857");
        assertThatThrownBy(() -> WarpOptions.defaults().withCellSize(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.0");
    }

    private static void assertSameGrid(GridGeometry ours, GridGeometry gdal) {
        assertThat(ours.cols()).isEqualTo(gdal.cols());
        assertThat(ours.rows()).isEqualTo(gdal.rows());
        assertThat(ours.transform().originX()).isCloseTo(gdal.transform().originX(), within(1e-3));
        assertThat(ours.transform().originY()).isCloseTo(gdal.transform().originY(), within(1e-3));
        assertThat(ours.transform().cellWidth()).isCloseTo(gdal.transform().cellWidth(), within(1e-6));
        assertThat(ours.transform().cellHeight()).isCloseTo(gdal.transform().cellHeight(), within(1e-6));
    }

    /** Values within {@code tol} where both have one; NoData disagreeing in at most {@code noDataShare} of cells. */
    private static void assertAgree(FloatGrid ours, FloatGrid gdal, double tol, double noDataShare) {
        int compared = 0;
        int noDataMismatch = 0;
        for (int r = 0; r < gdal.rows(); r++) {
            for (int c = 0; c < gdal.cols(); c++) {
                float g = gdal.get(c, r);
                float o = ours.get(c, r);
                if (ours.isNoData(o) != gdal.isNoData(g)) {
                    noDataMismatch++;
                } else if (!gdal.isNoData(g)) {
                    assertThat((double) o).as("value at %d,%d", c, r).isCloseTo(g, within(tol));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(gdal.rows() * gdal.cols() / 3);
        assertThat(noDataMismatch).as("cells where only one side is NoData")
                .isLessThanOrEqualTo((int) (noDataShare * gdal.rows() * gdal.cols()));
    }
}
