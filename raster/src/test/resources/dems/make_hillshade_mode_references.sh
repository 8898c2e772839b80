#!/usr/bin/env bash
# Makes the gdaldem references for plinth's hillshade modes (GDAL 3.6.2, Debian gdal-bin):
# -multidirectional, -combined and -igor, each with Horn and ZevenbergenThorne, with and without
# -compute_edges, on Olinda with NoData holes (made by make_terrain_references.sh), plus z-factor,
# scale and light variants. Run from this folder: ./make_hillshade_mode_references.sh (needs gdal-bin).
set -euo pipefail
cd "$(dirname "$0")"
out=gdal-reference/terrain/hillshade_modes
mkdir -p "$out"
holes=gdal-reference/terrain/olinda_holes.tif
# DEFLATE keeps the fixtures small; the values are gdaldem's Byte output as is.
co=(-co COMPRESS=DEFLATE)

for mode in multidirectional combined igor; do
  for alg in Horn ZevenbergenThorne; do
    gdaldem hillshade -q "${co[@]}" -"$mode" -alg "$alg" -compute_edges "$holes" "$out/holes_${mode}_${alg}_edges.tif"
    gdaldem hillshade -q "${co[@]}" -"$mode" -alg "$alg"                "$holes" "$out/holes_${mode}_${alg}_noedges.tif"
  done
  # an Int16 DEM in degrees with gdaldem's scale, and a z-factor
  gdaldem hillshade -q "${co[@]}" -"$mode" -compute_edges -s 111120 -z 2 terra_elev_luxembourg.tif \
    "$out/luxembourg_${mode}_s111120_z2.tif"
done
# other light and steep relief (z-factor 10 or 20, so shadows and clamps occur);
# -multidirectional takes no -az and -igor no -alt (gdaldem refuses both)
gdaldem hillshade -q "${co[@]}" -multidirectional -compute_edges -alt 30 -z 10 stars_olinda_dem_utm25s.tif \
  "$out/olinda_multidirectional_alt30_z10.tif"
gdaldem hillshade -q "${co[@]}" -combined -compute_edges -az 135 -alt 30 -z 20 stars_olinda_dem_utm25s.tif \
  "$out/olinda_combined_az135_alt30_z20.tif"
gdaldem hillshade -q "${co[@]}" -igor -compute_edges -az 135 -z 20 stars_olinda_dem_utm25s.tif \
  "$out/olinda_igor_az135_z20.tif"
# cells that are not square (90 x 60 m, Olinda resampled): Igor takes the light's angle to the slope from the
# differences before they are divided by the cell sizes
gdalwarp -q -overwrite -tr 90 60 -r bilinear -co COMPRESS=DEFLATE stars_olinda_dem_utm25s.tif "$out/olinda_90x60.tif"
for mode in multidirectional combined igor; do
  gdaldem hillshade -q "${co[@]}" -"$mode" -compute_edges -z 5 "$out/olinda_90x60.tif" "$out/olinda_90x60_${mode}_z5.tif"
done
rm -f "$out"/*.aux.xml
