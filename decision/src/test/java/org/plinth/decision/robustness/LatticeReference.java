package org.plinth.decision.robustness;

/**
 * Slow, obviously-correct SMAA for three criteria with uniform weights: the 2-simplex is cut into
 * N^2 congruent triangles and every triangle's centroid is one equally weighted weight vector. Sites
 * are ranked by counting strictly higher scores (centroids never produce exact ties here).
 */
final class LatticeReference {
    private final int sites;
    private final double[] counts;
    private final double[][] centralSum;
    private int points;

    LatticeReference(double[][] rows, int n) {
        this.sites = rows.length;
        this.counts = new double[sites * sites];
        this.centralSum = new double[sites][3];
        for (int i = 0; i < n; i++) {
            for (int j = 0; i + j < n; j++) {
                add(rows, (i + 1 / 3.0) / n, (j + 1 / 3.0) / n); // upward triangle
                if (i + j < n - 1) {
                    add(rows, (i + 2 / 3.0) / n, (j + 2 / 3.0) / n); // downward triangle
                }
            }
        }
    }

    private void add(double[][] rows, double w1, double w2) {
        double[] w = {w1, w2, 1 - w1 - w2};
        double[] s = new double[sites];
        for (int k = 0; k < sites; k++) {
            s[k] = w[0] * rows[k][0] + w[1] * rows[k][1] + w[2] * rows[k][2];
        }
        for (int k = 0; k < sites; k++) {
            int rank = 0;
            for (int q = 0; q < sites; q++) {
                rank += s[q] > s[k] ? 1 : 0;
            }
            counts[k * sites + rank]++;
            if (rank == 0) {
                for (int c = 0; c < 3; c++) {
                    centralSum[k][c] += w[c];
                }
            }
        }
        points++;
    }

    double acceptability(int site, int rank) {
        return counts[site * sites + rank - 1] / points;
    }

    double[] centralWeights(int site) {
        double wins = counts[site * sites];
        return new double[] {centralSum[site][0] / wins, centralSum[site][1] / wins, centralSum[site][2] / wins};
    }
}
