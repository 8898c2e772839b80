package org.plinth.raster.visibility;

import org.plinth.raster.FloatGrid;

/**
 * Slow, obviously correct viewshed for tests: for every target it walks every grid line the sight
 * line crosses and compares slopes, O(cells · distance). It implements the model documented on
 * {@link Viewshed} directly in grid coordinates and shares no code with the sweep: a target is
 * visible when raising it by 1 µm would put its slope at or above every crossing's.
 */
final class ExactLineOfSight {
    /** The model's margin: 1 µm. */
    private static final double MICROMETRE = 1e-6;
    private final FloatGrid dem;
    private final int oc;
    private final int or;
    private final double eye;
    private final double cw;
    private final double ch;
    private final double curvature;
    private final double maxDistance2;
    private final double targetHeight;

    /** {@code cw}, {@code ch}: cell size in metres; {@code curvature}: cc / (2a). */
    ExactLineOfSight(FloatGrid dem, int oc, int or, double observerHeight, double targetHeight, double cw, double ch,
                     double curvature, double maxDistance) {
        this.dem = dem;
        this.oc = oc;
        this.or = or;
        this.eye = dem.get(oc, or) + observerHeight;
        this.cw = cw;
        this.ch = ch;
        this.curvature = curvature;
        this.maxDistance2 = maxDistance * maxDistance;
        this.targetHeight = targetHeight;
    }

    /** 255 visible, 0 not, 1 NoData/out of reach, as {@link Viewshed}. */
    int visibility(int c, int r) {
        if (c == oc && r == or) {
            return 255;
        }
        if (!inReach(c, r) || dem.isNoData(c, r)) {
            return 1;
        }
        return seen(new Ray(c, r), dem.get(c, r)) ? 255 : 0;
    }

    /** Minimum visible height, NaN for NoData/out of reach. */
    float minimumHeight(int c, int r) {
        if (c == oc && r == or) {
            return 0f;
        }
        if (!inReach(c, r) || dem.isNoData(c, r)) {
            return Float.NaN;
        }
        Ray ray = new Ray(c, r);
        if (seen(ray, dem.get(c, r))) {
            return 0f;
        }
        double h = ray.horizon();
        double need = eye + ray.n * (h + curvature * ray.n * ray.l2);
        return (float) Math.max(0, need - dem.get(c, r));
    }

    private boolean seen(Ray ray, double ground) {
        double raised = ground + targetHeight + MICROMETRE;
        return (raised - eye) / ray.n - curvature * ray.n * ray.l2 >= ray.horizon();
    }

    private boolean inReach(int c, int r) {
        double dx = (c - oc) * cw;
        double dy = (r - or) * ch;
        return dx * dx + dy * dy <= maxDistance2;
    }

    /** The sight line to cell (c, r): steps n along the major axis, k along the minor one. */
    private final class Ray {
        final boolean alongColumns;
        final int n;
        final int k;
        final int stepMajor;
        final int stepMinor;
        final double l2;

        Ray(int c, int r) {
            int dx = c - oc;
            int dy = r - or;
            alongColumns = Math.abs(dx) >= Math.abs(dy);
            n = alongColumns ? Math.abs(dx) : Math.abs(dy);
            k = alongColumns ? Math.abs(dy) : Math.abs(dx);
            stepMajor = alongColumns ? Integer.signum(dx) : Integer.signum(dy);
            stepMinor = alongColumns ? Integer.signum(dy) : Integer.signum(dx);
            double a = alongColumns ? cw : ch;
            double b = alongColumns ? ch : cw;
            double m = (double) k / n;
            l2 = a * a + b * b * m * m;
        }

        /** Highest crossing slope, or −∞ when no crossing has data. */
        double horizon() {
            double best = Double.NEGATIVE_INFINITY;
            for (int j = 1; j < n; j++) {
                long num = (long) j * k;
                int whole = (int) (num / n);
                int rem = (int) (num % n);
                float h0 = heightAt(j, whole);
                double h;
                if (rem == 0) {
                    if (Float.isNaN(h0)) {
                        continue;
                    }
                    h = h0;
                } else {
                    float h1 = heightAt(j, whole + 1);
                    if (Float.isNaN(h0) || Float.isNaN(h1)) {
                        continue;
                    }
                    double t = (double) rem / n;
                    h = h0 + t * ((double) h1 - h0);
                }
                best = Math.max(best, (h - eye) / j - curvature * j * l2);
            }
            return best;
        }

        /** Height at major step j, minor step q from the observer; NaN for NoData. */
        private float heightAt(int j, int q) {
            int c = alongColumns ? oc + stepMajor * j : oc + stepMinor * q;
            int r = alongColumns ? or + stepMinor * q : or + stepMajor * j;
            return dem.isNoData(c, r) ? Float.NaN : dem.get(c, r);
        }
    }
}
