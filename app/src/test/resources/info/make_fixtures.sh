#!/usr/bin/env bash
# Makes the `plinth raster info` fixtures here with GDAL 3.6 (Debian's /usr/bin/python3 + osgeo): NoData
# values that float32 cannot hold exactly, which info must show as the file states them.
#   uint32_nodata_max.tif    UInt32 3 x 1, NoData 4294967295 (float32 rounds it to 4294967296)
#   float64_nodata_frac.tif  Float64 3 x 1, NoData -9999.123456789
#   plain_int16_nogeo.tif    Int16 5 x 3, LZW, no georeferencing and no CRS (a scan, a raw export), values
#                            row * 10 + col - 7, NoData -7 (cell (0, 0))
set -euo pipefail
cd "$(dirname "$0")"
/usr/bin/python3 - <<'PY'
import numpy as np
from osgeo import gdal, osr
gdal.UseExceptions()
srs = osr.SpatialReference()
srs.ImportFromEPSG(32636)
for name, gdt, nodata, values in [('uint32_nodata_max.tif', gdal.GDT_UInt32, 4294967295, np.array([[1, 4294967295, 7]], np.uint32)),
                                  ('float64_nodata_frac.tif', gdal.GDT_Float64, -9999.123456789, np.array([[1, -9999.123456789, 7]]))]:
    ds = gdal.GetDriverByName('GTiff').Create(name, 3, 1, 1, gdt)
    ds.SetGeoTransform((431000.0, 30.0, 0.0, 5731000.0, 0.0, -30.0))
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).SetNoDataValue(nodata)
    ds.GetRasterBand(1).WriteArray(values)
    ds = None
ds = gdal.GetDriverByName('GTiff').Create('plain_int16_nogeo.tif', 5, 3, 1, gdal.GDT_Int16, ['COMPRESS=LZW'])
ds.GetRasterBand(1).SetNoDataValue(-7)
ds.GetRasterBand(1).WriteArray(np.array([[r * 10 + c - 7 for c in range(5)] for r in range(3)], np.int16))
ds = None
PY
