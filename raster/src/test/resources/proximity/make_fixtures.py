#!/usr/bin/python3
"""Makes the gdal_proximity reference outputs for ProximityReferenceTest (GDAL 3.6.2, Debian 12).

Run from this folder with Debian's Python:  /usr/bin/python3 make_fixtures.py
Writes, for two grids,
  <name>_features.tif        Byte, 1 = feature cell: lines burned with ALL_TOUCHED, a polygon with a
                             hole, and points (random but seeded), 0 elsewhere
  <name>_gdal_proximity.tif  gdal_proximity.py <name>_features.tif -values 1 -distunits GEO -ot Float32
Grids: 'olinda' = the Olinda DEM's grid (../dems, 111 x 111, 89.994 m, UTM 25S);
       'aniso'  = a synthetic 150 x 100 grid of 20 m x 30 m cells (EPSG:32636).
"""
import math
import random
import subprocess

from osgeo import gdal, ogr, osr

gdal.UseExceptions()


def make_features(name, cols, rows, gt, wkt_srs, seed):
    rnd = random.Random(seed)
    srs = osr.SpatialReference()
    srs.ImportFromWkt(wkt_srs)
    ds = ogr.GetDriverByName('Memory').CreateDataSource('m')
    lyr = ds.CreateLayer('f', srs=srs)

    def world(c, r):
        return gt[0] + c * gt[1], gt[3] + r * gt[5]

    def add(wkt):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        lyr.CreateFeature(f)

    for _ in range(3):
        pts = [world(rnd.uniform(-10, cols + 10), rnd.uniform(-10, rows + 10)) for _ in range(4)]
        add('LINESTRING(%s)' % ', '.join('%r %r' % p for p in pts))
    cx, cy = rnd.uniform(0.3, 0.7) * cols, rnd.uniform(0.3, 0.7) * rows
    outer = [world(cx + 9 * math.cos(a / 8 * math.pi), cy + 6 * math.sin(a / 8 * math.pi)) for a in range(16)]
    hole = [world(cx + 3 * math.cos(a / 3 * math.pi), cy + 2 * math.sin(a / 3 * math.pi)) for a in range(6)]
    ring = lambda p: '(' + ', '.join('%r %r' % q for q in p + [p[0]]) + ')'
    add('POLYGON(%s, %s)' % (ring(outer), ring(hole)))
    for _ in range(6):
        add('POINT(%r %r)' % world(rnd.uniform(0, cols), rnd.uniform(0, rows)))

    out = gdal.GetDriverByName('GTiff').Create(name + '_features.tif', cols, rows, 1, gdal.GDT_Byte,
                                              ['COMPRESS=DEFLATE'])
    out.SetGeoTransform(gt)
    out.SetProjection(wkt_srs)
    gdal.RasterizeLayer(out, [1], lyr, burn_values=[1], options=['ALL_TOUCHED=TRUE'])
    out = None
    subprocess.run(['gdal_proximity.py', '-q', name + '_features.tif', name + '_gdal_proximity.tif',
                    '-values', '1', '-distunits', 'GEO', '-ot', 'Float32', '-co', 'COMPRESS=DEFLATE'], check=True)


def main():
    dem = gdal.Open('../dems/stars_olinda_dem_utm25s.tif')
    make_features('olinda', dem.RasterXSize, dem.RasterYSize, dem.GetGeoTransform(), dem.GetProjection(), 25)
    utm = osr.SpatialReference()
    utm.ImportFromEPSG(32636)
    make_features('aniso', 150, 100, (600000.0, 20.0, 0.0, 3500000.0, 0.0, -30.0), utm.ExportToWkt(), 36)


if __name__ == '__main__':
    main()
