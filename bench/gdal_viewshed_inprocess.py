#!/usr/bin/python3
"""gdal_viewshed's kernel timed inside one process, as plinth's ViewshedTiming times plinth's.

  gdal_viewshed_inprocess.py DEM X Y RUNS [MAXDIST]

Opens DEM once (GDAL's block cache keeps it after the first call), then runs GDALViewshedGenerate
RUNS times into an in-memory (MEM) raster with gdal_viewshed's defaults (observer 1.7 m, target 0,
curvature coefficient 0.85714, 255 / 0 / out-of-range 0, NoData 0 unset), printing each call's wall
time and the number of visible cells. Needs Debian's python3-gdal.
"""
import sys
import time

from osgeo import gdal

gdal.UseExceptions()


def main():
    dem, x, y, runs = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
    max_distance = float(sys.argv[5]) if len(sys.argv) > 5 else 0.0
    dataset = gdal.Open(dem)  # kept: a band outlives its dataset only in C, not in Python
    band = dataset.GetRasterBand(1)
    for i in range(runs):
        t0 = time.perf_counter()
        out = gdal.ViewshedGenerate(band, "MEM", "", [], x, y, 1.7, 0.0, 255, 0, 0, -1.0, 0.85714,
                                    gdal.GVM_Edge, max_distance)
        t1 = time.perf_counter()
        visible = int((out.GetRasterBand(1).ReadAsArray() == 255).sum())
        print(f"run {i}: {t1 - t0:.3f} s wall  visible {visible}")
        out = None


if __name__ == "__main__":
    main()
