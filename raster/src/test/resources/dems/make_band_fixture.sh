#!/usr/bin/env bash
# Makes olinda_bands3.tif, a three-band DEM for the --band options (GDAL 3.6.2, Debian gdal-bin): band 1 is the
# Olinda DEM times 0.5, band 2 the DEM itself, band 3 the DEM times 2 (Float32, pixel-interleaved, DEFLATE with
# the floating-point predictor); and gdaldem's slope and hillshade of band 3 (gdaldem -b 3 -compute_edges).
# Run from this folder: ./make_band_fixture.sh
set -euo pipefail
cd "$(dirname "$0")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
src=stars_olinda_dem_utm25s.tif
gdal_translate -q -ot Float32 -scale 0 1 0 0.5 "$src" "$tmp/half.tif"
gdal_translate -q -ot Float32 -scale 0 1 0 2 "$src" "$tmp/double.tif"
gdalbuildvrt -q -separate "$tmp/bands.vrt" "$tmp/half.tif" "$src" "$tmp/double.tif"
gdal_translate -q -co COMPRESS=DEFLATE -co PREDICTOR=3 -co INTERLEAVE=PIXEL "$tmp/bands.vrt" olinda_bands3.tif
out=gdal-reference/bands
mkdir -p "$out"
gdaldem slope -q -b 3 -compute_edges olinda_bands3.tif "$out/olinda_band3_slope.tif"
gdaldem hillshade -q -b 3 -compute_edges olinda_bands3.tif "$out/olinda_band3_hillshade.tif"
rm -f ./*.aux.xml "$out"/*.aux.xml
