/**
 * Multi-criteria decision analysis for siting: criterion standardisation, overlay (weighted linear
 * combination and ordered weighted averaging), candidate-site selection, rank comparison and the
 * analytic hierarchy process for group weights. JDK only; kernels do arithmetic only.
 */
package org.plinth.decision;
