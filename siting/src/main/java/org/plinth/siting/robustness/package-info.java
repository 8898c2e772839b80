/**
 * Robustness of the siting: SMAA-2 over the candidate sites, weight sweeps and the per-cell
 * spread of suitability under weight uncertainty, added to a run's outputs.
 */
package org.plinth.siting.robustness;
