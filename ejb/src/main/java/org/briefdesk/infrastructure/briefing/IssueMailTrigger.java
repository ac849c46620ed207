package org.briefdesk.infrastructure.briefing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.briefdesk.application.briefing.IssuePublished;

/** Starts the mail distribution of an issue once the transaction that published it has committed. */
@ApplicationScoped
public class IssueMailTrigger {

    @Inject
    IssueMailing mailing;

    void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) IssuePublished event) {
        mailing.distribute(event.issueId());
    }
}
