/**
 * The siting pipeline: study area and grid, criteria and constraints on the grid, suitability per
 * strategy (WLC or OWA), candidate sites with their reasons, and the comparison of strategies.
 * Computation only; the writers live in {@link org.plinth.siting.output}.
 */
package org.plinth.siting.run;
