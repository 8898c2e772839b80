/**
 * The analytic hierarchy process (AHP) for criterion weights: pairwise judgments on Saaty's 1–9
 * scale, priorities by principal eigenvector or row geometric mean, consistency (λmax, CI, CR with
 * a named random-index table), advice on the most inconsistent judgments, completion of
 * incomplete judgment sets, and group aggregation (AIJ, AIP) over stakeholders with influence
 * weights. JDK only; no I/O.
 */
package org.plinth.decision.ahp;
