package org.briefdesk.application.editorial;

import java.io.Serializable;
import java.time.Instant;
import org.briefdesk.domain.model.audit.AuditAction;
import org.briefdesk.domain.model.audit.AuditEvent;

/** One line of an item's audit trail (操作记录) as the editor's page shows it. */
public record TrailEntry(Instant at, String actorName, AuditAction action, String detail) implements Serializable {

    static TrailEntry of(AuditEvent e) {
        return new TrailEntry(e.getAt(), e.getActorName(), e.getAction(), e.getDetail());
    }
}
