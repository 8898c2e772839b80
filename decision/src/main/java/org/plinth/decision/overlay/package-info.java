/**
 * Overlay of standardised criteria into one suitability score: weighted linear combination (WLC)
 * and ordered weighted averaging (OWA), with Boolean constraint masks. Both work on grids (rows in
 * parallel) and on a per-site matrix (alternatives × criteria) for sensitivity analysis.
 */
package org.plinth.decision.overlay;
