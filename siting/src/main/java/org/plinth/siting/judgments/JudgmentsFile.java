package org.plinth.siting.judgments;

import java.nio.file.Path;
import java.util.List;
import org.plinth.decision.ahp.AhpOptions;
import org.plinth.decision.ahp.GroupAggregation;
import org.plinth.decision.ahp.GroupAhp;
import org.plinth.decision.ahp.GroupResult;
import org.plinth.decision.ahp.Stakeholder;

/**
 * A validated judgments file.
 *
 * @param file         where it was read from
 * @param criteria     criterion names, in weight order
 * @param options      AHP method, random-index table and threshold
 * @param aggregation  how stakeholders combine
 * @param stakeholders stakeholders with influence and judgments, in file order
 */
public record JudgmentsFile(Path file, List<String> criteria, AhpOptions options, GroupAggregation aggregation,
                            List<Stakeholder> stakeholders) {

    public JudgmentsFile {
        criteria = List.copyOf(criteria);
        stakeholders = List.copyOf(stakeholders);
    }

    /** Group and per-stakeholder weights. */
    public GroupResult weigh() {
        return new GroupAhp(options, aggregation).weigh(stakeholders);
    }
}
