package org.briefdesk.application.item;

import java.util.ArrayList;
import java.util.List;
import org.briefdesk.application.access.Actor;
import org.briefdesk.domain.model.audit.AuditAction;
import org.briefdesk.domain.model.item.Item;

/** An item journal that remembers what it was told (item id, action and detail) instead of storing it. */
public class RecordingJournal extends ItemJournal {

    public record Entry(long itemId, AuditAction action, String detail) {}

    public final List<Entry> entries = new ArrayList<>();

    @Override
    public void changed(Item item, Actor actor, AuditAction action, String detail) {
        entries.add(new Entry(item.getId(), action, detail));
    }
}
