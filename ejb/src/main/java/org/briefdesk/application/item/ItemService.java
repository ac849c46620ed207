package org.briefdesk.application.item;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.briefdesk.application.access.Actor;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemRepository;
import org.briefdesk.domain.model.item.ItemStatus;
import org.briefdesk.domain.shared.AccessDenied;
import org.briefdesk.domain.shared.NotFound;

/** Reading items with the visibility rules of each role (信息查看). */
@Stateless
public class ItemService {

    @Inject
    ItemRepository items;

    /**
     * One item, by {@link Actor#canRead}: every path that shows an item or its parts comes through
     * here. An officer asking for another unit's item is refused, whether it exists or not.
     */
    public Item view(Actor actor, long itemId) {
        Item item = items.find(itemId).orElseThrow(() -> new NotFound("信息不存在或已删除"));
        if (!actor.canRead(item)) {
            throw new AccessDenied(
                    switch (actor.role()) {
                        case OFFICER -> "您只能查看本单位报送的信息";
                        case LEADER -> "领导只能查看已采用的信息";
                        default -> "该信息尚未报送，只有报送单位可以查看";
                    });
        }
        return item;
    }

    /** One item as its page shows it, under the same rules as {@link #view}. */
    public ItemView details(Actor actor, long itemId) {
        return ItemView.of(view(actor, itemId));
    }

    /** The officer's own unit's latest items (home page). */
    public List<ItemView> recentOfMyUnit(Actor actor, int limit) {
        actor.require(Role.OFFICER);
        return items.ofUnit(actor.unitId(), limit).stream().map(ItemView::of).toList();
    }

    /** Items waiting for an editor, urgent first (the inbox preview on the editor's home page). */
    public List<ItemView> waitingForScreening(Actor actor, int limit) {
        actor.require(Role.EDITOR, Role.ADMIN);
        return items.inStatus(List.of(ItemStatus.SUBMITTED), limit).stream()
                .map(ItemView::of)
                .toList();
    }

    public Map<ItemStatus, Long> countByStatus(Actor actor) {
        actor.require(Role.EDITOR, Role.ADMIN, Role.LEADER);
        return items.countByStatus();
    }

    public long urgentWaiting(Actor actor) {
        actor.require(Role.EDITOR, Role.ADMIN);
        return items.countUrgentInStatus(ItemStatus.SUBMITTED);
    }
}
