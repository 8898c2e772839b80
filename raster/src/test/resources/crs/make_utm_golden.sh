#!/usr/bin/env bash
# Golden UTM coordinates from GDAL 3.6.2 / PROJ 9 (Debian gdal-bin): lon,lat,epsg,easting,northing.
# PROJ's default tmerc is Poder/Engsager's extended series, accurate to about 1 mm far from the
# central meridian and to well under that inside a zone. Run from this folder: ./make_utm_golden.sh
set -euo pipefail
cd "$(dirname "$0")"
points=(
  "33 0 32636" "36 31.5 32636" "30.0 31.5 32636" "35.25 36.75 32636" "39.0 10 32636"
  "27 45 32636" "33.7 -1 32736" "33 -33.9 32736" "36.999 -79.5 32736" "31.2 83.9 32636"
  "6.1375 49.8167 32632" "5.7417 50.1917 32632" "-34.87 -7.99 32725" "-34.87 -7.99 32724"
  "-122.42 37.77 32610" "151.21 -33.87 32756" "-0.0001 51.4779 32630" "179.9 -16.5 32760"
  "-180 0.5 32601" "9 0 32632" "2.9 0.0001 32631" "-3.0 -0.0001 32730" "10.5 62 32632"
)
{
  echo "lon,lat,epsg,easting,northing"
  for p in "${points[@]}"; do
    set -- $p
    out=$(echo "$1 $2" | gdaltransform -s_srs EPSG:4326 -t_srs EPSG:$3 -output_xy)
    set -- $1 $2 $3 $out
    printf '%s,%s,%s,%s,%s\n' "$1" "$2" "$3" "$4" "$5"
  done
} > utm_golden.csv
