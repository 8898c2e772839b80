package org.plinth.raster.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.plinth.raster.ByteGrid;
import org.plinth.raster.FloatGrid;
import org.plinth.raster.Monitor;

/** Byte rasters read as bytes hold exactly what the float read gives, for every layout and codec GDAL wrote. */
class ByteReadTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"byte_none_striped.tif", "byte_none_tiled.tif", "byte_deflate1_striped.tif",
        "byte_deflate2_tiled.tif", "byte_lzw1_tiled.tif", "byte_lzw2_striped.tif", "byte_packbits_striped.tif",
        "byte_packbits_tiled.tif", "be_byte_none_striped.tif", "be_byte_lzw2_tiled.tif",
        "bands3_byte_pixel_lzw2_tiled.tif", "lzw_table_resets_byte.tif", "nodata_byte_packbits_tiled.tif"})
    void bytesEqualTheFloatRead(String name) {
        Path p = RealDemTest.resource("tiff/" + name);
        FloatGrid floats = GeoTiffReader.read(p).grid();
        ByteGrid bytes = RasterFiles.readBytes(p, 1, Monitor.NONE).orElseThrow();
        assertThat(bytes.geometry()).isEqualTo(floats.geometry());
        float[] f = floats.data();
        byte[] b = bytes.data();
        assertThat(b).hasSize(f.length);
        for (int i = 0; i < f.length; i++) {
            assertThat((float) (b[i] & 0xFF)).as("%s cell %d", name, i).isEqualTo(f[i]);
        }
        Float nd = floats.noData();
        assertThat(bytes.noData()).isEqualTo(nd == null ? null : nd.intValue());
    }

    @Test
    void otherSampleTypesAreNotReadAsBytes() {
        Path dem = RealDemTest.resource("dems/stars_olinda_dem_utm25s.tif");
        assertThat(RasterFiles.readBytes(dem, 1, Monitor.NONE)).isEmpty();
        assertThat(RasterFiles.readBytes(RealDemTest.resource("dems/stars_olinda_dem_utm25s.asc"), 1, Monitor.NONE)).isEmpty();
    }
}
