package org.plinth.raster.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.plinth.raster.Crs;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.GeoTransform;
import org.plinth.raster.GridGeometry;

class ResampleTest {
    static final Crs UTM = Crs.epsg(32636);

    @Test
    void samePlaneIsReproducedExactlyAtOtherCellCentres() {
        // z = 2x − 3y + 10 is linear, so bilinear interpolation reproduces it wherever four neighbours exist.
        GridGeometry src = new GridGeometry(20, 15, GeoTransform.northUp(1000, 2000, 10, 10), UTM);
        float[] d = new float[300];
        for (int r = 0; r < 15; r++) {
            for (int c = 0; c < 20; c++) {
                d[r * 20 + c] = (float) (2 * src.transform().centreX(c) - 3 * src.transform().centreY(r) + 10);
            }
        }
        GridGeometry dst = new GridGeometry(12, 9, GeoTransform.northUp(1013, 1987, 13.3, 13.3), UTM);
        FloatGrid out = Resample.bilinear(new FloatGrid(src, d, null), dst);
        for (int r = 0; r < 9; r++) {
            for (int c = 0; c < 12; c++) {
                double x = dst.transform().centreX(c);
                double y = dst.transform().centreY(r);
                assertThat((double) out.get(c, r)).isCloseTo(2 * x - 3 * y + 10, within(0.01));
            }
        }
    }

    @Test
    void identicalGridGivesIdenticalValuesAndOutsideIsNaN() {
        SplittableRandom rnd = new SplittableRandom(42);
        GridGeometry g = new GridGeometry(7, 5, GeoTransform.northUp(0, 50, 10, 10), UTM);
        float[] d = new float[35];
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) rnd.nextDouble(0, 100);
        }
        FloatGrid out = Resample.bilinear(new FloatGrid(g, d, null), g);
        assertThat(out.data()).containsExactly(d);
        GridGeometry shifted = new GridGeometry(3, 1, GeoTransform.northUp(60, 50, 10, 10), UTM);
        FloatGrid o2 = Resample.bilinear(new FloatGrid(g, d, null), shifted);
        // centres 65 (inside), 75 (outside the source's 0..70 extent), 85
        assertThat(o2.get(0, 0)).isEqualTo(d[6]);
        assertThat(o2.get(1, 0)).isNaN();
    }
}
