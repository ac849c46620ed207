package org.briefdesk.domain.model.audit;

import java.time.Instant;
import java.util.List;

/**
 * The security log (安全日志): sign-ins and failures, lock-outs, API tokens created and revoked,
 * accounts created, their roles and passwords changed, disabled or enabled.
 */
public interface SecurityLog {

    void store(SecurityEvent event);

    /** The newest entries first. */
    List<SecurityEvent> latest(int limit);

    /** The newest entries first that match every given part of the filter. */
    List<SecurityEvent> find(Filter filter, int limit);

    /**
     * Which entries to list: the login concerned (exact), the kind, and the time from (inclusive) and
     * to (exclusive); null leaves a part open.
     */
    record Filter(String login, SecurityEventKind kind, Instant from, Instant to) {}
}
