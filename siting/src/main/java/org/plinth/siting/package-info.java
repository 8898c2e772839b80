/**
 * Siting: scenario files, layers, criteria, suitability per strategy, candidate sites, maps and the
 * report. Depends on the raster engine and the decision module; the only module that reads vector
 * files and writes reports.
 */
package org.plinth.siting;
