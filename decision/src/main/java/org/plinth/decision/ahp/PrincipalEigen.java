package org.plinth.decision.ahp;

import java.util.Arrays;

/**
 * Principal eigenpair of a non-negative irreducible matrix with a positive diagonal (a judgment
 * matrix, or Harker's matrix of a connected incomplete set) by power iteration. Such a matrix is
 * primitive, so by Perron–Frobenius the iteration converges to the unique positive eigenvector;
 * the rate is |λ2/λ1|, fast for judgment matrices (instant for consistent ones).
 */
final class PrincipalEigen {
    private static final double TOLERANCE = 1e-14;
    private static final int MAX_ITERATIONS = 1_000_000;

    final double[] vector;
    final double value;

    private PrincipalEigen(double[] vector, double value) {
        this.vector = vector;
        this.value = value;
    }

    /** The eigenvector normalised to sum 1, and its eigenvalue. */
    static PrincipalEigen of(double[][] m) {
        int n = m.length;
        double[] w = new double[n];
        Arrays.fill(w, 1.0 / n);
        double[] y = new double[n];
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double sum = multiply(m, w, y);
            double change = 0;
            for (int i = 0; i < n; i++) {
                double v = y[i] / sum;
                change = Math.max(change, Math.abs(v - w[i]));
                w[i] = v;
            }
            if (change <= TOLERANCE) {
                // With w summing to 1, λ = Σ (m w)_i.
                return new PrincipalEigen(w, multiply(m, w, y));
            }
        }
        throw new ArithmeticException("power iteration for the principal eigenvector did not converge in "
                + MAX_ITERATIONS + " steps");
    }

    private static double multiply(double[][] m, double[] w, double[] out) {
        double sum = 0;
        for (int i = 0; i < m.length; i++) {
            double s = 0;
            for (int j = 0; j < w.length; j++) {
                s += m[i][j] * w[j];
            }
            out[i] = s;
            sum += s;
        }
        return sum;
    }
}
