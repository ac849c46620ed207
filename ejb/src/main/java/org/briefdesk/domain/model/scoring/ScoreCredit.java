package org.briefdesk.domain.model.scoring;

/**
 * What one record earned under the rule version in force on its date: the table's {@code points},
 * and the {@code credited} part that counts towards the total (less when a higher record of the same
 * item already counted: the item scores only its highest).
 */
public record ScoreCredit(ScoredRecord record, RuleSet rules, int points, int credited, String explanation) {

    public boolean superseded() {
        return credited < points;
    }
}
