package org.plinth.siting.scenario;

/**
 * How a criterion's raw values map to 0..1 scores.
 *
 * @param function linear, sigmoid, j-shaped or breakpoints
 * @param points for linear/sigmoid/j-shaped: {a, b} with score 0 at a and 1 at b (a &gt; b makes a
 *               cost criterion); for breakpoints: x values, strictly increasing
 * @param scores for breakpoints: the score at each x, each in 0..1; null otherwise
 */
public record StandardiseSpec(String function, double[] points, double[] scores) {
}
