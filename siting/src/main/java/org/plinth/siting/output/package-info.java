/**
 * A run's files: suitability GeoTIFFs, sites as GeoJSON and GeoPackage, PNG maps, the
 * self-contained HTML report and summary.json, all written into a staging folder that is moved
 * into place only when everything succeeded.
 */
package org.plinth.siting.output;
