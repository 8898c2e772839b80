package org.plinth.siting.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.plinth.raster.Crs;
import org.plinth.siting.BadInputException;

class ReprojectionTest {
    /** UTM zone 25S on WGS 84 as a WKT with no AUTHORITY, the way plinth reads a user-defined GeoTIFF CRS. */
    private static final Crs UTM25S_WKT = Crs.of(null, "PROJCS[\"UTM Zone 25, Southern Hemisphere\",GEOGCS[\"WGS 84\","
            + "DATUM[\"WGS 84\",SPHEROID[\"ellipsoid\",6378137,298.257223563]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\","
            + "0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",0],"
            + "PARAMETER[\"central_meridian\",-33],PARAMETER[\"scale_factor\",0.9996],PARAMETER[\"false_easting\","
            + "500000],PARAMETER[\"false_northing\",10000000],UNIT[\"metre\",1]]", false, 6378137.0, 298.257223563);

    @Test
    void aTransverseMercatorWktTransformsAsItsEpsgTwin() {
        Reprojection wkt = Reprojection.between(Crs.epsg(4326), UTM25S_WKT);
        Reprojection epsg = Reprojection.between(Crs.epsg(4326), Crs.epsg(32725));
        for (double[] ll : new double[][] {{-34.87, -7.99}, {-33, -0.5}, {-36.2, -12.4}}) {
            double[] a = wkt.apply(ll[0], ll[1]);
            double[] b = epsg.apply(ll[0], ll[1]);
            assertThat(a[0]).isCloseTo(b[0], within(1e-4));
            assertThat(a[1]).isCloseTo(b[1], within(1e-4));
        }
        // and back, through another EPSG CRS (SIRGAS 2000 / UTM 25S: same ellipsoid, no datum shift)
        double[] there = Reprojection.between(Crs.epsg(31985), UTM25S_WKT).apply(293771, 9115766);
        assertThat(there[0]).isCloseTo(293771, within(0.01));
        assertThat(there[1]).isCloseTo(9115766, within(0.01));
    }

    @Test
    void otherWktOnlyCrssAreRefused() {
        Crs lambert = Crs.of(null, "PROJCS[\"x\",GEOGCS[\"g\",DATUM[\"d\",SPHEROID[\"s\",6378137,298.257223563]]],"
                + "PROJECTION[\"Lambert_Conformal_Conic\"],UNIT[\"metre\",1]]", false, 6378137.0, 298.257223563);
        assertThatThrownBy(() -> Reprojection.between(Crs.epsg(4326), lambert)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("needs an EPSG code, or a geographic or Transverse Mercator WKT in metres");
        assertThatThrownBy(() -> Reprojection.between(Crs.epsg(4326), UTM25S_WKT.withLinearUnit("foot", 0.3048)))
                .isInstanceOf(BadInputException.class);
        // NTF (Paris): the Paris meridian and grads, which the PROJ string would silently drop
        Crs paris = Crs.of(null, "GEOGCS[\"NTF (Paris)\",DATUM[\"NTF\",SPHEROID[\"Clarke 1880 (IGN)\",6378249.2,"
                + "293.466021293627]],PRIMEM[\"Paris\",2.5969213],UNIT[\"grad\",0.0157079632679489]]", true,
                6378249.2, 293.466021293627);
        assertThatThrownBy(() -> Reprojection.between(Crs.epsg(4326), paris)).isInstanceOf(BadInputException.class);
        Crs southOriented = Crs.of(null, UTM25S_WKT.wkt().orElseThrow().replace("Transverse_Mercator",
                "Transverse_Mercator_South_Orientated"), false, 6378137.0, 298.257223563);
        assertThatThrownBy(() -> Reprojection.between(Crs.epsg(4326), southOriented))
                .isInstanceOf(BadInputException.class);
    }
}
