/**
 * Focal (neighbourhood) operations over circular windows given in metres:
 * {@link org.plinth.raster.focal.FocalSum} with optional distance decay, from a grid or from points.
 */
package org.plinth.raster.focal;
