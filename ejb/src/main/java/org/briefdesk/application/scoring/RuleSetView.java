package org.briefdesk.application.scoring;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.briefdesk.domain.model.scoring.RuleSet;
import org.briefdesk.domain.model.scoring.ScoreKey;

/**
 * One version of the score rules (计分规则) as the rules page shows and copies it: the points in the
 * order of the score table, the combination rules and who added it.
 */
public record RuleSetView(
        long id,
        LocalDate effectiveFrom,
        Map<ScoreKey, Integer> points,
        boolean highestAdoptionOnly,
        boolean highestInstructionOnly,
        boolean adoptionAndInstructionAdd,
        String combination,
        String note,
        String createdBy) {

    static RuleSetView of(RuleSet r) {
        return new RuleSetView(
                r.getId(),
                r.getEffectiveFrom(),
                Collections.unmodifiableMap(new EnumMap<>(r.pointsByKey())),
                r.isHighestAdoptionOnly(),
                r.isHighestInstructionOnly(),
                r.isAdoptionAndInstructionAdd(),
                r.describeCombination(),
                r.getNote(),
                r.getCreatedBy());
    }
}
