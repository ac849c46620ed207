package org.briefdesk.domain.model.audit;

import java.util.List;

/** The audit trail (操作记录) of items and the security log (安全日志). */
public interface AuditRepository {

    void store(AuditEvent event);

    /** An item's trail, oldest first. */
    List<AuditEvent> ofItem(long itemId);

    void store(SecurityEvent event);

    /** The security log, newest first. */
    List<SecurityEvent> latestSecurityEvents(int limit);
}
