#!/usr/bin/env bash
# Makes the terrain example's data from the real Olinda DEM (R package stars, Apache-2.0).
# The source file's CRS is "UTM zone 25 S on GRS 1980" without an EPSG code; SIRGAS 2000 / UTM 25S
# (EPSG:31985) is the same projection on the same ellipsoid, so the code is assigned, not reprojected.
# viewpoints.geojson is a regular 5 x 5 lattice of illustrative observers (2 km apart, odd rows
# shifted 500 m), made by the Python snippet below: there is no settlement data for this DEM.
set -euo pipefail
cd "$(dirname "$0")"
gdal_translate -q -a_srs EPSG:31985 -co COMPRESS=DEFLATE \
  ../../../raster/src/test/resources/dems/stars_olinda_dem_utm25s.tif olinda_dem_epsg31985.tif
python3 - <<'PY'
import json
feats = []
for i in range(5):
    for j in range(5):
        x = 289776 + j * 2000 + (i % 2) * 500
        y = 9111771 + i * 2000
        feats.append({"type": "Feature", "properties": {"name": f"viewpoint {len(feats) + 1}", "weight": 1},
                      "geometry": {"type": "Point", "coordinates": [x, y]}})
json.dump({"type": "FeatureCollection", "name": "viewpoints",
           "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::31985"}},
           "features": feats}, open("viewpoints.geojson", "w"), indent=1)
PY
