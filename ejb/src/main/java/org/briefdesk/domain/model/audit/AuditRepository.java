package org.briefdesk.domain.model.audit;

import java.util.List;

/** The audit trail (操作记录). */
public interface AuditRepository {

    void store(AuditEvent event);

    /** An item's trail, oldest first. */
    List<AuditEvent> ofItem(long itemId);
}
