package org.plinth.decision.overlay;

/** Shape check for the per-site (alternatives × criteria) forms. */
final class MatrixChecks {
    private MatrixChecks() {
    }

    static void row(double[][] matrix, int i, int criteria) {
        if (matrix[i] == null || matrix[i].length != criteria) {
            throw new IllegalArgumentException("alternative " + (i + 1) + " must have " + criteria
                    + " criterion scores, had " + (matrix[i] == null ? 0 : matrix[i].length));
        }
    }
}
