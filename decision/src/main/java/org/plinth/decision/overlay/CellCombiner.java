package org.plinth.decision.overlay;

/**
 * Combines one cell's criterion scores (all present, in 0..1) into a suitability score. Instances
 * may keep scratch space, so each worker thread gets its own.
 */
interface CellCombiner {
    double combine(double[] scores);
}
