package org.plinth.decision.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plinth.decision.compare.RankedListComparison.Match;
import org.plinth.decision.sites.CandidateSite;

class RankedListComparisonTest {

    @Test
    void byIdentityTopK() {
        // A = (s1, s2, s3), B = (s2, s1, s4). Matched: s1 (1, 2), s2 (2, 1); s3 only in A, s4 only in B.
        // Top-k placement: s3 → (3, 4), s4 → (4, 3). Ranks A (1,2,3,4) vs B (2,1,4,3): pairs s1-s2 and
        // s3-s4 discordant, 4 concordant: (4 - 2) / 6 = 1/3. Among matched only: fully reversed, -1.
        RankedListComparison c = RankedListComparison.byIdentity(List.of("s1", "s2", "s3"), List.of("s2", "s1", "s4"));
        assertThat(c.matches()).containsExactly(new Match(1, 2, 0), new Match(2, 1, 0));
        assertThat(c.onlyInA()).containsExactly(3);
        assertThat(c.onlyInB()).containsExactly(3);
        assertThat(c.overlap()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(c.tauMatched()).isCloseTo(-1, within(1e-12));
        assertThat(c.tauTopK()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(c.meanRankShift()).isEqualTo(1.0);
    }

    @Test
    void identicalListsAgreeFully() {
        RankedListComparison c = RankedListComparison.byIdentity(List.of(1, 2, 3), List.of(1, 2, 3));
        assertThat(c.tauTopK()).isEqualTo(1.0);
        assertThat(c.tauMatched()).isEqualTo(1.0);
        assertThat(c.overlap()).isEqualTo(1.0);
        assertThatThrownBy(() -> RankedListComparison.byIdentity(List.of(1, 1), List.of(1)))
                .hasMessage("ranked list A holds 1 twice");
    }

    @Test
    void byDistanceTakesClosestPairsFirst() {
        // A1 at (0,0), A2 at (100,0); B1 at (60,0), B2 at (5,0). Within 50 m: A1-B2 (5 m), A2-B1 (40 m);
        // A1-B1 is 60 m, too far. Ranks: (1, 2), (2, 1) → reversed among matched.
        List<CandidateSite> a = List.of(site(1, 0, 0), site(2, 100, 0));
        List<CandidateSite> b = List.of(site(1, 60, 0), site(2, 5, 0));
        RankedListComparison c = RankedListComparison.byDistance(a, b, 50);
        assertThat(c.matches()).containsExactly(new Match(1, 2, 5), new Match(2, 1, 40));
        assertThat(c.tauMatched()).isCloseTo(-1, within(1e-12));
        // Contested: B1 at (3,0) is 3 m from A1 and 4 m from A2 at (7,0): A1-B1 (3 m) goes first, A2 stays unmatched.
        RankedListComparison d = RankedListComparison.byDistance(List.of(site(1, 0, 0), site(2, 7, 0)),
                List.of(site(1, 3, 0)), 10);
        assertThat(d.matches()).containsExactly(new Match(1, 1, 3));
        assertThat(d.onlyInA()).containsExactly(2);
    }

    private static CandidateSite site(int rank, double x, double y) {
        return new CandidateSite(rank, 0, 0, x, y, 1, 1, 1);
    }
}
