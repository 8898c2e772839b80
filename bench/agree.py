#!/usr/bin/python3
"""Agreement of plinth's outputs with its peers' on the benchmark grids; prints one line.

  agree.py slope      PLINTH GDALDEM GRASS           interior cells (1-cell border masked)
  agree.py distance   ROADS PLINTH GDAL GRASS        each against an exact EDT of ROADS (scipy)
  agree.py viewshed   DEM X,Y MD A[:V] B[:V]         V: value of a visible cell, default 255
  agree.py visibility PLINTH COUNTS                  cumulative counts, cell by cell

Rasters may cover a window of DEM's grid (gdal_viewshed -md clips its output); they are aligned by
geotransform and cells outside a raster count as not visible. Large grids are read in row bands.
Needs Debian's python3-gdal, numpy and (distance) scipy.
"""
import sys

import numpy as np
from osgeo import gdal

gdal.UseExceptions()
BAND_ROWS = 512


def grid(path):
    ds = gdal.Open(path)
    return ds, ds.GetGeoTransform()


def read(ds, gt_ref, r0, r1, c0, c1, fill=0):
    """Rows r0..r1, cols c0..c1 (half-open) of the reference grid gt_ref, read from ds."""
    gt = ds.GetGeoTransform()
    off_c = int(round((gt[0] - gt_ref[0]) / gt_ref[1]))
    off_r = int(round((gt[3] - gt_ref[3]) / gt_ref[5]))
    out = np.full((r1 - r0, c1 - c0), fill, dtype=np.float64)
    a0, a1 = max(r0, off_r), min(r1, off_r + ds.RasterYSize)
    b0, b1 = max(c0, off_c), min(c1, off_c + ds.RasterXSize)
    if a0 < a1 and b0 < b1:
        band = ds.GetRasterBand(1)
        v = band.ReadAsArray(b0 - off_c, a0 - off_r, b1 - b0, a1 - a0).astype(np.float64)
        nd = band.GetNoDataValue()
        if nd is not None and not np.isnan(nd):
            v[v == nd] = np.nan
        out[a0 - r0:a1 - r0, b0 - c0:b1 - c0] = v
    return out


def slope(plinth, gdaldem, grass=None):
    p, gt = grid(plinth)
    others = [("gdaldem", gdal.Open(gdaldem))] + ([("r.slope.aspect", gdal.Open(grass))] if grass else [])
    rows, cols = p.RasterYSize, p.RasterXSize
    worst = {name: 0.0 for name, _ in others}
    # cells where one output has a value and the other NoData (a DEM with voids)
    differ = {name: 0 for name, _ in others}
    for r0 in range(1, rows - 1, BAND_ROWS):
        r1 = min(rows - 1, r0 + BAND_ROWS)
        a = read(p, gt, r0, r1, 1, cols - 1)
        for name, ds in others:
            b = read(ds, gt, r0, r1, 1, cols - 1)
            both = ~np.isnan(a) & ~np.isnan(b)
            differ[name] += int((np.isnan(a) != np.isnan(b)).sum())
            if both.any():
                worst[name] = max(worst[name], float(np.abs(a - b)[both].max()))
    return "; ".join(f"max abs(plinth − {n}) = {w:.2g}°" + (f", NoData in one only on {differ[n]:,} cells"
                                                          if differ[n] else "") for n, w in worst.items()) + \
        f" over {(rows - 2) * (cols - 2):,} interior cells"


def distance(roads, *outputs):
    from scipy import ndimage
    ds, gt = grid(roads)
    r = ds.GetRasterBand(1).ReadAsArray()
    exact = ndimage.distance_transform_edt(r == 0, sampling=(abs(gt[5]), gt[1]))
    parts = []
    for name, path in zip(["plinth", "gdal_proximity", "r.grow.distance"], outputs):
        d = read(gdal.Open(path), gt, 0, ds.RasterYSize, 0, ds.RasterXSize, np.nan) - exact
        off = np.abs(d) > 0.01
        parts.append(f"{name}: {100 * off.mean():.2f}% cells off, error {np.nanmin(d):+.1f}..{np.nanmax(d):+.1f} m")
    return "; ".join(parts)


def encoded(spec):
    """PATH or PATH:V, where V is the value of a visible cell (default 255; r.viewshed -b writes 1)."""
    path, _, value = spec.partition(":")
    return gdal.Open(path), float(value or 255)


def viewshed(dem, xy, md, a, b):
    ds, gt = grid(dem)
    x, y = (float(v) for v in xy.split(","))
    md = float(md)
    oc, orow = int((x - gt[0]) // gt[1]), int((y - gt[3]) // gt[5])
    if md > 0:
        k = int(md // gt[1]) + 1
        r0, r1 = max(0, orow - k), min(ds.RasterYSize, orow + k + 1)
        c0, c1 = max(0, oc - k), min(ds.RasterXSize, oc + k + 1)
    else:
        r0, r1, c0, c1 = 0, ds.RasterYSize, 0, ds.RasterXSize
    (da, va), (db, vb) = (encoded(a), encoded(b))
    n = same = both = either = sa = sb = 0
    for s0 in range(r0, r1, BAND_ROWS):
        s1 = min(r1, s0 + BAND_ROWS)
        A = read(da, gt, s0, s1, c0, c1) == va
        B = read(db, gt, s0, s1, c0, c1) == vb
        if md > 0:
            rr, cc = np.mgrid[s0:s1, c0:c1]
            inside = np.hypot((rr - orow) * gt[5], (cc - oc) * gt[1]) <= md
        else:
            inside = np.ones(A.shape, bool)
        A, B = A[inside], B[inside]
        n += A.size
        same += int((A == B).sum())
        both += int((A & B).sum())
        either += int((A | B).sum())
        sa += int(A.sum())
        sb += int(B.sum())
    return (f"{100 * same / n:.2f}% of {n:,} cells agree, Jaccard {both / max(either, 1):.3f}; "
            f"visible {100 * sa / n:.3g}% vs {100 * sb / n:.3g}% of the cells")


def visibility(plinth, counts):
    p, gt = grid(plinth)
    c = gdal.Open(counts)
    rows, cols = p.RasterYSize, p.RasterXSize
    n = same = near = seen = seen_same = 0
    worst = 0.0
    sp = sc = 0.0
    for r0 in range(0, rows, BAND_ROWS):
        r1 = min(rows, r0 + BAND_ROWS)
        a = read(p, gt, r0, r1, 0, cols)
        b = read(c, gt, r0, r1, 0, cols)
        d = np.abs(a - b)
        n += d.size
        same += int((d == 0).sum())
        near += int((d <= 1).sum())
        either = (a > 0) | (b > 0)
        seen += int(either.sum())
        seen_same += int((either & (d == 0)).sum())
        worst = max(worst, float(d.max()))
        sp += float(a.sum())
        sc += float(b.sum())
    return (f"{100 * same / n:.2f}% of {n:,} cells equal ({100 * seen_same / max(seen, 1):.1f}% of the {seen:,} "
            f"cells seen by either), {100 * near / n:.2f}% within ±1, "
            f"max abs diff {worst:.0f}; total sightings first/second = {sp / max(sc, 1):.4f}")


if __name__ == "__main__":
    mode, args = sys.argv[1], sys.argv[2:]
    print({"slope": slope, "distance": distance, "viewshed": viewshed, "visibility": visibility}[mode](*args))
