package org.plinth.siting.layers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.Monitor;
import org.plinth.raster.Window;
import org.plinth.raster.distance.DistanceOptions;
import org.plinth.raster.distance.EuclideanDistance;
import org.plinth.raster.distance.RasterizeOptions;

/**
 * Distances that count features outside the grid, against a slow reference: the same features
 * rasterized on a grid so large that every feature lies on it, the distances computed there and
 * cropped to the grid.
 */
class FeatureDistanceTest {
    private static final GeometryFactory GF = new GeometryFactory();
    /** 40 x 30 cells of 10 x 20 m, x 500000..500400, y 4000000..4000600 (anisotropic cells). */
    private static final GridGeometry GRID = new GridGeometry(40, 30,
            new GeoTransform(500_000, 10, 0, 4_000_600, 0, -20), Crs.epsg(32636));

    private static VectorLayer layer(List<Geometry> geoms) {
        List<Feature> fs = new ArrayList<>();
        for (Geometry g : geoms) {
            fs.add(new Feature(g, Map.of()));
        }
        return new VectorLayer("test", Path.of("test.geojson"), GRID.crs(), fs);
    }

    private static Geometry line(double... xy) {
        Coordinate[] c = new Coordinate[xy.length / 2];
        for (int i = 0; i < c.length; i++) {
            c[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        return GF.createLineString(c);
    }

    /** The reference: {@code grid} extended by {@code pad} cells on every side (all features on it), cropped back. */
    private static float[] reference(VectorLayer layer, GridGeometry grid, DistanceOptions options, int pad) {
        GeoTransform t = grid.transform();
        GridGeometry big = new GridGeometry(grid.cols() + 2 * pad, grid.rows() + 2 * pad, new GeoTransform(
                t.originX() - pad * t.pixelWidth(), t.pixelWidth(), 0, t.originY() - pad * t.pixelHeight(), 0,
                t.pixelHeight()), grid.crs());
        FloatGrid all = new EuclideanDistance(GeometryBurner.rasterize(layer, big, RasterizeOptions.defaults()), options)
                .compute();
        return all.crop(new Window(pad, pad, pad + grid.cols(), pad + grid.rows())).data();
    }

    private static float[] reference(VectorLayer layer, DistanceOptions options, int pad) {
        return reference(layer, GRID, options, pad);
    }

    /** The same 40 x 30 cells of 10 x 20 m as {@link #GRID}, stored south-up or mirrored east-west. */
    private static final GridGeometry SOUTH_UP = new GridGeometry(40, 30,
            new GeoTransform(500_000, 10, 0, 4_000_000, 0, 20), Crs.epsg(32636));
    private static final GridGeometry MIRRORED = new GridGeometry(40, 30,
            new GeoTransform(500_400, -10, 0, 4_000_600, 0, -20), Crs.epsg(32636));

    static Stream<Long> seeds() {
        return Stream.iterate(1L, s -> s + 1).limit(60);
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> cases() {
        return Stream.of(GRID, SOUTH_UP, MIRRORED).flatMap(g -> Stream.iterate(1L, s -> s + 1).limit(60)
                .map(seed -> org.junit.jupiter.params.provider.Arguments.of(seed, g)));
    }

    @ParameterizedTest(name = "seed {0} on {1}")
    @MethodSource("cases")
    void randomFeaturesInsideAndOutsideMatchTheBigGrid(long seed, GridGeometry grid) {
        Random rnd = new Random(seed);
        List<Geometry> geoms = new ArrayList<>();
        // the grid spans x 500000..500400, y 4000000..4000600; features reach up to 200 m beyond it in x and
        // 300 m in y, so that an extension to all of them stays within MAX_GROWTH times the grid's cells; half
        // the coordinates lie on cell boundaries, where a feature belongs to the half-open cell after them
        int n = 1 + rnd.nextInt(4);
        for (int i = 0; i < n; i++) {
            boolean lattice = rnd.nextBoolean();
            double x0 = 499_850 + rnd.nextDouble() * 700;
            double y0 = 3_999_750 + rnd.nextDouble() * 1100;
            if (lattice) {
                x0 = Math.rint(x0 / 10) * 10;
                y0 = Math.rint(y0 / 20) * 20;
            }
            if (rnd.nextBoolean()) {
                geoms.add(GF.createPoint(new Coordinate(x0, y0)));
            } else {
                double dx = (rnd.nextDouble() - 0.5) * 100;
                double dy = (rnd.nextDouble() - 0.5) * 100;
                geoms.add(lattice ? line(x0, y0, x0 + Math.rint(dx / 10) * 10, y0 + Math.rint(dy / 20) * 20)
                        : line(x0, y0, x0 + dx, y0 + dy));
            }
        }
        DistanceOptions options = rnd.nextInt(3) == 0 ? DistanceOptions.defaults().withMaxDistance(150 + rnd.nextInt(300))
                : DistanceOptions.defaults();
        VectorLayer layer = layer(geoms);
        float[] expected = reference(layer, grid, options, 200);
        var result = FeatureDistance.compute(layer, grid, options, Monitor.NONE);
        if (result.distance().isEmpty()) {
            // no feature on the grid or within the max distance of it: every cell is out of reach
            assertThat(expected).as("seed %d", seed).containsOnly(Float.NaN);
            return;
        }
        float[] actual = result.distance().orElseThrow().data();
        assertThat(result.distance().orElseThrow().geometry()).isEqualTo(grid);
        for (int i = 0; i < expected.length; i++) {
            if (Float.isNaN(expected[i])) {
                assertThat(actual[i]).as("seed %d cell %d", seed, i).isNaN();
            } else {
                assertThat(actual[i]).as("seed %d cell %d", seed, i).isEqualTo(expected[i]);
            }
        }
    }

    /** 40 x 30 cells of 0.005° x 0.004°, lon 6.0..6.2, lat 49.88..50.0 (WGS 84). */
    private static final GridGeometry GEO = new GridGeometry(40, 30, new GeoTransform(6.0, 0.005, 0, 50.0, 0, -0.004),
            Crs.epsg(4326));

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void onALonLatGridToo(long seed) {
        Random rnd = new Random(seed);
        List<Feature> fs = new ArrayList<>();
        for (int i = 0, n = 1 + rnd.nextInt(4); i < n; i++) {
            double x0 = 5.95 + rnd.nextDouble() * 0.3;
            double y0 = 49.85 + rnd.nextDouble() * 0.18;
            Geometry g = rnd.nextBoolean() ? GF.createPoint(new Coordinate(x0, y0))
                    : line(x0, y0, x0 + (rnd.nextDouble() - 0.5) * 0.02, y0 + (rnd.nextDouble() - 0.5) * 0.02);
            fs.add(new Feature(g, Map.of()));
        }
        VectorLayer layer = new VectorLayer("test", Path.of("test.geojson"), GEO.crs(), fs);
        int pad = 60;
        GeoTransform t = GEO.transform();
        GridGeometry big = new GridGeometry(GEO.cols() + 2 * pad, GEO.rows() + 2 * pad, new GeoTransform(
                t.originX() - pad * t.pixelWidth(), t.pixelWidth(), 0, t.originY() - pad * t.pixelHeight(), 0,
                t.pixelHeight()), GEO.crs());
        float[] expected = new EuclideanDistance(GeometryBurner.rasterize(layer, big, RasterizeOptions.defaults()),
                DistanceOptions.defaults()).compute().crop(new Window(pad, pad, pad + GEO.cols(), pad + GEO.rows())).data();
        float[] actual = FeatureDistance.compute(layer, GEO, DistanceOptions.defaults(), Monitor.NONE).distance()
                .orElseThrow().data();
        for (int i = 0; i < expected.length; i++) {
            // the geographic transform may pick another of two nearly equidistant targets (see its exactness note)
            assertThat(actual[i]).as("seed %d cell %d", seed, i).isCloseTo(expected[i],
                    org.assertj.core.api.Assertions.within(1 + expected[i] * 0.003f));
        }
    }

    @Test
    void aPointExactlyOnTheEastEdgeIsOutsideTheGridAndCounted() {
        // x 500400 is the grid's east edge: the point belongs to the half-open cell after it, column 40
        VectorLayer layer = layer(List.of(GF.createPoint(new Coordinate(500_400, 4_000_300))));
        var r = FeatureDistance.compute(layer, GRID, DistanceOptions.defaults(), Monitor.NONE);
        assertThat(r.extended()).isTrue();
        assertThat(r.distance().orElseThrow().data()).containsExactly(reference(layer, DistanceOptions.defaults(), 200));
        assertThat(r.distance().orElseThrow().get(39, 15)).isEqualTo(10f);
    }

    @Test
    void aSliverPolygonWhoseVerticesBurnNoCellStillGetsTheExactAnswer() {
        // the polygon's body lies 1 km east; a 1 m wide spike reaches to 50 m east of the grid, but burns no
        // cell centre, so the vertex bound is too short and the reach must grow
        Geometry polygon = GF.createPolygon(new Coordinate[] {new Coordinate(500_450, 4_000_300),
            new Coordinate(501_400, 4_000_100), new Coordinate(501_600, 4_000_100), new Coordinate(501_600, 4_000_500),
            new Coordinate(501_400, 4_000_500), new Coordinate(500_450, 4_000_301), new Coordinate(500_450, 4_000_300)});
        VectorLayer layer = layer(List.of(polygon));
        var r = FeatureDistance.compute(layer, GRID, DistanceOptions.defaults(), Monitor.NONE);
        assertThat(r.distance().orElseThrow().data()).containsExactly(reference(layer, DistanceOptions.defaults(), 200));
    }

    @Test
    void featuresBeyondTheExtensionLatitudeLimitAreNotedNotSilentlyDropped() {
        GridGeometry arctic = new GridGeometry(40, 30, new GeoTransform(10.0, 0.01, 0, 89.85, 0, -0.01), Crs.epsg(4326));
        VectorLayer layer = new VectorLayer("test", Path.of("test.geojson"), arctic.crs(),
                List.of(new Feature(GF.createPoint(new Coordinate(9.5, 89.95)), Map.of())));
        var r = FeatureDistance.compute(layer, arctic, DistanceOptions.defaults(), Monitor.NONE);
        assertThat(r.distance()).isEmpty();
        assertThat(r.note()).hasValue("features beyond 89.9° of latitude are not counted");
    }

    @Test
    void aBoundaryPointOnALatticeNotExactInBinaryStaysInItsCellWhenTheGridIsExtended() {
        // 10 x 10 cells of 0.1 m from x 500000.3: 500000.5 is a cell boundary that a recomputed origin rounds
        // differently; the point must stay in the cell it has on the grid itself (column 2, row 4)
        GridGeometry g = new GridGeometry(10, 10, new GeoTransform(500_000.3, 0.1, 0, 4_000_001.0, 0, -0.1),
                Crs.epsg(32636));
        Geometry onGrid = GF.createPoint(new Coordinate(500_000.5, 4_000_000.55));
        VectorLayer alone = new VectorLayer("t", Path.of("t.geojson"), g.crs(), List.of(new Feature(onGrid, Map.of())));
        VectorLayer both = new VectorLayer("t", Path.of("t.geojson"), g.crs(), List.of(new Feature(onGrid, Map.of()),
                new Feature(GF.createPoint(new Coordinate(499_999.85, 4_000_000.55)), Map.of())));
        float[] plain = new EuclideanDistance(GeometryBurner.rasterize(alone, g, RasterizeOptions.defaults()),
                DistanceOptions.defaults()).compute().data();
        int cell = java.util.stream.IntStream.range(0, plain.length).filter(i -> plain[i] == 0).findFirst().orElseThrow();
        var r = FeatureDistance.compute(both, g, DistanceOptions.defaults(), Monitor.NONE);
        assertThat(r.extended()).isTrue();
        assertThat(r.distance().orElseThrow().data()[cell]).isZero();
        // and everywhere equal to a rasterization on the grid's lattice padded far enough
        int pad = 20;
        GridGeometry big = new GridGeometry(10 + 2 * pad, 10 + 2 * pad, new GeoTransform(500_000.3 - pad * 0.1, 0.1, 0,
                4_000_001.0 + pad * 0.1, 0, -0.1), g.crs());
        float[] expected = new EuclideanDistance(GeometryBurner.rasterizeOnLattice(both, g, big, -pad, -pad),
                DistanceOptions.defaults()).compute().crop(new Window(pad, pad, pad + 10, pad + 10)).data();
        assertThat(r.distance().orElseThrow().data()).containsExactly(expected);
    }

    @Test
    void featuresAllOnTheGridGiveThePlainTransform() {
        VectorLayer layer = layer(List.of(line(500_050, 4_000_100, 500_300, 4_000_500)));
        var r = FeatureDistance.compute(layer, GRID, DistanceOptions.defaults(), Monitor.NONE);
        assertThat(r.extended()).isFalse();
        float[] plain = new EuclideanDistance(GeometryBurner.rasterize(layer, GRID, RasterizeOptions.defaults()),
                DistanceOptions.defaults()).compute().data();
        assertThat(r.distance().orElseThrow().data()).containsExactly(plain);
    }

    @Test
    void aRiverJustBeyondTheEastEdgeIsTheNearestFeatureThere() {
        // the grid spans x 500000..500400; a north-south line 25 m east of it, and a point far west inside
        VectorLayer layer = layer(List.of(line(500_425, 3_999_000, 500_425, 4_001_000),
                GF.createPoint(new Coordinate(500_005, 4_000_300))));
        var r = FeatureDistance.compute(layer, GRID, DistanceOptions.defaults(), Monitor.NONE);
        assertThat(r.extended()).isTrue();
        // last column's centre x = 500395; the line burns the cell 500420..500430, centre 500425: 30 m
        for (int row = 0; row < GRID.rows(); row++) {
            assertThat(r.distance().orElseThrow().get(GRID.cols() - 1, row)).isEqualTo(30f);
        }
    }

    @Test
    void onlyFeaturesOutsideTheGridStillGiveDistances() {
        VectorLayer layer = layer(List.of(GF.createPoint(new Coordinate(499_500, 4_000_300))));
        var r = FeatureDistance.compute(layer, GRID, DistanceOptions.defaults(), Monitor.NONE);
        assertThat(r.extended()).isTrue();
        // the point burns the cell with centre (499505, 4000290); cell (0, 15) has centre (500005, 4000290): 500 m
        assertThat(r.distance().orElseThrow().get(0, 15)).isEqualTo(500f);
        assertThat(r.distance().orElseThrow().data()).containsExactly(reference(layer, DistanceOptions.defaults(), 200));
    }

    @Test
    void anExtensionBeyondFourTimesTheGridAndSixteenMillionCellsIsNotMadeAndSaysSo() {
        // 40 x 30 cells of 1 m; a point on the grid and one 1000 km east: reaching it with a max distance of
        // 2000 km would take a grid a million cells wide
        GridGeometry small = new GridGeometry(40, 30, new GeoTransform(500_000, 1, 0, 4_000_030, 0, -1), GRID.crs());
        VectorLayer layer = new VectorLayer("test", Path.of("test.geojson"), GRID.crs(), List.of(
                new Feature(GF.createPoint(new Coordinate(500_020.5, 4_000_015.5)), Map.of()),
                new Feature(GF.createPoint(new Coordinate(1_500_000, 4_000_015.5)), Map.of())));
        var r = FeatureDistance.compute(layer, small, DistanceOptions.defaults().withMaxDistance(2_000_000),
                Monitor.NONE);
        assertThat(r.extended()).isFalse();
        assertThat(r.note()).hasValueSatisfying(n -> assertThat(n).startsWith("features outside the grid are not"
                + " counted: reaching them would take a grid of 10000").endsWith("cells, more than 4 times its size"));
        assertThat(r.distance().orElseThrow().get(20, 14)).isZero();
        // without the max distance the far point is beyond the reach the grid's own point leaves: nothing to say
        var near = FeatureDistance.compute(layer, small, DistanceOptions.defaults(), Monitor.NONE);
        assertThat(near.extended()).isFalse();
        assertThat(near.note()).isEmpty();
        assertThat(near.distance().orElseThrow().data()).containsExactly(r.distance().orElseThrow().data());
    }
}
