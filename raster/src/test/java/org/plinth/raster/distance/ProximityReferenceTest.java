package org.plinth.raster.distance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.io.RasterFiles;

/**
 * Against {@code gdal_proximity.py -distunits GEO} (GDAL 3.6.2) on the fixtures made by
 * resources/proximity/make_fixtures.py. GDAL is not exact: PEERS.md measured it overestimating in
 * about 0.2 % of cells and never underestimating, and with non-square cells it warns that its
 * distances are inaccurate. So plinth must be exact against a brute force, never above GDAL, and
 * below it by less than one cell.
 *
 * <p>With non-square cells GDAL 3.6 multiplies the distance in pixels by the pixel width (so on the
 * 20 m x 30 m grid it is off by up to the aspect ratio; the exact metres are checked by brute force).
 * For that grid GDAL is compared with plinth run on the same cells taken as 20 m squares, which
 * is GDAL's definition.
 */
class ProximityReferenceTest {

    static FloatGrid read(String name) throws URISyntaxException {
        return RasterFiles.read(Path.of(ProximityReferenceTest.class.getResource("/proximity/" + name).toURI())).grid();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"olinda", "aniso"})
    void withinOneCellOfGdalProximityAndNeverAbove(String name) throws URISyntaxException {
        FloatGrid features = read(name + "_features.tif");
        FloatGrid gdal = read(name + "_gdal_proximity.tif");
        assertThat(features.geometry().sameGridAs(gdal.geometry())).isTrue();
        FloatGrid exactMetres = EuclideanDistance.toCells(features, v -> v == 1, DistanceOptions.defaults()).compute();
        GeoTransform t = features.geometry().transform();
        double w = t.cellWidth();
        double h = t.cellHeight();
        ByteGrid targets = asBytes(features);
        assertExact(exactMetres, targets, w, h);
        // GDAL's metric: pixel distance times pixel width (the same as metres when cells are square).
        FloatGrid squareCells = new FloatGrid(new GridGeometry(features.cols(), features.rows(),
                GeoTransform.northUp(t.originX(), t.originY(), w, w), features.geometry().crs()),
                features.data(), features.noData());
        FloatGrid ours = EuclideanDistance.toCells(squareCells, v -> v == 1, DistanceOptions.defaults()).compute();
        int differing = 0;
        double worst = 0;
        for (int r = 0; r < ours.rows(); r++) {
            for (int c = 0; c < ours.cols(); c++) {
                double mine = ours.get(c, r);
                double theirs = gdal.get(c, r);
                assertThat(mine).as("%s cell %d,%d vs GDAL %f", name, c, r, theirs)
                        .isLessThanOrEqualTo(theirs + 1e-3).isGreaterThan(theirs - w);
                if (theirs - mine > 1e-3) {
                    differing++;
                    worst = Math.max(worst, theirs - mine);
                }
            }
        }
        // PEERS.md: GDAL overestimates in about 0.2 % of cells.
        assertThat(differing).as("cells where GDAL overestimates").isLessThan(ours.cols() * ours.rows() / 100);
        System.out.printf("%s: GDAL above the exact distance in %d of %d cells, by at most %.2f m%n",
                name, differing, ours.cols() * ours.rows(), worst);
    }

    /** Brute force over the list of target cells (the grid has few). */
    private static void assertExact(FloatGrid d, ByteGrid targets, double w, double h) {
        int[] list = java.util.stream.IntStream.range(0, targets.data().length).filter(i -> targets.data()[i] != 0).toArray();
        for (int r = 0; r < d.rows(); r++) {
            for (int c = 0; c < d.cols(); c++) {
                double exact = Double.POSITIVE_INFINITY;
                for (int i : list) {
                    exact = Math.min(exact, Math.hypot((i % d.cols() - c) * w, (i / d.cols() - r) * h));
                }
                assertThat((double) d.get(c, r)).as("cell %d,%d exact", c, r)
                        .isCloseTo(exact, within(Math.max(1e-6, Math.ulp((float) exact))));
            }
        }
    }

    private static ByteGrid asBytes(FloatGrid f) {
        ByteGrid b = ByteGrid.zeros(f.geometry(), null);
        for (int i = 0; i < f.data().length; i++) {
            b.data()[i] = (byte) (f.data()[i] == 1 ? 1 : 0);
        }
        return b;
    }
}
