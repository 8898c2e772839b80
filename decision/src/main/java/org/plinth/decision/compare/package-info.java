/**
 * Comparing rankings: Kendall's tau-b with ties, and the agreement of two ranked candidate-site
 * lists whose sites are matched by identity or by distance.
 */
package org.plinth.decision.compare;
