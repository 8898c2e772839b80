/**
 * Standardisation of raw criterion values (metres, people, degrees) to 0..1 suitability scores:
 * linear, fuzzy sigmoidal, logistic, J-shaped and user breakpoints. Each function states its raw
 * unit and whether it is a benefit (more is better) or a cost (less is better).
 */
package org.plinth.decision.standardise;
