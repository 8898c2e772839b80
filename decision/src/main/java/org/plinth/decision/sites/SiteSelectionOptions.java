package org.plinth.decision.sites;

/**
 * Options for {@link SiteSelection}.
 *
 * @param count         how many sites to pick at most; default 10
 * @param threshold     cells scoring at or above this are suitable; default 0.5
 * @param minSeparation minimum distance in metres between the centres of two chosen sites (a
 *                      distance equal to it is allowed); default 0 (no separation)
 * @param minArea       minimum area in m² of the suitable region holding a site; default 0
 */
public record SiteSelectionOptions(int count, double threshold, double minSeparation, double minArea) {

    public SiteSelectionOptions {
        if (count < 1) {
            throw new IllegalArgumentException("site count must be >= 1, was " + count);
        }
        if (Double.isNaN(threshold)) {
            throw new IllegalArgumentException("score threshold must be a number, was NaN");
        }
        if (!(minSeparation >= 0) || Double.isInfinite(minSeparation)) {
            throw new IllegalArgumentException("minimum separation must be finite and >= 0 m, was " + minSeparation);
        }
        if (!(minArea >= 0) || Double.isInfinite(minArea)) {
            throw new IllegalArgumentException("minimum area must be finite and >= 0 m², was " + minArea);
        }
    }

    public static SiteSelectionOptions defaults() {
        return new SiteSelectionOptions(10, 0.5, 0, 0);
    }

    public SiteSelectionOptions withCount(int n) {
        return new SiteSelectionOptions(n, threshold, minSeparation, minArea);
    }

    public SiteSelectionOptions withThreshold(double t) {
        return new SiteSelectionOptions(count, t, minSeparation, minArea);
    }

    public SiteSelectionOptions withMinSeparation(double metres) {
        return new SiteSelectionOptions(count, threshold, metres, minArea);
    }

    public SiteSelectionOptions withMinArea(double squareMetres) {
        return new SiteSelectionOptions(count, threshold, minSeparation, squareMetres);
    }
}
