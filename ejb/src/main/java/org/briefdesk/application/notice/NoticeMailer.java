package org.briefdesk.application.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Sends a notice's mail once the transaction that wrote the notice has committed, so a rolled-back
 * action never mails anyone; a failed mail is logged by the relay and the notice stays in the app.
 */
@ApplicationScoped
public class NoticeMailer {

    @Inject
    MailRelay relay;

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticeMail mail) {
        relay.send(mail.to(), mail.subject(), mail.text());
    }
}
