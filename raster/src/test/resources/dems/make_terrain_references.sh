#!/usr/bin/env bash
# Makes the extra gdaldem references for the terrain kernels (GDAL 3.6.2, Debian gdal-bin).
# Run from this folder: ./make_terrain_references.sh  (needs gdal-bin and Debian's python3-gdal + numpy)
set -euo pipefail
cd "$(dirname "$0")"
out=gdal-reference/terrain
mkdir -p "$out"
dem=stars_olinda_dem_utm25s.tif

# A 6 x 5 plane z = 10*col + 3*row on 10 m cells (EPSG:32636), and Olinda with NoData holes:
# a 5 x 5 block, a single cell, a cell on the west edge and a 3-cell run on the north edge.
/usr/bin/python3 - "$out" "$dem" <<'PY'
import sys
import numpy as np
from osgeo import gdal, osr
out, dem = sys.argv[1], sys.argv[2]
drv = gdal.GetDriverByName('GTiff')
plane = np.fromfunction(lambda r, c: 10.0 * c + 3.0 * r, (5, 6)).astype(np.float32)
ds = drv.Create(out + '/plane_6x5.tif', 6, 5, 1, gdal.GDT_Float32)
ds.SetGeoTransform((500000, 10, 0, 4000000, 0, -10))
srs = osr.SpatialReference(); srs.ImportFromEPSG(32636)
ds.SetProjection(srs.ExportToWkt())
ds.GetRasterBand(1).WriteArray(plane)
ds = None
src = gdal.Open(dem)
z = src.ReadAsArray().astype(np.float32)
z[40:45, 60:65] = -9999
z[20, 20] = -9999
z[70, 0] = -9999
z[0, 30:33] = -9999
ds = drv.CreateCopy(out + '/olinda_holes.tif', src)
ds.GetRasterBand(1).SetNoDataValue(-9999)
ds.GetRasterBand(1).WriteArray(z)
ds = None
PY

gdaldem slope     -q -compute_edges "$out/plane_6x5.tif"   "$out/plane_6x5_slope.tif"
gdaldem slope     -q -compute_edges -p "$dem"              "$out/olinda_slope_percent.tif"
gdaldem hillshade -q -compute_edges -az 135 -alt 30 -z 2 "$dem" "$out/olinda_hillshade_az135_alt30_z2.tif"
gdaldem slope     -q -compute_edges "$out/olinda_holes.tif" "$out/olinda_holes_slope.tif"
gdaldem aspect    -q -compute_edges "$out/olinda_holes.tif" "$out/olinda_holes_aspect.tif"
gdaldem hillshade -q -compute_edges "$out/olinda_holes.tif" "$out/olinda_holes_hillshade.tif"
gdaldem slope     -q                "$out/olinda_holes.tif" "$out/olinda_holes_slope_noedges.tif"
gdaldem slope     -q -compute_edges -s 111120 -p terra_elev_luxembourg.tif "$out/luxembourg_slope_percent_s111120.tif"
gdaldem aspect    -q -compute_edges terra_elev_luxembourg.tif "$out/luxembourg_aspect.tif"
gdaldem hillshade -q -compute_edges -s 111120 terra_elev_luxembourg.tif "$out/luxembourg_hillshade_s111120.tif"
rm -f "$out"/*.aux.xml

# Zevenbergen-Thorne (gdaldem -alg ZevenbergenThorne), with edges, NoData holes and without edges
for dem in "$dem" "$out/olinda_holes.tif"; do
  base="$(basename "$dem" .tif)"
  gdaldem slope     -q -compute_edges -alg ZevenbergenThorne "$dem" "$out/${base}_slope_zt.tif"
  gdaldem aspect    -q -compute_edges -alg ZevenbergenThorne "$dem" "$out/${base}_aspect_zt.tif"
  gdaldem hillshade -q -compute_edges -alg ZevenbergenThorne "$dem" "$out/${base}_hillshade_zt.tif"
done
gdaldem slope -q -alg ZevenbergenThorne "$out/olinda_holes.tif" "$out/olinda_holes_slope_zt_noedges.tif"
gdaldem slope -q -compute_edges -alg ZevenbergenThorne -s 111120 -p terra_elev_luxembourg.tif \
  "$out/luxembourg_slope_percent_s111120_zt.tif"
rm -f "$out"/*.aux.xml
