#!/usr/bin/python3
"""Makes gdal_rasterize reference cases for FeatureRasterizerTest.

Run with Debian's /usr/bin/python3 (GDAL 3.6.2 bindings):  /usr/bin/python3 make_fixtures.py > cases.txt
Each case is burned with gdal.Rasterize (the library behind gdal_rasterize), burn value 1, into a
Byte grid of the size and transform on the 'grid' line, with and without ALL_TOUCHED.
Coordinates are written with repr() so the Java test reads the very same doubles.
"""
import math
import random

import numpy as np
from osgeo import gdal, ogr, osr

gdal.UseExceptions()
SRS = osr.SpatialReference()
SRS.ImportFromEPSG(32636)
COLS, ROWS = 37, 29
GT = (500000.25, 7.5, 0.0, 4100000.75, 0.0, -5.0)   # anisotropic cells: 7.5 m x 5 m


def burn(wkt, all_touched):
    ds = ogr.GetDriverByName('Memory').CreateDataSource('m')
    layer = ds.CreateLayer('l', srs=SRS)
    f = ogr.Feature(layer.GetLayerDefn())
    f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
    layer.CreateFeature(f)
    r = gdal.GetDriverByName('MEM').Create('', COLS, ROWS, 1, gdal.GDT_Byte)
    r.SetGeoTransform(GT)
    r.SetProjection(SRS.ExportToWkt())
    gdal.RasterizeLayer(r, [1], layer, burn_values=[1],
                        options=['ALL_TOUCHED=TRUE'] if all_touched else [])
    return r.ReadAsArray()


def world(c, r):
    return GT[0] + c * GT[1], GT[3] + r * GT[5]


def star(rnd, cx, cy, rmin, rmax, n):
    pts = []
    for i in range(n):
        a = 2 * math.pi * i / n + rnd.uniform(0, 0.3)
        rad = rnd.uniform(rmin, rmax)
        pts.append(world(cx + rad * math.cos(a), cy + rad * math.sin(a)))
    return pts


def ring_wkt(pts):
    return '(' + ', '.join('%r %r' % p for p in pts + [pts[0]]) + ')'


def emit(name, kind, parts, wkt):
    for at in (0, 1):
        grid = burn(wkt, at == 1)
        print('case %s %s at=%d' % (name, kind, at))
        for p in parts:
            print('part ' + ' '.join('%r %r' % xy for xy in p))
        for row in grid:
            print(''.join(str(int(v)) for v in row))
        print('end')


def main():
    rnd = random.Random(20240601)
    print('grid %d %d %r %r %r %r' % (COLS, ROWS, GT[0], GT[3], GT[1], -GT[5]))
    for k in range(8):
        cx, cy = rnd.uniform(8, 29), rnd.uniform(8, 21)
        outer = star(rnd, cx, cy, 7, 14, rnd.randint(5, 14))
        hole = star(rnd, cx, cy, 1.5, 4, rnd.randint(3, 7))
        hole.reverse()
        emit('polygon_hole_%d' % k, 'polygon', [outer, hole],
             'POLYGON(%s, %s)' % (ring_wkt(outer), ring_wkt(hole)))
    for k in range(8):
        pts = [world(rnd.uniform(-5, COLS + 5), rnd.uniform(-5, ROWS + 5)) for _ in range(rnd.randint(2, 6))]
        emit('line_%d' % k, 'line', [pts], 'LINESTRING(%s)' % ', '.join('%r %r' % p for p in pts))
    # Exact diagonals through cell corners, both directions (ties the rules must agree on).
    for k, (a, b) in enumerate([((2, 27), (16, 13)), ((3, 3), (17, 17)), ((30, 2), (10, 22)), ((36, 28), (22, 14))]):
        pts = [world(*a), world(*b)]
        emit('corner_diagonal_%d' % k, 'line', [pts], 'LINESTRING(%s)' % ', '.join('%r %r' % p for p in pts))
    pts = [world(rnd.uniform(-3, COLS + 3), rnd.uniform(-3, ROWS + 3)) for _ in range(40)]
    emit('points', 'points', [pts], 'MULTIPOINT(%s)' % ', '.join('(%r %r)' % p for p in pts))
    # A polygon whose vertices and edges lie on cell-centre lines (boundary rule cases).
    diamond = [world(10.5, 3.5), world(20.5, 13.5), world(10.5, 23.5), world(0.5, 13.5)]
    emit('diamond_on_centres', 'polygon', [diamond], 'POLYGON(%s)' % ring_wkt(diamond))
    square = [world(4.5, 4.5), world(14.5, 4.5), world(14.5, 12.5), world(4.5, 12.5)]
    emit('square_on_centres', 'polygon', [square], 'POLYGON(%s)' % ring_wkt(square))


if __name__ == '__main__':
    main()
