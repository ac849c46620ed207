package org.briefdesk.application.editorial;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.item.ItemService;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemRepository;
import org.briefdesk.domain.model.similar.MatchClass;
import org.briefdesk.domain.model.similar.SimilarLink;
import org.briefdesk.domain.model.similar.SimilarLinkRepository;

/**
 * The stored DUPLICATE / SAME_EVENT / RELATED links of an item, as each role may see them. An
 * officer learns that another unit already reported something similar, and when (海淀街道已于11月20日
 * 报送类似信息), but not that unit's text.
 */
@Stateless
public class SimilarItemsService {

    @Inject
    SimilarLinkRepository links;

    @Inject
    ItemRepository items;

    @Inject
    ItemService itemService;

    public List<SimilarItemView> similarTo(Actor actor, long itemId) {
        itemService.view(actor, itemId);
        List<SimilarItemView> out = new ArrayList<>();
        for (SimilarLink link : links.of(itemId)) {
            items.find(link.otherSideOf(itemId)).ifPresent(other -> out.add(view(actor, other, link)));
        }
        return out;
    }

    private static SimilarItemView view(Actor actor, Item other, SimilarLink link) {
        boolean visible = actor.canRead(other);
        return new SimilarItemView(
                other.getId(),
                visible ? other.getTitle() : null,
                other.getUnit().getShortName(),
                other.getSubmittedAt(),
                link.getMatchClass(),
                link.getScore(),
                visible ? link.getEvidence() : null,
                visible);
    }

    /**
     * One similar item; {@code title} and {@code evidence} are null when the actor may not read the
     * other item by the one visibility rule (another unit's item for an officer, an unaccepted one for
     * a leader, a draft for an editor).
     */
    public record SimilarItemView(
            long itemId,
            String title,
            String unitShortName,
            Instant submittedAt,
            MatchClass matchClass,
            double score,
            String evidence,
            boolean visible) {}
}
