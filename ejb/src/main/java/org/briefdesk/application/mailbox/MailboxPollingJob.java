package org.briefdesk.application.mailbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.briefdesk.application.scheduling.ScheduledJob;

/**
 * Polling the office's mailbox, on one node of a cluster at a time (two nodes draining one mailbox
 * would only wait on each other). Not recorded: a poll is safe to repeat, and comes every minute.
 */
@ApplicationScoped
public class MailboxPollingJob implements ScheduledJob {

    @Inject
    MailboxPolling polling;

    @Override
    public String name() {
        return "mailbox-polling";
    }

    @Override
    public String title() {
        return "收取报送邮件";
    }

    @Override
    public Optional<String> duePeriod(ZonedDateTime now) {
        return Optional.of("poll");
    }

    @Override
    public String run(String period, ZonedDateTime now) {
        polling.pollIfDue();
        return "";
    }

    @Override
    public boolean recorded() {
        return false;
    }
}
