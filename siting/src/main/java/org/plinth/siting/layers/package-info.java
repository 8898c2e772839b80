/**
 * Vector layers: reading GeoJSON, GeoPackage and lon/lat CSV into JTS features with a known CRS,
 * and transforming them between EPSG-coded CRSs with proj4j.
 */
package org.plinth.siting.layers;
