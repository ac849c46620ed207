package org.briefdesk.application.item;

import org.briefdesk.application.access.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import org.briefdesk.domain.model.audit.AuditAction;
import org.briefdesk.domain.model.audit.AuditEvent;
import org.briefdesk.domain.model.audit.AuditRepository;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.infrastructure.search.ChangeLog;
import org.briefdesk.infrastructure.search.ItemsChanged;

/**
 * The one call every service makes after changing an item: it records the audit entry and the
 * outbox change in the same transaction, so the trail and the search index never miss a change.
 */
@ApplicationScoped
public class ItemJournal {

    @Inject
    AuditRepository audit;

    @Inject
    ChangeLog changes;

    @Inject
    Event<ItemsChanged> itemsChanged;

    private final Clock clock = DistrictTime.clock();

    /** The item must already have its id (stored or flushed). */
    public void changed(Item item, Actor actor, AuditAction action, String detail) {
        audit.store(new AuditEvent(item.getId(), actor == null ? null : actor.accountId(),
                actor == null ? "系统" : actor.displayName(), action, detail, clock.instant()));
        changes.append(item.getId(), ChangeLog.Kind.UPSERT);
        itemsChanged.fire(new ItemsChanged());
    }
}
