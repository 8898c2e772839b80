/**
 * Robustness of a weighted-sum ranking when the criterion weights are uncertain.
 *
 * <ul>
 *   <li>{@link org.plinth.decision.robustness.WeightDistribution} and
 *       {@link org.plinth.decision.robustness.WeightSampler}: seeded, reproducible draws of weight
 *       vectors on the simplex (uniform, bounded, or Dirichlet around central weights); parallel draws
 *       are identical for every thread count.</li>
 *   <li>{@link org.plinth.decision.robustness.Smaa}: SMAA-2 (Lahdelma &amp; Salminen 2001) rank
 *       acceptability indices, central weights, confidence factors and holistic acceptability for a
 *       site &times; criterion score matrix.</li>
 *   <li>{@link org.plinth.decision.robustness.WeightSweep}: one-at-a-time weight sensitivity with
 *       exact rank-reversal points of the top site.</li>
 *   <li>{@link org.plinth.decision.robustness.SuitabilitySpread}: per-cell quantiles, mean and range
 *       of weighted-sum suitability over weight draws.</li>
 * </ul>
 *
 * <p>Conventions: sites and criteria are 0-based indices; ranks in results are 1-based (rank 1 is
 * the best, highest score). Kernels do arithmetic only; parallelism uses an executor created and
 * shut down per call; results depend on the seed only, never on the number of threads.
 */
package org.plinth.decision.robustness;
