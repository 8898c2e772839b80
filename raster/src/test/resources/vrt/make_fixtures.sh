#!/usr/bin/env bash
# Makes the VRT reader fixtures in this folder with GDAL (Debian's /usr/bin/python3 + osgeo and
# gdalbuildvrt / gdal_translate / gdalwarp, GDAL 3.6.2): small tiles, the VRTs gdalbuildvrt makes of
# them, and what GDAL reads from each VRT (gdal_translate to an uncompressed GeoTIFF, *.ref.tif).
#
# Tiles are 30 x 20 cells of 30 m in EPSG:32636 on one lattice; tile (i, j) has its top-left corner
# 29 columns east and 19 rows south of tile (0, 0)'s, so neighbours share an edge column or row, as
# SRTM tiles do. Cell (c, r) of tile t holds 100 * t + (3 * c + 7 * r) % 50; with NoData, cells with
# (c + r + t) % 9 == 0 hold it.
#   int16_mosaic.vrt    Int16 tiles (0,0) (1,0) (0,1) with NoData -32768: ComplexSource + NODATA,
#                       the missing south-east tile is NoData
#   float32_plain.vrt   Float32 tiles without NoData (0,0) (1,1): SimpleSource, the gaps are 0
#   float32_vrtnodata.vrt  the same tiles with -vrtnodata -9999: the gaps are -9999 and NoData
#   srcnodata.vrt       Float32 tiles (0,0) (1,0) with -srcnodata 105 -vrtnodata -9999 (cells of 105
#                       are not painted: -9999 where no other tile has the cell)
#   scaled.vrt          int16_mosaic.vrt in a Float32 band with ScaleOffset 1000 and ScaleRatio 0.3
#   clamp_*.vrt         Int16 / Int32 values in Byte, Int16 and UInt16 bands (gdal_translate -of VRT -ot):
#                       GDAL clamps them to the band type's range
#   hidenodata.vrt      int16_mosaic's tiles with -hidenodata: the gaps hold -32768 as data, no NoData
#   near.vrt            a Float32 tile with NoData -9999 and cells of -9999.001 / -9998.999, which GDAL's
#                       ComplexSource leaves unpainted (within float epsilon x |sum| x 2), and -9998.99
#   near64.vrt          the same in Float64 (-9999.004 is NoData too: float's epsilon in double)
#   ninf.vrt            a Float32 tile with NoData -inf (GDAL writes "-inf")
#   offsets.vrt         int16_mosaic.vrt with rectangles reaching off their sources and off the VRT
#   alpha.vrt           a Byte tile with an alpha band (UseMaskBand): refused by plinth
#   nodata_range.vrt    Int16 tiles with -vrtnodata 40000, which GDAL fills as 32767 data: refused
#   rounding.vrt        an 8 x 2 Float32 tile of halves, out-of-range values and NaN in an Int16 band,
#                       which GDAL 3.6 rounds in double (0.49999997 -> 0) where a Byte or Int32 band
#                       rounds in float (-> 1) and NaN becomes the type's minimum: refused by plinth
#                       (gdal_translate -of VRT -ot Int16)
#   resampled.vrt       a 30 m tile and a 60 m tile with -resolution highest: refused by plinth
#   warped.vrt          gdalwarp -of VRT to EPSG:4326: refused by plinth
#
# Usage: raster/src/test/resources/vrt/make_fixtures.sh   (rewrites the files here)
set -euo pipefail
cd "$(dirname "$0")"
rm -f ./*.tif ./*.vrt ./*.aux.xml
/usr/bin/python3 - <<'PY'
import numpy as np
from osgeo import gdal, osr

gdal.UseExceptions()
COLS, ROWS, CELL = 30, 20, 30.0
X0, Y0 = 431000.0, 5731000.0

def tile(name, i, j, dtype, nodata=None, cell=CELL, t=None):
    t = i + 2 * j if t is None else t
    cols, rows = (COLS, ROWS) if cell == CELL else (COLS // 2, ROWS // 2)
    c, r = np.meshgrid(np.arange(cols), np.arange(rows))
    v = 100 * t + (3 * c + 7 * r) % 50
    if nodata is not None:
        v = np.where((c + r + t) % 9 == 0, nodata, v)
    gdt = {'Int16': gdal.GDT_Int16, 'Float32': gdal.GDT_Float32}[dtype]
    ds = gdal.GetDriverByName('GTiff').Create(name, cols, rows, 1, gdt, ['TILED=NO', 'COMPRESS=DEFLATE'])
    ds.SetGeoTransform((X0 + 29 * CELL * i, cell, 0.0, Y0 - 19 * CELL * j, 0.0, -cell))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32636)
    ds.SetProjection(srs.ExportToWkt())
    b = ds.GetRasterBand(1)
    if nodata is not None:
        b.SetNoDataValue(nodata)
    b.WriteArray(v.astype(np.int16 if dtype == 'Int16' else np.float32))
    ds = None

for i, j in [(0, 0), (1, 0), (0, 1)]:
    tile(f'i16_{i}{j}.tif', i, j, 'Int16', nodata=-32768)
for i, j in [(0, 0), (1, 1), (1, 0)]:
    tile(f'f32_{i}{j}.tif', i, j, 'Float32')
tile('coarse_10.tif', 1, 0, 'Float32', cell=60.0)
# values that an Int16 band must round, clamp or zero as GDAL does
ds = gdal.GetDriverByName('GTiff').Create('halves_f32.tif', 8, 2, 1, gdal.GDT_Float32)
ds.SetGeoTransform((X0, CELL, 0.0, Y0, 0.0, -CELL))
srs = osr.SpatialReference()
srs.ImportFromEPSG(32636)
ds.SetProjection(srs.ExportToWkt())
ds.GetRasterBand(1).WriteArray(np.array([[2.5, -2.5, 0.49999997, -0.5, 1.5, 40000.0, -40000.0, np.nan],
                                         [3.4, -3.6, 32767.5, -32768.5, 1e30, -1e30, 7.0, -0.0]], np.float32))
ds = None
# integers out of a narrower band's range, which GDAL clamps
for name, gdt, values in [('wide_i16.tif', gdal.GDT_Int16, [300, -5, 100, 32767]),
                          ('wide_i32.tif', gdal.GDT_Int32, [70000, -70000, 100, -5])]:
    ds = gdal.GetDriverByName('GTiff').Create(name, 4, 1, 1, gdt)
    ds.SetGeoTransform((X0, CELL, 0.0, Y0, 0.0, -CELL))
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(np.array([values]))
    ds = None
# NoData -9999 and cells a little off it, which GDAL's ComplexSource takes as NoData (ARE_REAL_EQUAL)
ds = gdal.GetDriverByName('GTiff').Create('near_f32.tif', 6, 1, 1, gdal.GDT_Float32)
ds.SetGeoTransform((X0, CELL, 0.0, Y0, 0.0, -CELL))
ds.SetProjection(srs.ExportToWkt())
ds.GetRasterBand(1).SetNoDataValue(-9999)
ds.GetRasterBand(1).WriteArray(np.array([[-9999.0, -9999.001, -9998.999, -9998.99, -9999.01, 5.0]], np.float32))
ds = None
# the same in Float64 (GDAL compares in double there, with float's epsilon), and NoData -inf
ds = gdal.GetDriverByName('GTiff').Create('near_f64.tif', 6, 1, 1, gdal.GDT_Float64)
ds.SetGeoTransform((X0, CELL, 0.0, Y0, 0.0, -CELL))
ds.SetProjection(srs.ExportToWkt())
ds.GetRasterBand(1).SetNoDataValue(-9999)
ds.GetRasterBand(1).WriteArray(np.array([[-9999.0, -9999.001, -9999.004, -9998.99, -9999.01, 5.0]]))
ds = None
ds = gdal.GetDriverByName('GTiff').Create('ninf_f32.tif', 4, 1, 1, gdal.GDT_Float32)
ds.SetGeoTransform((X0, CELL, 0.0, Y0, 0.0, -CELL))
ds.SetProjection(srs.ExportToWkt())
ds.GetRasterBand(1).SetNoDataValue(float('-inf'))
ds.GetRasterBand(1).WriteArray(np.array([[1.0, float('-inf'), 3.0, float('inf')]], np.float32))
ds = None
# a Byte tile with an alpha band: gdalbuildvrt writes UseMaskBand, which plinth refuses
ds = gdal.GetDriverByName('GTiff').Create('alpha_byte.tif', 4, 2, 2, gdal.GDT_Byte, ['ALPHA=YES'])
ds.SetGeoTransform((X0, CELL, 0.0, Y0, 0.0, -CELL))
ds.SetProjection(srs.ExportToWkt())
ds.GetRasterBand(1).WriteArray(np.full((2, 4), 7, np.uint8))
ds.GetRasterBand(2).WriteArray(np.array([[255, 0, 255, 255], [255, 255, 0, 255]], np.uint8))
ds = None
PY
gdalbuildvrt -q int16_mosaic.vrt i16_00.tif i16_10.tif i16_01.tif
gdalbuildvrt -q float32_plain.vrt f32_00.tif f32_11.tif
gdalbuildvrt -q -vrtnodata -9999 float32_vrtnodata.vrt f32_00.tif f32_11.tif
gdalbuildvrt -q -srcnodata 105 -vrtnodata -9999 srcnodata.vrt f32_00.tif f32_10.tif
gdalbuildvrt -q -resolution highest resampled.vrt f32_00.tif coarse_10.tif
gdal_translate -q -of VRT -ot Int16 halves_f32.tif rounding.vrt
gdalbuildvrt -q -hidenodata hidenodata.vrt i16_00.tif i16_10.tif i16_01.tif
gdalbuildvrt -q near.vrt near_f32.tif
gdalbuildvrt -q near64.vrt near_f64.tif
gdalbuildvrt -q ninf.vrt ninf_f32.tif
# rectangles off their source and off the VRT: source 1 reaches 3 columns and 2 rows before its raster
# and 3 columns after it (and off the VRT's west and north edges); source 2 starts 5 columns into its
# raster and runs 5 columns past it (and past the VRT's east edge)
sed -e '0,/<SrcRect[^>]*>/s//<SrcRect xOff="-3" yOff="-2" xSize="36" ySize="24" \/>/' \
  -e '0,/<DstRect[^>]*>/s//<DstRect xOff="-3" yOff="-2" xSize="36" ySize="24" \/>/' int16_mosaic.vrt |
  awk 'BEGIN { n = 0 } /<SrcRect/ { n++; if (n == 2) sub(/<SrcRect[^>]*>/, "<SrcRect xOff=\"5\" yOff=\"0\" xSize=\"30\" ySize=\"20\" />") }
       { print }' > offsets.vrt
gdalbuildvrt -q alpha.vrt alpha_byte.tif
gdalbuildvrt -q -vrtnodata 40000 nodata_range.vrt i16_00.tif i16_10.tif i16_01.tif 2> /dev/null
gdal_translate -q -of VRT -ot Byte wide_i16.tif clamp_byte.vrt
gdal_translate -q -of VRT -ot Int16 wide_i32.tif clamp_int16.vrt
gdal_translate -q -of VRT -ot UInt16 wide_i32.tif clamp_uint16.vrt
sed -e 's/dataType="Int16"/dataType="Float32"/' \
  -e 's#<NODATA>-32768</NODATA>#<NODATA>-32768</NODATA><ScaleOffset>1000</ScaleOffset><ScaleRatio>0.3</ScaleRatio>#' \
  int16_mosaic.vrt > scaled.vrt
gdalwarp -q -of VRT -t_srs EPSG:4326 f32_00.tif warped.vrt
for v in int16_mosaic float32_plain float32_vrtnodata srcnodata scaled clamp_byte clamp_int16 clamp_uint16 hidenodata near \
    near64 ninf offsets; do
  gdal_translate -q "$v.vrt" "$v.ref.tif"
done
rm -f ./*.aux.xml
