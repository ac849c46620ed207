package org.briefdesk.application.item;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.briefdesk.application.access.Actor;
import org.briefdesk.domain.model.audit.AuditAction;
import org.briefdesk.domain.model.audit.AuditEvent;
import org.briefdesk.domain.model.audit.AuditRepository;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.shared.DistrictTime;

/**
 * The one call every service makes after changing an item: it records the audit entry and the
 * outbox change in the same transaction, so the trail and the search index never miss a change.
 */
@ApplicationScoped
public class ItemJournal {

    @Inject
    AuditRepository audit;

    @Inject
    ChangeOutbox outbox;

    private final Clock clock = DistrictTime.clock();

    /** The item must already have its id (stored or flushed). */
    public void changed(Item item, Actor actor, AuditAction action, String detail) {
        audit.store(new AuditEvent(
                item.getId(),
                actor == null ? null : actor.accountId(),
                actor == null ? "系统" : actor.displayName(),
                action,
                detail,
                clock.instant()));
        outbox.itemChanged(item.getId());
    }
}
