package org.plinth.decision.ahp;

/**
 * One stakeholder's own weights and consistency within a group.
 *
 * @param name      the stakeholder
 * @param influence influence normalised over the group (sums to 1)
 * @param result    weights and consistency from the stakeholder's judgments alone
 */
public record StakeholderResult(String name, double influence, AhpResult result) {
}
