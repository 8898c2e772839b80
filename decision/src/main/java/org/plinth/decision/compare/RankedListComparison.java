package org.plinth.decision.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plinth.decision.sites.CandidateSite;

/**
 * How far two ranked site lists (best first) agree, e.g. the sites of two scenarios or of two
 * stakeholders' weights.
 *
 * <p>Matching: by identity ({@code equals}), or by distance: a site of list A and a site of list B
 * match when their centres are at most {@code maxDistance} apart; pairs are taken in order of
 * increasing distance (ties: better rank in A, then in B), each site matched at most once.
 *
 * <p>Measures:
 * <ul>
 * <li>{@code overlap}: matched / max(|A|, |B|), 1 when both lists hold the same sites;</li>
 * <li>{@code tauMatched}: Kendall's tau-b between the A-ranks and B-ranks of the matched sites
 *     (order agreement among the shared sites; NaN with fewer than two matches);</li>
 * <li>{@code tauTopK}: tau-b over all sites of both lists, a site missing from a list ranked there
 *     after its last entry (tied with the other missing ones), the "location parameter ℓ = k + 1"
 *     placement of Fagin, Kumar and Sivakumar (2003), "Comparing top k lists", SIAM J. Discrete
 *     Math. 17(1); it penalises both reordering and different membership;</li>
 * <li>{@code meanRankShift}: mean |rank A − rank B| over matched sites (NaN with none).</li>
 * </ul>
 *
 * @param matches  matched pairs, in order of rank in A
 * @param onlyInA  1-based ranks in A with no match
 * @param onlyInB  1-based ranks in B with no match
 */
public record RankedListComparison(List<Match> matches, List<Integer> onlyInA, List<Integer> onlyInB,
                                   double overlap, double tauMatched, double tauTopK, double meanRankShift) {

    /**
     * One matched pair.
     *
     * @param rankA    1-based rank in list A
     * @param rankB    1-based rank in list B
     * @param distance distance between the two sites (0 for identity matches)
     */
    public record Match(int rankA, int rankB, double distance) {
    }

    /** Compares two ranked lists whose items match when equal; duplicates within a list are refused. */
    public static <T> RankedListComparison byIdentity(List<T> a, List<T> b) {
        Map<T, Integer> inB = new HashMap<>();
        for (int j = 0; j < b.size(); j++) {
            if (inB.put(b.get(j), j) != null) {
                throw new IllegalArgumentException("ranked list B holds " + b.get(j) + " twice");
            }
        }
        Map<T, Integer> inA = new HashMap<>();
        int[] matchOfA = new int[a.size()];
        for (int i = 0; i < a.size(); i++) {
            if (inA.put(a.get(i), i) != null) {
                throw new IllegalArgumentException("ranked list A holds " + a.get(i) + " twice");
            }
            matchOfA[i] = inB.getOrDefault(a.get(i), -1);
        }
        return of(matchOfA, new double[a.size()], b.size());
    }

    /** Compares two ranked site lists, matching sites within {@code maxDistance} (grid CRS units). */
    public static RankedListComparison byDistance(List<CandidateSite> a, List<CandidateSite> b, double maxDistance) {
        if (!(maxDistance >= 0) || Double.isInfinite(maxDistance)) {
            throw new IllegalArgumentException("match distance must be finite and >= 0, was " + maxDistance);
        }
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                double d = Math.hypot(a.get(i).x() - b.get(j).x(), a.get(i).y() - b.get(j).y());
                if (d <= maxDistance) {
                    pairs.add(new double[] {d, i, j});
                }
            }
        }
        pairs.sort((p, q) -> p[0] != q[0] ? Double.compare(p[0], q[0])
                : p[1] != q[1] ? Double.compare(p[1], q[1]) : Double.compare(p[2], q[2]));
        int[] matchOfA = new int[a.size()];
        Arrays.fill(matchOfA, -1);
        double[] dist = new double[a.size()];
        boolean[] usedB = new boolean[b.size()];
        for (double[] p : pairs) {
            int i = (int) p[1];
            int j = (int) p[2];
            if (matchOfA[i] < 0 && !usedB[j]) {
                matchOfA[i] = j;
                usedB[j] = true;
                dist[i] = p[0];
            }
        }
        return of(matchOfA, dist, b.size());
    }

    private static RankedListComparison of(int[] matchOfA, double[] dist, int sizeB) {
        int sizeA = matchOfA.length;
        List<Match> matches = new ArrayList<>();
        List<Integer> onlyA = new ArrayList<>();
        boolean[] matchedB = new boolean[sizeB];
        for (int i = 0; i < sizeA; i++) {
            if (matchOfA[i] >= 0) {
                matches.add(new Match(i + 1, matchOfA[i] + 1, dist[i]));
                matchedB[matchOfA[i]] = true;
            } else {
                onlyA.add(i + 1);
            }
        }
        List<Integer> onlyB = new ArrayList<>();
        for (int j = 0; j < sizeB; j++) {
            if (!matchedB[j]) {
                onlyB.add(j + 1);
            }
        }
        int m = matches.size();
        double[] ra = new double[m];
        double[] rb = new double[m];
        double shift = 0;
        for (int k = 0; k < m; k++) {
            ra[k] = matches.get(k).rankA();
            rb[k] = matches.get(k).rankB();
            shift += Math.abs(ra[k] - rb[k]);
        }
        int union = m + onlyA.size() + onlyB.size();
        double[] ua = Arrays.copyOf(ra, union);
        double[] ub = Arrays.copyOf(rb, union);
        int k = m;
        for (int r : onlyA) {
            ua[k] = r;
            ub[k++] = sizeB + 1;
        }
        for (int r : onlyB) {
            ua[k] = sizeA + 1;
            ub[k++] = r;
        }
        int larger = Math.max(sizeA, sizeB);
        return new RankedListComparison(List.copyOf(matches), List.copyOf(onlyA), List.copyOf(onlyB),
                larger == 0 ? Double.NaN : m / (double) larger, KendallTau.tauB(ra, rb), KendallTau.tauB(ua, ub),
                m == 0 ? Double.NaN : shift / m);
    }
}
