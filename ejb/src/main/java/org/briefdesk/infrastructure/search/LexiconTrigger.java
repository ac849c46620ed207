package org.briefdesk.infrastructure.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.briefdesk.application.lexicon.LexiconChanged;
import org.briefdesk.application.lexicon.UnitNamesChanged;

/**
 * Publishes the dictionary again once a change of a term, a synonym group or a unit's name has
 * committed (never before: a rolled-back change must not reach the analysis). Runs before the
 * request that made the change answers, so the caller's next item or query already uses it.
 */
@ApplicationScoped
public class LexiconTrigger {

    @Inject
    SearchIndex search;

    void lexiconChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) LexiconChanged event) {
        search.publishLexicon();
    }

    void unitsRenamed(@Observes(during = TransactionPhase.AFTER_SUCCESS) UnitNamesChanged event) {
        search.publishLexicon();
    }
}
