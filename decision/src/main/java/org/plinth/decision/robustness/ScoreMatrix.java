package org.plinth.decision.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.plinth.raster.InvalidInputException;

/**
 * Standardised criterion scores of candidate sites: {@code n} sites &times; {@code m} criteria, each
 * value in {@code [0, 1]} (1 = most suitable), with site and criterion names for reports.
 * Values are stored row-major ({@code value(site, criterion) = values[site * m + criterion]}).
 * NaN, infinities and values outside {@code [0, 1]} are rejected: a site lacking a criterion
 * value must be standardised (or dropped) before a robustness analysis.
 */
public final class ScoreMatrix {
    private final int sites;
    private final int criteria;
    private final double[] values;
    private final List<String> siteNames;
    private final List<String> criterionNames;

    private ScoreMatrix(int sites, int criteria, double[] values, List<String> siteNames, List<String> criterionNames) {
        this.sites = sites;
        this.criteria = criteria;
        this.values = values;
        this.siteNames = List.copyOf(Objects.requireNonNull(siteNames, "siteNames"));
        this.criterionNames = List.copyOf(Objects.requireNonNull(criterionNames, "criterionNames"));
    }

    /** Scores with default names "site 1", "criterion 1", ...; {@code rows[site][criterion]}. */
    public static ScoreMatrix of(double[][] rows) {
        int n = rows == null ? 0 : rows.length;
        int m = n == 0 || rows[0] == null ? 0 : rows[0].length;
        return of(rows, numbered("site", n), numbered("criterion", m));
    }

    /** Scores with the given names; {@code rows[site][criterion]}. */
    public static ScoreMatrix of(double[][] rows, List<String> siteNames, List<String> criterionNames) {
        if (rows == null || rows.length == 0 || rows[0] == null || rows[0].length == 0) {
            throw new InvalidInputException("score matrix must have at least one site and one criterion");
        }
        int n = rows.length;
        int m = rows[0].length;
        double[] v = new double[Math.multiplyExact(n, m)];
        for (int i = 0; i < n; i++) {
            if (rows[i] == null || rows[i].length != m) {
                throw new InvalidInputException("score matrix rows must all have " + m + " criteria, site " + i
                        + " had " + (rows[i] == null ? "none" : rows[i].length));
            }
            for (int j = 0; j < m; j++) {
                double x = rows[i][j];
                if (!(x >= 0 && x <= 1)) {
                    throw new InvalidInputException("score of site " + i + " on criterion " + j
                            + " must be in [0, 1], was " + x);
                }
                v[i * m + j] = x;
            }
        }
        if (siteNames.size() != n || criterionNames.size() != m) {
            throw new InvalidInputException("score matrix is " + n + " x " + m + " but has " + siteNames.size()
                    + " site names and " + criterionNames.size() + " criterion names");
        }
        return new ScoreMatrix(n, m, v, siteNames, criterionNames);
    }

    private static List<String> numbered(String prefix, int count) {
        List<String> names = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            names.add(prefix + " " + i);
        }
        return names;
    }

    public int sites() {
        return sites;
    }

    public int criteria() {
        return criteria;
    }

    public double value(int site, int criterion) {
        return values[site * criteria + criterion];
    }

    /** The backing row-major array; callers must not modify it. */
    double[] values() {
        return values;
    }

    public List<String> siteNames() {
        return siteNames;
    }

    public List<String> criterionNames() {
        return criterionNames;
    }

    /** Weighted sum of one site's scores. */
    public double score(int site, double[] weights) {
        double s = 0;
        int base = site * criteria;
        for (int j = 0; j < criteria; j++) {
            s += weights[j] * values[base + j];
        }
        return s;
    }
}
