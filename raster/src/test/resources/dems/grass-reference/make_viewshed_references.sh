#!/usr/bin/env bash
# Makes the GRASS r.viewshed reference outputs used by plinth's viewshed tests.
# Needs Debian's grass-core 8.2.1 and gdal-bin 3.6.2. Run from this folder:  ./make_viewshed_references.sh
# Each output is Byte, 1 = visible, 0 = not visible or out of range (r.viewshed -b), on the DEM's grid.
# Curvature: "-c -r refraction_coeff=0.14286" equals gdal_viewshed's default -cc 0.85714; no -c is a flat earth.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dems=$(dirname "$here")
G=$(mktemp -d)
trap 'rm -rf "$G" "$GISRC"' EXIT
export GISBASE=/usr/lib/grass82
export PATH="$GISBASE/bin:$GISBASE/scripts:$PATH" LD_LIBRARY_PATH="$GISBASE/lib"
export GISRC=$(mktemp) GRASS_OVERWRITE=1 GRASS_VERBOSE=0

# location <name> <crs>: creates and enters a location
location() {
  grass -c "$2" -e "$G/$1" >/dev/null 2>&1
  printf 'GISDBASE: %s\nLOCATION_NAME: %s\nMAPSET: PERMANENT\nGUI: text\n' "$G" "$1" > "$GISRC"
}
# viewshed <dem map> <output name> <x,y> <observer h> <target h> <max distance|-1> [flags...]
viewshed() {
  local dem=$1 out=$2 xy=$3 oh=$4 th=$5 md=$6; shift 6
  r.viewshed -b "$@" input="$dem" output=vs coordinates="$xy" observer_elevation="$oh" \
    target_elevation="$th" max_distance="$md" memory=2000
  r.out.gdal -c --quiet input=vs output="$here/$out.tif" format=GTiff type=Byte \
    createopt=COMPRESS=DEFLATE >/dev/null
}
curv=(-c -r refraction_coeff=0.14286)

location olinda EPSG:32725
r.in.gdal -o --quiet input="$dems/stars_olinda_dem_utm25s.tif" output=dem && g.region raster=dem
viewshed dem olinda_rviewshed_center_h10 293771,9115766 10 0 5000 "${curv[@]}"
viewshed dem olinda_rviewshed_peak_h2_unlimited 289451.205505924,9119815.812321568 2 0 -1 "${curv[@]}"
viewshed dem olinda_rviewshed_low_h1.7_t3_md4000_flat 291521.06905496144,9113516.227607107 1.7 3 4000

location lux EPSG:4326
r.in.gdal -o --quiet input="$dems/terra_elev_luxembourg.tif" output=dem && g.region raster=dem
viewshed dem lux_rviewshed_h2_md30000 6.079166666666667,49.93749999999999 2 0 30000 "${curv[@]}"

location synth EPSG:32636
r.in.gdal -o --quiet input="$dems/synthetic_ridges_256.tif" output=dem && g.region raster=dem
viewshed dem synth_rviewshed_centre_h1.7_unlimited 613695,3487305 1.7 0 -1 "${curv[@]}"
viewshed dem synth_rviewshed_peak_h5_md5000_flat 614535,3485285 5 0 5000
rm -f "$here"/*.aux.xml
