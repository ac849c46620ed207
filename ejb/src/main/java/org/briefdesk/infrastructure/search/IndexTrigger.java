package org.briefdesk.infrastructure.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Wakes the index updater once a transaction that changed items has committed (never before). */
@ApplicationScoped
public class IndexTrigger {

    @Inject
    IndexUpdater updater;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ItemsChanged event) {
        updater.requestCatchUp();
    }
}
