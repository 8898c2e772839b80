/**
 * Candidate sites from a suitability grid: suitable regions (8-connected cells at or above a score
 * threshold) and greedy best-first selection of the top N sites with a minimum separation and a
 * minimum region area.
 */
package org.plinth.decision.sites;
