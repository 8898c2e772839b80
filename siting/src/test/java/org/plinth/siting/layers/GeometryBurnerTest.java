package org.plinth.siting.layers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.Crs;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;
import org.plinth.raster.distance.FeatureRasterizer;
import org.plinth.raster.distance.RasterizeOptions;

class GeometryBurnerTest {
    private static final GridGeometry GRID = new GridGeometry(10, 10, GeoTransform.northUp(0, 10, 1, 1), Crs.epsg(32636));

    static Geometry wkt(String s) throws ParseException {
        return new WKTReader().read(s);
    }

    @Test
    void jtsGeometriesBurnLikeTheCoordinateArrays() throws ParseException {
        String poly = "POLYGON((1 1, 9 1, 9 9, 1 9, 1 1), (4 4, 4 6, 6 6, 6 4, 4 4))";
        Geometry all = wkt("GEOMETRYCOLLECTION(" + poly + ", LINESTRING(0.5 0.5, 9.5 0.7), MULTIPOINT((0.2 9.8), (20 20)))");
        ByteGrid viaJts = ByteGrid.zeros(GRID, null);
        new GeometryBurner(new FeatureRasterizer(viaJts, RasterizeOptions.defaults())).burn(all);

        FeatureRasterizer direct = new FeatureRasterizer(GRID);
        direct.burnPolygon(List.of(new double[] {1, 1, 9, 1, 9, 9, 1, 9, 1, 1}, new double[] {4, 4, 4, 6, 6, 6, 6, 4, 4, 4}))
                .burnLine(new double[] {0.5, 0.5, 9.5, 0.7})
                .burnPoints(new double[] {0.2, 9.8, 20, 20});
        assertThat(viaJts.data()).containsExactly(direct.grid().data());
        // Spot checks: hole centre (col 4, row 4 -> x 4.5, y 5.5) out; polygon cell (2, 2) in; point cell (0, 0) in.
        assertThat(viaJts.get(4, 4)).isZero();
        assertThat(viaJts.get(2, 2)).isEqualTo(1);
        assertThat(viaJts.get(0, 0)).isEqualTo(1);
        assertThat(viaJts.get(9, 9)).isEqualTo(1);
    }

    @Test
    void rasterizeReprojectsTheLayer() throws ParseException {
        // A point given in WGS 84 lands in the UTM 36N cell containing its projection.
        // lon 33, lat 0 is on zone 36's central meridian: x = 500000, y = 0.
        GridGeometry utm = new GridGeometry(4, 4, GeoTransform.northUp(499850, 200, 100, 100), Crs.epsg(32636));
        VectorLayer layer = new VectorLayer("p", Path.of("p.geojson"), Crs.epsg(4326),
                List.of(new Feature(wkt("POINT(33 0.0009)"), Map.of())));
        ByteGrid g = GeometryBurner.rasterize(layer, utm, RasterizeOptions.defaults());
        // y of lat 0.0009 is about 99.5 m -> row 1 (y 100..0), x 500000 -> col 1 (499950..500050).
        assertThat(g.get(1, 1)).isEqualTo(1);
        int burned = 0;
        for (byte b : g.data()) {
            burned += b;
        }
        assertThat(burned).isEqualTo(1);
    }

    @Test
    void pointCoordinatesOnlyForPointLayers() throws ParseException {
        VectorLayer points = new VectorLayer("p", Path.of("p"), Crs.epsg(32636),
                List.of(new Feature(wkt("POINT(1 2)"), Map.of()), new Feature(wkt("MULTIPOINT((3 4), (5 6))"), Map.of())));
        assertThat(GeometryBurner.pointCoordinates(points)).containsExactly(1, 2, 3, 4, 5, 6);
        VectorLayer mixed = new VectorLayer("m", Path.of("m"), Crs.epsg(32636),
                List.of(new Feature(wkt("POINT(1 2)"), Map.of()), new Feature(wkt("LINESTRING(0 0, 1 1)"), Map.of())));
        assertThat(GeometryBurner.pointCoordinates(mixed)).isNull();
    }
}
