/**
 * Local map algebra: {@link org.plinth.raster.algebra.MapAlgebra} rescaling, weighted sums, cell-wise
 * minimum/maximum and masks, with one NoData rule (any NoData input gives NaN).
 */
package org.plinth.raster.algebra;
