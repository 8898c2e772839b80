package org.plinth.decision.robustness;

/**
 * A point of a {@link WeightSweep} where the best site changes.
 *
 * @param weight      the swept criterion's weight at which {@code newTop} overtakes
 *                    {@code previousTop} (their scores are equal there)
 * @param previousTop site that is best just below {@code weight}
 * @param newTop      site that is best just above {@code weight}
 */
public record RankReversal(double weight, int previousTop, int newTop) {
}
