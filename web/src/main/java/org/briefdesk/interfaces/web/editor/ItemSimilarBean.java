package org.briefdesk.interfaces.web.editor;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.briefdesk.application.editorial.EditorialService;
import org.briefdesk.application.editorial.SimilarItemsService;
import org.briefdesk.application.editorial.SimilarItemsService.SimilarItemView;
import org.briefdesk.application.item.ItemService;
import org.briefdesk.application.item.ItemView;
import org.briefdesk.domain.model.item.EventComparison;
import org.briefdesk.domain.model.item.SentenceDiff;
import org.briefdesk.domain.model.similar.MatchClass;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Pages;
import org.primefaces.PrimeFaces;

/**
 * The open item beside the items like it (相似信息), on editor/item.xhtml: the list by match class,
 * 对比 sentence by sentence and fact by fact, 与本条综合编辑, and 标记为重复 of one of them.
 */
@Named
@ViewScoped
public class ItemSimilarBean implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    ItemService itemService;

    @Inject
    EditorialService editorial;

    @Inject
    SimilarItemsService similarItems;

    @Inject
    EditorItemBean page;

    private Map<MatchClass, List<SimilarItemView>> similar = Map.of();

    private ItemView compared;
    private SentenceDiff.Result comparison;
    private EventComparison.Result eventComparison;
    /** Similar items the editor ticked to combine with this one (综合编辑). */
    private List<Long> combineWith = new ArrayList<>();

    private Long duplicateOfId;
    /** The original's number typed by hand, when it is not among the similar items. */
    private String duplicateOfNumber;

    @PostConstruct
    void init() {
        if (page.getItem() != null) {
            startFrom(page.getItem());
        }
    }

    void redrawn(@Observes(notifyObserver = Reception.IF_EXISTS) ItemRedrawn event) {
        startFrom(event.item());
    }

    private void startFrom(ItemView item) {
        similar = new LinkedHashMap<>();
        for (SimilarItemView v : similarItems.similarTo(currentUser.getActor(), item.id())) {
            similar.computeIfAbsent(v.matchClass(), c -> new ArrayList<>()).add(v);
        }
        combineWith = new ArrayList<>();
        duplicateOfId = null;
        duplicateOfNumber = null;
    }

    /** 对比: this item beside a similar one, changed sentences marked. */
    public void compareWith(long otherId) {
        ItemView item = page.getItem();
        compared = itemService.details(currentUser.getActor(), otherId);
        comparison = SentenceDiff.compare(compared.bodyText(), item.bodyText());
        eventComparison = EventComparison.compare(compared.bodyText(), item.bodyText());
        PrimeFaces.current().executeScript("PF('compareDialog').show()");
    }

    /** A list of facts as one line: 12月5日、海淀街道. */
    public String joined(List<String> facts) {
        return String.join("、", facts);
    }

    /** 与本条综合编辑: this item and the ticked ones on the combine page, this one first. */
    public void combine() {
        if (combineWith == null || combineWith.isEmpty()) {
            Pages.error("请勾选要一起综合编辑的信息");
            return;
        }
        List<Long> ids = new ArrayList<>(List.of(page.getItemId()));
        combineWith.stream().filter(other -> !ids.contains(other)).forEach(ids::add);
        Pages.redirect(
                "/editor/combine.xhtml?ids=" + ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }

    public void markDuplicate() {
        Long original = duplicateOfId;
        if (duplicateOfNumber != null && !duplicateOfNumber.isBlank()) {
            try {
                original = Long.parseLong(duplicateOfNumber.strip());
            } catch (NumberFormatException e) {
                Pages.error(new BusinessRuleViolation("duplicateOf", "信息编号应为数字"));
                return;
            }
        }
        if (original == null) {
            Pages.error(new BusinessRuleViolation("duplicateOf", "请选择或输入原信息"));
            return;
        }
        long originalId = original;
        page.act(
                () -> editorial.markDuplicate(currentUser.getActor(), page.getItemId(), page.getVersion(), originalId),
                "已标记为重复",
                "duplicateDialog");
    }

    /**
     * Reports of the same event (or duplicates) the editor may combine with this one: only while this
     * item is open and neither combined nor used in a combination; the combine page checks the others.
     */
    public List<SimilarItemView> getCombineCandidates() {
        ItemView item = page.getItem();
        if (!page.isOpen() || item.combined() || item.combinedIntoId() != null) {
            return List.of();
        }
        return getAllSimilar().stream()
                .filter(v -> v.matchClass() == MatchClass.SAME_EVENT || v.matchClass() == MatchClass.DUPLICATE)
                .toList();
    }

    public List<MatchClass> getSimilarClasses() {
        return new ArrayList<>(similar.keySet());
    }

    public List<SimilarItemView> similarOf(MatchClass c) {
        return similar.getOrDefault(c, List.of());
    }

    public List<SimilarItemView> getAllSimilar() {
        return similar.values().stream()
                .flatMap(List::stream)
                .filter(SimilarItemView::visible)
                .toList();
    }

    public List<Long> getCombineWith() {
        return combineWith;
    }

    public void setCombineWith(List<Long> combineWith) {
        this.combineWith = combineWith;
    }

    public ItemView getCompared() {
        return compared;
    }

    public SentenceDiff.Result getComparison() {
        return comparison;
    }

    public EventComparison.Result getEventComparison() {
        return eventComparison;
    }

    public Long getDuplicateOfId() {
        return duplicateOfId;
    }

    public void setDuplicateOfId(Long duplicateOfId) {
        this.duplicateOfId = duplicateOfId;
    }

    public String getDuplicateOfNumber() {
        return duplicateOfNumber;
    }

    public void setDuplicateOfNumber(String duplicateOfNumber) {
        this.duplicateOfNumber = duplicateOfNumber;
    }
}
