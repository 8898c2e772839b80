package org.plinth.siting.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.plinth.siting.run.SiteRecord;

/** The sites table's declared extent, which QGIS's "zoom to layer" and ogrinfo use. */
class SitesGeoPackageTest {
    @TempDir
    Path dir;

    static final Envelope KURSK = new Envelope(34.08, 38.55, 50.87, 52.45);

    @Test
    void extentIsTheSitesBoundsOrTheAreaWhenThereAreNoSites() throws SQLException {
        Path empty = dir.resolve("empty.gpkg");
        SitesGeoPackage.write(empty, List.of(), 32637, KURSK);
        assertThat(extent(empty)).containsExactly(34.08, 50.87, 38.55, 52.45);
        Path two = dir.resolve("two.gpkg");
        SitesGeoPackage.write(two, List.of(site(1, 36.2, 51.7), site(2, 35.1, 52.1)), 32637, KURSK);
        assertThat(extent(two)).containsExactly(35.1, 51.7, 36.2, 52.1);
    }

    private static SiteRecord site(int rank, double lon, double lat) {
        return new SiteRecord("heritage", rank, 0, 0, lon, lat, 0.5, 1e4, List.of(), "Kursk", 1000);
    }

    private static double[] extent(Path gpkg) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg);
             ResultSet r = c.createStatement().executeQuery(
                     "SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = 'sites'")) {
            assertThat(r.next()).isTrue();
            return new double[] {r.getDouble(1), r.getDouble(2), r.getDouble(3), r.getDouble(4)};
        }
    }
}
