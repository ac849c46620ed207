package org.briefdesk.domain.model.scoring;

import java.util.List;

/** The versions of the score rules (计分规则). */
public interface RuleSetRepository {

    /** Every version, oldest effective date first. */
    List<RuleSet> all();

    RuleSet store(RuleSet rules);

    default RuleBook book() {
        return new RuleBook(all());
    }
}
