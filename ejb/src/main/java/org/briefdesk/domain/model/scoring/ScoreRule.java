package org.briefdesk.domain.model.scoring;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.briefdesk.domain.shared.BusinessRuleViolation;

/** One rule of a rule set (计分规则): so many points for this kind of record. A value object. */
@Embeddable
public class ScoreRule {

    public static final int MAX_POINTS = 1000;

    @Enumerated(EnumType.STRING)
    @Column(name = "score_key", nullable = false, length = 30)
    private ScoreKey key;

    @Column(nullable = false)
    private int points;

    protected ScoreRule() {}

    public ScoreRule(ScoreKey key, int points) {
        if (key == null) {
            throw new BusinessRuleViolation("rules", "计分项不能为空");
        }
        if (points < 0 || points > MAX_POINTS) {
            throw new BusinessRuleViolation("rules", "“" + key.getLabel() + "”的分值应在0到" + MAX_POINTS + "之间");
        }
        this.key = key;
        this.points = points;
    }

    public ScoreKey getKey() {
        return key;
    }

    public int getPoints() {
        return points;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScoreRule r && r.key == key && r.points == points;
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, points);
    }
}
