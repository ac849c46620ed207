package org.briefdesk.application.editorial;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.item.ItemService;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.item.ItemInbox;
import org.briefdesk.domain.model.item.ItemRepository;
import org.briefdesk.domain.model.item.ItemSummary;
import org.briefdesk.domain.model.item.RichText;
import org.briefdesk.domain.model.similar.MatchClass;
import org.briefdesk.domain.model.similar.SimilarLink;
import org.briefdesk.domain.model.similar.SimilarLinkRepository;
import org.briefdesk.domain.shared.BusinessRuleViolation;

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
    ItemInbox summaries;

    @Inject
    ItemService itemService;

    @Inject
    DraftSimilarity drafts;

    @Inject
    LinkEvidence evidence;

    public List<SimilarItemView> similarTo(Actor actor, long itemId) {
        itemService.view(actor, itemId);
        List<SimilarLink> all = links.of(itemId);
        // One query for every other item (an early report may be linked to hundreds of later ones).
        Map<Long, ItemSummary> others = new HashMap<>();
        summaries
                .summaries(all.stream().map(l -> l.otherSideOf(itemId)).toList())
                .forEach(s -> others.put(s.id(), s));
        List<SimilarLink> shown = new ArrayList<>();
        List<SimilarLink> readable = new ArrayList<>();
        for (SimilarLink link : all) {
            ItemSummary other = others.get(link.otherSideOf(itemId));
            if (other != null) {
                shown.add(link);
                if (actor.canRead(other)) {
                    readable.add(link);
                }
            }
        }
        // Evidence only of the links to items the actor may read, all read at once.
        Map<SimilarLink, String> texts = new IdentityHashMap<>();
        List<String> read = evidence.of(itemId, readable);
        for (int i = 0; i < readable.size(); i++) {
            texts.put(readable.get(i), read.get(i));
        }
        List<SimilarItemView> out = new ArrayList<>();
        for (SimilarLink link : shown) {
            out.add(view(actor, others.get(link.otherSideOf(itemId)), link, texts.get(link)));
        }
        return out;
    }

    /**
     * 写作时查重: likely copies and reports of the same event as the officer writes, before 报送.
     * The officer's own unit's items are shown in full; another unit's only as “另一单位已于…报送”,
     * and only once it reached the office (a draft of another unit is no one's business).
     *
     * @param ownItemId the item being edited, left out; null for a new one
     */
    public List<WritingMatch> whileWriting(
            Actor actor, Long ownItemId, String title, String bodyHtml, LocalDate eventDate) {
        actor.require(Role.OFFICER);
        String text = plainText(bodyHtml);
        if ((title == null || title.strip().length() < 6) && text.length() < 20) {
            return List.of(); // too little to compare yet
        }
        List<WritingMatch> out = new ArrayList<>();
        for (DraftSimilarity.DraftMatch m : drafts.similarTo(title, text, actor.unitName(), eventDate)) {
            if (m.matchClass() == MatchClass.RELATED || (ownItemId != null && m.itemId() == ownItemId)) {
                continue;
            }
            items.find(m.itemId()).ifPresent(other -> {
                boolean mine = actor.canSeeUnit(other.getUnit().getId());
                if (mine) {
                    out.add(new WritingMatch(
                            other.getId(), other.getTitle(), true, m.matchClass(), other.getSubmittedAt()));
                } else if (other.getStatus().reachedOffice()) {
                    out.add(new WritingMatch(null, null, false, m.matchClass(), other.getSubmittedAt()));
                }
            });
        }
        return out;
    }

    private static String plainText(String html) {
        try {
            return html == null || html.isBlank() ? "" : RichText.ofHtml(html).getText();
        } catch (BusinessRuleViolation e) {
            return ""; // an empty or unreadable body: the title alone is compared
        }
    }

    /**
     * A likely copy found while writing: an own-unit item with its id and title, or another unit's
     * with neither (only the kind of match and when it was sent).
     */
    public record WritingMatch(Long itemId, String title, boolean ownUnit, MatchClass matchClass, Instant submittedAt)
            implements java.io.Serializable {

        private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern(
                        "M月d日")
                .withZone(org.briefdesk.domain.shared.DistrictTime.ZONE);

        /** What the form says about it. */
        public String text() {
            String what = matchClass == MatchClass.DUPLICATE ? "内容相近的信息" : "同一事件";
            if (ownUnit) {
                return "本单位" + (submittedAt == null ? "草稿中" : "已于" + DAY.format(submittedAt) + "报送") + "：《" + title
                        + "》（可能是" + what + "）";
            }
            return "另一单位已于" + (submittedAt == null ? "近日" : DAY.format(submittedAt)) + "报送" + what;
        }
    }

    private static SimilarItemView view(Actor actor, ItemSummary other, SimilarLink link, String evidence) {
        boolean visible = actor.canRead(other);
        return new SimilarItemView(
                other.id(),
                visible ? other.title() : null,
                other.unitShortName(),
                other.submittedAt(),
                link.getMatchClass(),
                link.getScore(),
                visible ? evidence : null,
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
            boolean visible)
            implements Serializable {}
}
