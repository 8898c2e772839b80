package org.plinth.decision.ahp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Weights from one set of pairwise judgments by the analytic hierarchy process.
 *
 * <p>Algorithm: (1) the judgment graph must be connected (else the relative weight of the parts
 * is undetermined: an error naming the parts). (2) Weights by the chosen {@link PriorityMethod}:
 * principal eigenvector by power iteration; for an incomplete set Harker's matrix — missing
 * {@code a_ij} set to 0 and {@code 1 + m_i} on the diagonal, m_i the missing pairs in row i —
 * whose principal eigenvector is the completed matrix's (Harker, P.T. 1987, "Incomplete pairwise
 * comparisons in the analytic hierarchy process", Math. Modelling 9(11):837–848); or row geometric
 * mean, for incomplete sets logarithmic least squares. (3) The missing pairs are completed with
 * {@code w_i / w_j}; λmax is the principal eigenvalue of the completed matrix,
 * {@code CI = (λmax − n)/(n − 1)} and {@code CR = CI / RI(n)} (Saaty 1980). (4) Each given judgment's
 * error ratio {@code ε = a_ij w_j / w_i} ranks the judgments by their share of the inconsistency,
 * with the consistent value {@code w_i / w_j} and its nearest scale value as advice.
 *
 * <p>Limits: RI tables are for complete random matrices; for incomplete sets the CR of the
 * completed matrix is reported as is (it understates inconsistency slightly, since completed pairs
 * are consistent by construction). λmax below n by rounding is reported as n.
 */
public final class Ahp {
    private final AhpOptions options;

    public Ahp(AhpOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Shortcut for {@code new Ahp(options).weigh(judgments)}. */
    public static AhpResult weigh(PairwiseComparisons judgments, AhpOptions options) {
        return new Ahp(options).weigh(judgments);
    }

    public AhpResult weigh(PairwiseComparisons pc) {
        int n = pc.size();
        double ri = options.randomIndex().value(n);
        requireConnected(pc);
        double[] w = options.method() == PriorityMethod.EIGENVECTOR
                ? PrincipalEigen.of(harkerMatrix(pc)).vector
                : LogLeastSquares.weights(pc);
        double[][] completed = complete(pc, w);
        double lambda = Math.max(n, PrincipalEigen.of(completed).value);
        double ci = n <= 2 ? 0 : (lambda - n) / (n - 1);
        double cr = ri == 0 ? 0 : ci / ri;
        return new AhpResult(pc.criteria(), w, options.method(), lambda, ci, cr, options.randomIndex(), ri,
                options.threshold(), pc.missingCount(), completed, advice(pc, w));
    }

    private static void requireConnected(PairwiseComparisons pc) {
        List<List<String>> parts = pc.connectedParts();
        if (parts.size() > 1) {
            throw new IllegalArgumentException("the judgments leave the criteria in " + parts.size()
                    + " unconnected groups " + parts.stream().map(Object::toString).collect(Collectors.joining(" and "))
                    + "; add a judgment linking each group to another");
        }
    }

    /** Harker's matrix: given judgments, 0 for missing pairs, 1 + (missing in row) on the diagonal. */
    static double[][] harkerMatrix(PairwiseComparisons pc) {
        int n = pc.size();
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            int missing = 0;
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    if (pc.isGiven(i, j)) {
                        c[i][j] = pc.get(i, j);
                    } else {
                        missing++;
                    }
                }
            }
            c[i][i] = 1 + missing;
        }
        return c;
    }

    private static double[][] complete(PairwiseComparisons pc, double[] w) {
        double[][] a = pc.matrix();
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                if (Double.isNaN(a[i][j])) {
                    a[i][j] = w[i] / w[j];
                }
            }
        }
        return a;
    }

    private static List<JudgmentAdvice> advice(PairwiseComparisons pc, double[] w) {
        List<Judgment> given = pc.judgments();
        double[] term = new double[given.size()];
        double total = 0;
        for (int k = 0; k < given.size(); k++) {
            Judgment j = given.get(k);
            double e = j.value() * w[j.second()] / w[j.first()];
            term[k] = e + 1 / e - 2;
            total += term[k];
        }
        List<JudgmentAdvice> out = new ArrayList<>();
        for (int k = 0; k < given.size(); k++) {
            Judgment j = given.get(k);
            double consistent = w[j.first()] / w[j.second()];
            // A consistent set has total 0 (up to rounding): every share is then 0.
            double share = total > 1e-12 ? term[k] / total : 0;
            out.add(new JudgmentAdvice(pc.criteria().get(j.first()), pc.criteria().get(j.second()), j.value(),
                    consistent, SaatyScale.nearest(consistent), share));
        }
        out.sort(Comparator.comparingDouble(JudgmentAdvice::share).reversed());
        return out;
    }
}
