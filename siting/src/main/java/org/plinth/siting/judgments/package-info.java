/**
 * Judgments files: stakeholders' pairwise AHP judgments between criteria in YAML, read strictly
 * with file, line and column in every error, and turned into group weights by
 * {@link org.plinth.decision.ahp.GroupAhp}. The format is documented on {@link JudgmentsReader}.
 */
package org.plinth.siting.judgments;
