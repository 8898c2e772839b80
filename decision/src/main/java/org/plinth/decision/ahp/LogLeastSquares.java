package org.plinth.decision.ahp;

import java.util.Arrays;

/**
 * Logarithmic least-squares priorities of a possibly incomplete judgment set: minimise
 * {@code Σ_{given i,j} (ln a_ij - ln w_i + ln w_j)²}. With {@code y = ln w} the normal equations
 * are {@code L y = r}, L the Laplacian of the judgment graph and {@code r_i = Σ_{j given} ln a_ij}
 * (Kwiesielewicz 1996; Bozóki, Fülöp &amp; Rónyai 2010, Math. Comput. Model. 52:318–333, Theorem 4).
 * L is singular (constant vectors); since Σ r = 0 the system {@code (L + J) y = r}, J all ones,
 * has the solution with Σ y = 0, unique when the graph is connected. For a complete set this is
 * the row geometric mean exactly.
 */
final class LogLeastSquares {
    private LogLeastSquares() {
    }

    /** Weights normalised to sum 1; the set must be connected. */
    static double[] weights(PairwiseComparisons pc) {
        int n = pc.size();
        if (pc.missingCount() == 0) {
            return rowGeometricMean(pc);
        }
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            Arrays.fill(m[i], 0, n, 1.0);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && pc.isGiven(i, j)) {
                    m[i][i] += 1;
                    m[i][j] -= 1;
                    m[i][n] += Math.log(pc.get(i, j));
                }
            }
        }
        double[] y = solve(m);
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            w[i] = Math.exp(y[i]);
            sum += w[i];
        }
        for (int i = 0; i < n; i++) {
            w[i] /= sum;
        }
        return w;
    }

    private static double[] rowGeometricMean(PairwiseComparisons pc) {
        int n = pc.size();
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += Math.log(pc.get(i, j));
            }
            w[i] = Math.exp(s / n);
            sum += w[i];
        }
        for (int i = 0; i < n; i++) {
            w[i] /= sum;
        }
        return w;
    }

    /** Gaussian elimination with partial pivoting on an augmented n × (n+1) matrix. */
    private static double[] solve(double[][] m) {
        int n = m.length;
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[p][c])) {
                    p = r;
                }
            }
            double[] t = m[c];
            m[c] = m[p];
            m[p] = t;
            if (m[c][c] == 0) {
                throw new ArithmeticException("log least-squares system is singular; the judgment graph is not connected");
            }
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / m[c][c];
                for (int k = c; k <= n; k++) {
                    m[r][k] -= f * m[c][k];
                }
            }
        }
        double[] y = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = m[r][n];
            for (int k = r + 1; k < n; k++) {
                s -= m[r][k] * y[k];
            }
            y[r] = s / m[r][r];
        }
        return y;
    }
}
