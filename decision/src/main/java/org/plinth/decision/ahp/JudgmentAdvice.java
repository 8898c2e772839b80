package org.plinth.decision.ahp;

import java.util.Locale;

/**
 * How one given judgment fits the derived weights (Saaty's method): with weights w, the judgment
 * "first is {@code given} times as important as second" would be consistent at
 * {@code w_first / w_second}; its error ratio is {@code ε = given · w_second / w_first}. Its share
 * of the inconsistency is its term in the identity
 * {@code λmax − n = (1/n) Σ_{i<j} (ε_ij + 1/ε_ij − 2)} (exact for eigenvector weights; for
 * geometric-mean weights the shares are relative to the same sum with those weights).
 *
 * @param first      criterion judged
 * @param second     criterion it was compared with
 * @param given      the judgment as given
 * @param consistent {@code w_first / w_second}
 * @param suggestion the nearest value on Saaty's 1–9 scale (reciprocals included) to {@code consistent}
 * @param share      fraction (0..1) of the total inconsistency due to this judgment
 */
public record JudgmentAdvice(String first, String second, double given, double consistent, double suggestion,
                             double share) {

    /** e.g. {@code "battlefield vs heritage: given 3, consistent 1.21 (scale: 1), 42% of the inconsistency"}. */
    public String describe() {
        return first + " vs " + second + ": given " + SaatyScale.format(given) + ", consistent "
                + String.format(Locale.ROOT, "%.3g", consistent) + " (on the 1–9 scale: "
                + SaatyScale.format(suggestion) + "), " + Math.round(share * 100) + "% of the inconsistency";
    }
}
