#!/usr/bin/env bash
# Makes the GeoTIFF reader fixtures in this folder with GDAL (Debian's /usr/bin/python3 + osgeo,
# GDAL 3.6.2) and records what `gdalinfo -json` says about each in fixtures.tsv.
#
# Every fixture is 37 x 23 cells (partial 16 x 16 tiles and 5-row strips) filled with a
# deterministic pattern of k = row * 37 + col that GeoTiffFixtureTest recomputes:
#   Byte    (37k + 11) mod 256            Int8   that minus 128
#   UInt16  (2311k + 7) mod 65536         Int16  that minus 32768
#   UInt32  (2654435761k + 12345) mod 2^32  Int32 that minus 2^31
#   Float32 float32((k - 400) * 0.37 * (1 + k mod 7))   (computed in double, then rounded)
#   Float64 (k - 400) * 0.37 * (1 + k mod 7) / 3.0
# Band b (1-based) of a multi-band fixture holds the pattern of k + 1000 * (b - 1).
# Fixtures with NoData set every cell with k mod 11 == 0 to the NoData value.
#
# Usage: raster/src/test/resources/tiff/make_fixtures.sh   (rewrites *.tif and fixtures.tsv here)
set -euo pipefail
cd "$(dirname "$0")"
rm -f ./*.tif ./*.aux.xml fixtures.tsv
exec /usr/bin/python3 - <<'PY'
import json, subprocess
import numpy as np
from osgeo import gdal, osr

gdal.UseExceptions()
COLS, ROWS = 37, 23
UTM36N = 32636

def pattern(dtype, band=1):
    k = np.arange(ROWS * COLS, dtype=np.int64).reshape(ROWS, COLS) + 1000 * (band - 1)
    if dtype in ('Byte', 'Int8'):
        v = (37 * k + 11) % 256
        return (v - 128).astype(np.int8) if dtype == 'Int8' else v.astype(np.uint8)
    if dtype in ('UInt16', 'Int16'):
        v = (2311 * k + 7) % 65536
        return (v - 32768).astype(np.int16) if dtype == 'Int16' else v.astype(np.uint16)
    if dtype in ('UInt32', 'Int32'):
        v = (2654435761 * k + 12345) % 2**32
        return (v - 2**31).astype(np.int32) if dtype == 'Int32' else v.astype(np.uint32)
    f = (k - 400) * 0.37 * (1 + k % 7)
    return f.astype(np.float32) if dtype == 'Float32' else f / 3.0

GDT = {'Byte': gdal.GDT_Byte, 'Int8': gdal.GDT_Byte, 'UInt16': gdal.GDT_UInt16, 'Int16': gdal.GDT_Int16,
       'UInt32': gdal.GDT_UInt32, 'Int32': gdal.GDT_Int32, 'Float32': gdal.GDT_Float32,
       'Float64': gdal.GDT_Float64}

def make(name, dtype, options, epsg=UTM36N, srs=None, nodata=None, bands=1, point=False,
         gt=(431000.0, 30.0, 0.0, 5731000.0, 0.0, -30.0), fmt='GTiff'):
    mem_options = ['PIXELTYPE=SIGNEDBYTE'] if dtype == 'Int8' else []
    mem = gdal.GetDriverByName('MEM').Create('', COLS, ROWS, bands, GDT[dtype], mem_options)
    mem.SetGeoTransform(gt)
    ref = osr.SpatialReference()
    if srs:
        ref.ImportFromProj4(srs)
    else:
        ref.ImportFromEPSG(epsg)
    mem.SetProjection(ref.ExportToWkt())
    if point:
        mem.SetMetadataItem('AREA_OR_POINT', 'Point')
    for b in range(1, bands + 1):
        a = pattern(dtype, b)
        if nodata is not None:
            k = np.arange(ROWS * COLS).reshape(ROWS, COLS)
            a = a.copy()
            a[k % 11 == 0] = nodata
            mem.GetRasterBand(b).SetNoDataValue(nodata)
        mem.GetRasterBand(b).WriteArray(a.view(np.uint8) if dtype == 'Int8' else a)
    if dtype == 'Int8':
        options = options + ['PIXELTYPE=SIGNEDBYTE']
    gdal.Translate(name, mem, format=fmt, creationOptions=options)
    info = json.loads(subprocess.check_output(['gdalinfo', '-json', name]))
    wkt = info.get('coordinateSystem', {}).get('wkt', '')
    code = 'none'
    if wkt:
        r = osr.SpatialReference(wkt=wkt)
        code = r.GetAuthorityCode(None) or 'none'
    band = info['bands'][0]
    gtype = 'Int8' if band.get('metadata', {}).get('IMAGE_STRUCTURE', {}).get('PIXELTYPE') == 'SIGNEDBYTE' \
        else band['type']
    nd = band.get('noDataValue', 'none')
    anchor = info.get('metadata', {}).get('', {}).get('AREA_OR_POINT', 'Area')
    row = [name, gtype, str(info['size'][0]), str(info['size'][1])] + [repr(float(x)) for x in info['geoTransform']] \
        + [code, str(nd), str(len(info['bands'])), anchor]
    golden.append('\t'.join(row))

golden = ['# file\ttype\tcols\trows\tgt0\tgt1\tgt2\tgt3\tgt4\tgt5\tepsg\tnodata\tbands\tanchor  (from gdalinfo -json)']
TILED = ['TILED=YES', 'BLOCKXSIZE=16', 'BLOCKYSIZE=16']
STRIPED = ['BLOCKYSIZE=5']
INTS = ['Byte', 'Int16', 'UInt16', 'Int32', 'UInt32']
FLOATS = ['Float32', 'Float64']

def codecs(dtype):
    c = [('none', ['COMPRESS=NONE']), ('packbits', ['COMPRESS=PACKBITS'])]
    preds = [1, 2, 3] if dtype in FLOATS else [1, 2]
    for comp in ('lzw', 'deflate'):
        for p in preds:
            c.append((comp + str(p), ['COMPRESS=' + comp.upper(), 'PREDICTOR=' + str(p)]))
    return c

# The matrix: every type x compression x predictor x layout, little-endian, EPSG:32636.
for dtype in INTS + FLOATS:
    for cname, copts in codecs(dtype):
        for lname, lopts in (('striped', STRIPED), ('tiled', TILED)):
            make('%s_%s_%s.tif' % (dtype.lower(), cname, lname), dtype, copts + lopts)

# Big-endian files.
for dtype in INTS + FLOATS:
    make('be_%s_none_striped.tif' % dtype.lower(), dtype, ['ENDIANNESS=BIG', 'COMPRESS=NONE'] + STRIPED)
    make('be_%s_lzw2_tiled.tif' % dtype.lower(), dtype, ['ENDIANNESS=BIG', 'COMPRESS=LZW', 'PREDICTOR=2'] + TILED)
# No big-endian PREDICTOR=3 fixture: GDAL 3.6.2 (libtiff 4.5.0) writes its byte planes least significant
# first there, and reads such a file back as garbage itself (cell (0, 0) 7.4e-42 instead of -148).

# BigTIFF, both byte orders.
make('bigtiff_float32_deflate3_tiled.tif', 'Float32', ['BIGTIFF=YES', 'COMPRESS=DEFLATE', 'PREDICTOR=3'] + TILED)
make('bigtiff_int16_lzw2_striped.tif', 'Int16', ['BIGTIFF=YES', 'COMPRESS=LZW', 'PREDICTOR=2'] + STRIPED)
make('bigtiff_be_uint16_none_tiled.tif', 'UInt16', ['BIGTIFF=YES', 'ENDIANNESS=BIG'] + TILED)

# Int8 (GDAL 3.6: a Byte band with PIXELTYPE=SIGNEDBYTE, stored as SampleFormat 2).
make('int8_lzw2_tiled.tif', 'Int8', ['COMPRESS=LZW', 'PREDICTOR=2'] + TILED)

# Georeferencing and NoData variants.
GEO = (35.9, 0.0025, 0.0, 51.8, 0.0, -0.0025)
make('geo4326_int16_nodata_deflate2_tiled.tif', 'Int16', ['COMPRESS=DEFLATE', 'PREDICTOR=2'] + TILED,
     epsg=4326, nodata=-32768, gt=GEO)
make('geo4326_float32_none_striped.tif', 'Float32', STRIPED, epsg=4326, gt=GEO)
make('point_float32_lzw3_tiled.tif', 'Float32', ['COMPRESS=LZW', 'PREDICTOR=3'] + TILED, point=True)
make('point_geo4326_int16_none_striped.tif', 'Int16', STRIPED, epsg=4326, point=True, gt=GEO)
make('nodata_float32_lzw2_striped.tif', 'Float32', ['COMPRESS=LZW', 'PREDICTOR=2'] + STRIPED, nodata=-9999.0)
make('nodata_nan_float32_deflate3_tiled.tif', 'Float32', ['COMPRESS=DEFLATE', 'PREDICTOR=3'] + TILED,
     nodata=float('nan'))
make('nodata_byte_packbits_tiled.tif', 'Byte', ['COMPRESS=PACKBITS'] + TILED, nodata=0)
make('rotated_float32_none_striped.tif', 'Float32', STRIPED, gt=(431000.0, 30.0, 5.0, 5731000.0, 4.0, -30.0))
make('usertm_float32_deflate2_tiled.tif', 'Float32', ['COMPRESS=DEFLATE', 'PREDICTOR=2'] + TILED,
     srs='+proj=tmerc +lat_0=0 +lon_0=37.5 +k=0.9999 +x_0=250000 +y_0=-5000000 +ellps=krass +units=m +no_defs')
# Coordinates in US survey feet (NAD83 / New York Long Island ftUS): GDAL writes ProjLinearUnitsGeoKey 9003.
make('feet2263_float32_none_striped.tif', 'Float32', STRIPED, epsg=2263,
     gt=(1000000.0, 100.0, 0.0, 200000.0, 0.0, -100.0))
make('bands3_byte_pixel_lzw2_tiled.tif', 'Byte', ['COMPRESS=LZW', 'PREDICTOR=2', 'INTERLEAVE=PIXEL'] + TILED, bands=3)
make('bands2_int16_band_deflate2_striped.tif', 'Int16', ['COMPRESS=DEFLATE', 'PREDICTOR=2', 'INTERLEAVE=BAND']
     + STRIPED, bands=2)
make('bands3_float32_pixel_deflate3_striped.tif', 'Float32', ['COMPRESS=DEFLATE', 'PREDICTOR=3',
     'INTERLEAVE=PIXEL'] + STRIPED, bands=3)
# Uncompressed bands, read straight from the file (each band's samples picked out of the pixels, or its
# plane's strips and tiles found after the planes before it), and NoData shared by all bands.
make('bands3_uint16_pixel_none_striped.tif', 'UInt16', ['INTERLEAVE=PIXEL'] + STRIPED, bands=3)
make('bands2_float32_band_none_tiled.tif', 'Float32', ['INTERLEAVE=BAND'] + TILED, bands=2)
make('bands4_int16_nodata_pixel_none_tiled.tif', 'Int16', ['INTERLEAVE=PIXEL'] + TILED, bands=4, nodata=-32768)
make('bands3_float64_band_lzw3_tiled.tif', 'Float64', ['COMPRESS=LZW', 'PREDICTOR=3', 'INTERLEAVE=BAND'] + TILED,
     bands=3)
# Cloud-optimised GeoTIFFs as Copernicus GLO-30 tiles come (gdal_translate -of COG): the full-resolution
# image is the first directory, followed by overviews (here two) and, for the NoData one, preceded by
# GDAL's "ghost" header of layout notes; the reader takes the first directory.
make('cog_float32_deflate3_overviews.tif', 'Float32', ['COMPRESS=DEFLATE', 'PREDICTOR=YES', 'BLOCKSIZE=16',
     'OVERVIEW_COUNT=2', 'OVERVIEW_RESAMPLING=AVERAGE'], fmt='COG', epsg=4326, gt=GEO)
make('cog_int16_nodata_lzw2_overviews.tif', 'Int16', ['COMPRESS=LZW', 'PREDICTOR=YES', 'BLOCKSIZE=16',
     'OVERVIEW_COUNT=1'], fmt='COG', nodata=-32768)

# One long LZW strip (256 x 256 Byte, 4-symbol noise) so the code table fills up, widens to 12 bits
# and is cleared several times; checked by its own test, not in fixtures.tsv. With k = row * 256 + col:
#   x = 2654435761 k mod 2^32;  x = x xor (x >> 15);  x = 2246822519 x mod 2^32;  value = x >> 30
k = np.arange(256 * 256, dtype=np.int64).reshape(256, 256)
x = (2654435761 * k) % 2**32
x = x ^ (x >> 15)
x = (2246822519 * x) % 2**32
mem = gdal.GetDriverByName('MEM').Create('', 256, 256, 1, gdal.GDT_Byte)
mem.SetGeoTransform((431000.0, 30.0, 0.0, 5731000.0, 0.0, -30.0))
mem.GetRasterBand(1).WriteArray((x >> 30).astype(np.uint8))
gdal.Translate('lzw_table_resets_byte.tif', mem, creationOptions=['COMPRESS=LZW', 'BLOCKYSIZE=256'])

with open('fixtures.tsv', 'w') as f:
    f.write('\n'.join(golden) + '\n')
PY
