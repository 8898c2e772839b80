package org.plinth.decision.ahp;

/**
 * One pairwise judgment as given: criterion {@code first} is {@code value} times as important as
 * criterion {@code second} (indices into the criterion list); the reciprocal is implied.
 *
 * @param first  index of the criterion judged more (value > 1) or less (value < 1) important
 * @param second index of the other criterion
 * @param value  the ratio, in [1/9, 9]
 */
public record Judgment(int first, int second, double value) {
}
