#!/usr/bin/env bash
# Makes the gdalwarp references for org.plinth.raster.crs.Warp (GDAL 3.6.2, PROJ 9.1, Debian gdal-bin).
# -et 0 makes gdalwarp transform every cell exactly; -ot Float32 keeps bilinear values unrounded.
# Run from this folder: ./make_warp_references.sh
set -euo pipefail
cd "$(dirname "$0")"
out=gdal-reference/warp
mkdir -p "$out"
src=terra_elev_luxembourg.tif
gdalwarp -q -overwrite -t_srs EPSG:32632 -r bilinear -et 0 -ot Float32 "$src" "$out/luxembourg_utm32_bilinear.tif"
gdalwarp -q -overwrite -t_srs EPSG:32632 -r near     -et 0 -ot Float32 "$src" "$out/luxembourg_utm32_near.tif"
gdalwarp -q -overwrite -t_srs EPSG:32632 -r bilinear -et 0 -ot Float32 -tr 250 250 "$src" "$out/luxembourg_utm32_bilinear_250m.tif"
rm -f "$out"/*.aux.xml
