package org.plinth.siting.scenario;

/**
 * Candidate-site extraction.
 *
 * @param count top N per strategy
 * @param minSeparation metres between chosen sites
 * @param minArea m² of contiguous cells at or above the threshold
 * @param threshold score threshold (0..1) for the contiguous area
 */
public record SiteSpec(int count, double minSeparation, double minArea, double threshold) {
}
